import fc from 'fast-check';

/** A generated phrase list and text aimed at its phrases. */
export interface PhraseListCase {
  text: string;
  terms: string;
  url: string;
}

/** Constraints of phraseListFile. */
export interface PhraseListFileConstraints {
  malformed?: number;
}

const WORDS = ['poker', 'casino', 'bet', 'gun', 'drug', 'homework', 'science', 'sex', 'ed', 'kill', 'skill', 'math'];
const LEET: Record<string, string> = { o: '0', i: '1', e: '3', a: '4', s: '5', t: '7' };
const MALFORMED = ['<poker>', '<poker><abc>', '<poker><>', 'poker<5>', '<><5>', '<a>,<b>', '<a>,<b><1x>', '<unclosed<5>', '<a><99999999999999999999>', '<a> <5>'];

function leet(w: string, mask: number): string {
  let i = 0;
  return w.replace(/[oieast]/g, (ch) => ((mask >> i++) & 1 ? LEET[ch]! : ch));
}

/**
 * Phrase lists with plain phrases, word-boundary phrases (leading/trailing spaces), combinations
 * of two or three parts, negative weights and comments, and texts built from the same words with
 * leetspeak, case changes, escapes and separators so phrases hit, overlap and straddle words.
 */
export function phraseListFile(c: PhraseListFileConstraints = {}): fc.Arbitrary<PhraseListCase> {
  const word = fc.constantFrom(...WORDS);
  const phrase = fc.tuple(word, fc.constantFrom('', ' ', 'both')).map(([w, b]) => (b === 'both' ? ` ${w} ` : b ? ` ${w}` : w));
  const weight = fc.oneof(fc.integer({ min: -50, max: 100 }), fc.constantFrom(0, 1, -1, 2147483647, -2147483648));
  const entry = fc.oneof(
    { weight: 6, arbitrary: fc.tuple(phrase, weight).map(([p, w]) => `<${p}><${w}>`) },
    { weight: 2, arbitrary: fc.tuple(fc.array(phrase, { minLength: 2, maxLength: 3 }), weight).map(([ps, w]) => ps.map((p) => `<${p}>`).join(',') + `<${w}>`) },
    { weight: 1, arbitrary: fc.constantFrom('# comment', '', '  ', '#<poker><100>') },
    { weight: c.malformed ?? 1, arbitrary: fc.constantFrom(...MALFORMED) },
  );
  const token = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(word, fc.nat(63), fc.boolean()).map(([w, m, up]) => (up ? leet(w, m).toUpperCase() : leet(w, m))) },
    { weight: 1, arbitrary: fc.constantFrom('@', '$', '-', '_', '%20', '+', '\xe9', '\x00') },
  );
  const text = fc.array(fc.tuple(token, fc.constantFrom(' ', '', '+', '-', '.', '/', '  ')), { maxLength: 8 }).map((ts) => ts.map(([t, s]) => t + s).join(''));
  return fc.tuple(fc.array(entry, { maxLength: 14 }), text, text).map(([es, terms, path]) => ({ text: es.join('\n') + '\n', terms, url: `http://example.test/${path}` }));
}
