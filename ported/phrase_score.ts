import type { PhraseHit, PhraseScoreInput, PhraseScoreOutput } from '../legacy-bridge/index.js';
import { percentDecode, trim } from './common.js';
import { foldText } from './phrase_list.js';
import type { EngineState } from './state.js';

const MAX_SCAN = 4096;
const MAX_COUNT = 10;
const INT_MAX = 2147483647;
const INT_MIN = -2147483648;

/** @legacy phrase_score.cpp hit_before (the sort comparator) */
/** @legacy phrase_score.cpp phrase_score */
export function phrase_score(state: EngineState, input: PhraseScoreInput): PhraseScoreOutput {
  let raw = input.terms + ' ' + percentDecode(input.url, true);
  if (raw.length > MAX_SCAN) raw = raw.slice(0, MAX_SCAN);
  const text = ' ' + trim(foldText(raw)) + ' ';
  let total = 0;
  const hits: { pos: number; index: number }[] = [];
  const entries = state.phrases.entries;
  // Port-only speed-up (the profiled hot spot): skip a phrase using a byte the text lacks.
  const m0 = new Int32Array(8);
  for (let i = 0; i < text.length; i++) m0[text.charCodeAt(i) >> 5]! |= 1 << (text.charCodeAt(i) & 31);
  for (let e = 0; e < entries.length; e++) {
    const pe = entries[e]!;
    const pm = pe.mask;
    if ((pm[0]! & ~m0[0]!) | (pm[1]! & ~m0[1]!) | (pm[2]! & ~m0[2]!) | (pm[3]! & ~m0[3]!) | (pm[4]! & ~m0[4]!) | (pm[5]! & ~m0[5]!) | (pm[6]! & ~m0[6]!) | (pm[7]! & ~m0[7]!)) continue;
    if (pe.folded.length === 1) {
      const p = pe.folded[0]!;
      if (p.length === 0) continue;
      const first = text.indexOf(p);
      if (first < 0) continue;
      let count = 0;
      let pos = first;
      while (pos >= 0 && count < MAX_COUNT) {
        count++;
        pos = text.indexOf(p, pos + p.length);
      }
      total += pe.weight * count;
      hits.push({ pos: first, index: e });
    } else {
      let last = 0;
      let all = true;
      for (const part of pe.folded) {
        const pos = part.length === 0 ? -1 : text.indexOf(part);
        if (pos < 0) {
          all = false;
          break;
        }
        if (pos > last) last = pos;
      }
      if (!all) continue;
      total += pe.weight;
      hits.push({ pos: last, index: e });
    }
  }
  // std::sort with a total order (position, then list index): any correct sort agrees.
  hits.sort((a, b) => a.pos - b.pos || a.index - b.index);
  const out: PhraseHit[] = hits.map((h) => ({ phrase: entries[h.index]!.text, weight: entries[h.index]!.weight }));
  const score = total > INT_MAX ? INT_MAX : total < INT_MIN ? INT_MIN : total;
  return { score, hits: out };
}
