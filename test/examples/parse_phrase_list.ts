import type { ParserExample } from './harness.js';
import { CATEGORIES, PHRASES, POLICY } from './sources.js';

const phr = (...lines: string[]): ParserExample['sources'] => ({ categories: CATEGORIES, policy: POLICY, phrases: lines.join('\n') });

export const examples: ParserExample[] = [
  { name: 'the example list parses', sources: phr(PHRASES), expected: { stats: { phrases: 8 } } },
  { name: 'empty list', sources: phr(''), expected: { stats: { phrases: 0 } } },
  { name: 'comments, blanks, CRLF, signs', sources: phr('# c', '', '<a><+5>\r', '  <b><-5>  ', '<c>,<d>,<e><0>'), expected: { stats: { phrases: 3 } } },
  { name: 'spaces inside brackets are kept (word boundaries)', sources: phr('< sex ><10>', '<a b><1>'), expected: { stats: { phrases: 2 } } },
  { name: 'E_PHRASE_SYNTAX: no brackets', sources: phr('<a><1>', 'poker 5'), expected: { throws: 'E_PHRASE_SYNTAX', source: 'phrases', line: 2 } },
  { name: 'E_PHRASE_SYNTAX: missing weight', sources: phr('<poker>'), expected: { throws: 'E_PHRASE_SYNTAX', source: 'phrases', line: 1 } },
  { name: 'E_PHRASE_SYNTAX: unterminated', sources: phr('<poker<5>'), expected: { throws: 'E_PHRASE_SYNTAX', source: 'phrases', line: 1 } },
  { name: 'E_PHRASE_SYNTAX: space between phrase and weight', sources: phr('', '<a> <5>'), expected: { throws: 'E_PHRASE_SYNTAX', source: 'phrases', line: 2 } },
  { name: 'E_PHRASE_SYNTAX: empty phrase', sources: phr('<><5>'), expected: { throws: 'E_PHRASE_SYNTAX', source: 'phrases', line: 1 } },
  { name: 'E_PHRASE_SYNTAX: blank phrase', sources: phr('<   ><5>'), expected: { throws: 'E_PHRASE_SYNTAX', source: 'phrases', line: 1 } },
  { name: 'E_PHRASE_SYNTAX: dangling comma', sources: phr('<a>,'), expected: { throws: 'E_PHRASE_SYNTAX', source: 'phrases', line: 1 } },
  { name: 'E_PHRASE_BAD_WEIGHT: letters', sources: phr('<a><1x>'), expected: { throws: 'E_PHRASE_BAD_WEIGHT', source: 'phrases', line: 1 } },
  { name: 'E_PHRASE_BAD_WEIGHT: empty', sources: phr('<a><>'), expected: { throws: 'E_PHRASE_BAD_WEIGHT', source: 'phrases', line: 1 } },
  { name: 'E_PHRASE_BAD_WEIGHT: sign only', sources: phr('<a><->'), expected: { throws: 'E_PHRASE_BAD_WEIGHT', source: 'phrases', line: 1 } },
  { name: 'E_PHRASE_BAD_WEIGHT: over a million', sources: phr('<a><1000001>'), expected: { throws: 'E_PHRASE_BAD_WEIGHT', source: 'phrases', line: 1 } },
  { name: 'E_PHRASE_BAD_WEIGHT: too many digits', sources: phr('<a><99999999999999999999>'), expected: { throws: 'E_PHRASE_BAD_WEIGHT', source: 'phrases', line: 1 } },
];
