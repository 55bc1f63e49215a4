import fc from 'fast-check';
import type { ModuleContract, PropertyCase } from './contract.js';
import { phraseListFile } from '../generators/phrase-list-file.js';
import { textWithEvasions } from '../generators/byte-string.js';

const onGenerated = phraseListFile().map((c): PropertyCase<'phrase_score'> => ({ sources: { categories: '', policy: '', phrases: c.text }, input: { terms: c.terms, url: c.url } }));
const onBundled = fc
  .tuple(textWithEvasions(30, ['p', 'o', 'k', 'e', 'r', 'c', 'a', 's', 'i', 'n', ' ', '0', '3', '4', '5', '@', '$', 'x']), textWithEvasions(30))
  .map(([terms, path]): PropertyCase<'phrase_score'> => ({ input: { terms, url: `http://www.google.com/search?q=${path}` } }));

export const phraseScoreContract: ModuleContract<'phrase_score'> = {
  module: 'phrase_score',
  cases: fc.oneof({ weight: 3, arbitrary: onGenerated }, { weight: 1, arbitrary: onBundled }),
  cost: 2,
};
