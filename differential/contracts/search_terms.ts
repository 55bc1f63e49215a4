import fc from 'fast-check';
import type { ModuleContract } from './contract.js';
import { textWithEvasions, nearLimit } from '../generators/byte-string.js';

const ENGINES: [string, string, string][] = [
  ['www.google.com', '/search', 'q'], ['google.co.uk', '/search', 'q'], ['www.google.com.au', '/search', 'q'], ['www.google.de', '/webhp', 'q'],
  ['www.bing.com', '/search', 'q'], ['duckduckgo.com', '/', 'q'], ['html.duckduckgo.com', '/html/', 'q'], ['search.yahoo.com', '/search', 'p'],
  ['www.youtube.com', '/results', 'search_query'], ['m.youtube.com', '/results', 'search_query'], ['en.wikipedia.org', '/w/index.php', 'search'],
  ['fr.wikipedia.org', '/w/index.php', 'search'], ['www.google.com', '/maps', 'q'], ['google.evil.test', '/search', 'q'], ['notgoogle.com', '/search', 'q'],
];

const value = fc.oneof(
  { weight: 4, arbitrary: textWithEvasions(20, ['a', 'b', 'c', ' ', '+', '%20', '%2B', '%', '%zz', '%C3%A9', 'A', 'Z', '\t', '%0a']) },
  { weight: 1, arbitrary: nearLimit([128, 255, 256, 512, 1024], 'ab+') },
  { weight: 1, arbitrary: nearLimit([256], 'a') },
);

export const searchTermsContract: ModuleContract<'search_terms'> = {
  module: 'search_terms',
  cases: fc
    .tuple(fc.constantFrom(...ENGINES), value, fc.array(fc.tuple(fc.constantFrom('q', 'p', 'hl', 'search_query', 'safe', 'Q', 'search'), value), { maxLength: 3 }), fc.boolean(), fc.boolean())
    .map(([[host, path, key], v, others, first, upper]) => {
      const params = others.map(([k, x]) => `${k}=${x}`);
      const mine = `${key}=${v}`;
      const query = (first ? [mine, ...params] : [...params, mine]).join('&');
      return { input: { host: upper ? host.toUpperCase() : host, path, query, hasQuery: query.length > 0 || first } };
    }),
  cost: 1,
};
