import { EngineError, type Bytes } from '../legacy-bridge/index.js';
import { lower, trim } from './common.js';

export interface PhraseEntry {
  parts: Bytes[];
  folded: Bytes[];
  /** Port-only index: the bytes the folded parts use, as a 256-bit mask (8 words). */
  mask: Int32Array;
  text: Bytes;
  weight: number;
  line: number;
}

/** Parsed phrase list (port of `struct PhraseList`). */
export interface PhraseList {
  entries: PhraseEntry[];
  entryCount: number;
}

const MAX_WEIGHT = 1_000_000;

/** Byte -> folded byte (or 32 for a separator), per fold_text. */
const FOLD: Uint8Array = (() => {
  const t = new Uint8Array(256);
  for (let c = 0; c < 256; c++) {
    let f = 32;
    if (c >= 65 && c <= 90) f = c + 32;
    else if (c === 48) f = 111;
    else if (c === 49) f = 105;
    else if (c === 51) f = 101;
    else if (c === 52 || c === 64) f = 97;
    else if (c === 53 || c === 36) f = 115;
    else if (c === 55) f = 116;
    else if (c >= 0x80 || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)) f = c;
    t[c] = f;
  }
  return t;
})();

/** @legacy phrase_list.cpp fold_text */
export function foldText(s: string): string {
  const n = s.length;
  const buf = new Array<number>();
  for (let i = 0; i < n; i++) {
    const f = FOLD[s.charCodeAt(i) & 255]!;
    if (f === 32) {
      if (buf.length > 0 && buf[buf.length - 1] === 32) continue;
      if (buf.length === 0 && i > 0) continue;
    }
    buf.push(f);
  }
  let out = '';
  for (let i = 0; i < buf.length; i += 8192) out += String.fromCharCode(...buf.slice(i, i + 8192));
  return out;
}

/** @legacy phrase_list.cpp fail */
function fail(code: 'E_PHRASE_SYNTAX' | 'E_PHRASE_BAD_WEIGHT', msg: string, line: number): never {
  throw new EngineError(code, msg, 'phrases', line);
}

/** @legacy phrase_list.cpp parse_weight */
function parseWeight(s: string, line: number): number {
  let i = 0;
  if (s.length > 0 && (s[0] === '-' || s[0] === '+')) i = 1;
  if (i >= s.length) fail('E_PHRASE_BAD_WEIGHT', `weight is not a number: ${s}`, line);
  if (s.length - i > 7) fail('E_PHRASE_BAD_WEIGHT', `weight out of range: ${s}`, line);
  for (let k = i; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57) fail('E_PHRASE_BAD_WEIGHT', `weight is not a number: ${s}`, line);
  }
  const w = Number(s) | 0; // | 0: atoi gives 0 for "-0", never -0
  if (w > MAX_WEIGHT || w < -MAX_WEIGHT) fail('E_PHRASE_BAD_WEIGHT', `weight out of range: ${s}`, line);
  return w;
}

/** @legacy phrase_list.cpp parse_phrase_list */
export function parsePhraseList(text: Bytes): PhraseList {
  const entries: PhraseEntry[] = [];
  const lines = text.split('\n');
  for (let li = 0; li < lines.length; li++) {
    const line = li + 1;
    const l = trim(lines[li]!);
    if (l.length === 0 || l[0] === '#') continue;
    const tokens: string[] = [];
    let i = 0;
    while (i < l.length) {
      if (l[i] !== '<') fail('E_PHRASE_SYNTAX', "expected '<'", line);
      const close = l.indexOf('>', i + 1);
      if (close < 0) fail('E_PHRASE_SYNTAX', "unterminated '<'", line);
      const tok = l.slice(i + 1, close);
      if (tok.includes('<')) fail('E_PHRASE_SYNTAX', "'<' inside a phrase", line);
      tokens.push(tok);
      i = close + 1;
      if (i < l.length && l[i] === ',') {
        i++;
        if (i >= l.length) fail('E_PHRASE_SYNTAX', "dangling ','", line);
      }
    }
    if (tokens.length < 2) fail('E_PHRASE_SYNTAX', 'a phrase needs a weight', line);
    const weight = parseWeight(tokens[tokens.length - 1]!, line);
    const e: PhraseEntry = { parts: [], folded: [], mask: new Int32Array(8), text: '', weight, line };
    for (let k = 0; k + 1 < tokens.length; k++) {
      const tok = tokens[k]!;
      if (trim(tok).length === 0) fail('E_PHRASE_SYNTAX', 'empty phrase', line);
      const part = lower(tok);
      e.parts.push(part);
      let f = foldText(part);
      if (part[0] === ' ' && (f.length === 0 || f[0] !== ' ')) f = ' ' + f;
      e.folded.push(f);
      for (let i = 0; i < f.length; i++) e.mask[f.charCodeAt(i) >> 5]! |= 1 << (f.charCodeAt(i) & 31);
      if (k) e.text += ',';
      e.text += tok;
    }
    entries.push(e);
  }
  return { entries, entryCount: entries.length };
}
