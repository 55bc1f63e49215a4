// Frozen from the legacy oracle by scripts/dev/freeze-examples.ts (inputs: inputs.ts); reviewed by hand.
import type { ModuleExamples } from './harness.js';
import { SOURCES } from './sources.js';

export const examples: ModuleExamples<'search_terms'> = {
  module: 'search_terms',
  sources: SOURCES,
  cases: [
    {
      name: 'google q',
      input: { host: 'www.google.com', path: '/search', query: 'q=Volcano+Science&hl=en', hasQuery: true },
      expected: { engine: 'google', terms: 'volcano science', truncated: false },
    },
    {
      name: 'google country TLD',
      input: { host: 'www.google.co.uk', path: '/search', query: 'q=tea', hasQuery: true },
      expected: { engine: 'google', terms: 'tea', truncated: false },
    },
    {
      name: 'google com.au',
      input: { host: 'google.com.au', path: '/webhp', query: 'q=kangaroo', hasQuery: true },
      expected: { engine: 'google', terms: 'kangaroo', truncated: false },
    },
    {
      name: 'bing',
      input: { host: 'www.bing.com', path: '/search', query: 'form=x&q=cats%20and%20dogs', hasQuery: true },
      expected: { engine: 'bing', terms: 'cats and dogs', truncated: false },
    },
    {
      name: 'duckduckgo',
      input: { host: 'duckduckgo.com', path: '/', query: 'q=privacy', hasQuery: true },
      expected: { engine: 'duckduckgo', terms: 'privacy', truncated: false },
    },
    {
      name: 'yahoo uses p',
      input: { host: 'search.yahoo.com', path: '/search', query: 'p=weather', hasQuery: true },
      expected: { engine: 'yahoo', terms: 'weather', truncated: false },
    },
    {
      name: 'youtube search_query',
      input: { host: 'www.youtube.com', path: '/results', query: 'search_query=lofi+beats', hasQuery: true },
      expected: { engine: 'youtube', terms: 'lofi beats', truncated: false },
    },
    {
      name: 'wikipedia any language',
      input: { host: 'fr.wikipedia.org', path: '/w/index.php', query: 'search=R%C3%A9volution', hasQuery: true },
      expected: { engine: 'wikipedia', terms: 'r\xc3\xa9volution', truncated: false },
    },
    {
      name: 'first occurrence wins',
      input: { host: 'www.google.com', path: '/search', query: 'q=first&q=second', hasQuery: true },
      expected: { engine: 'google', terms: 'first', truncated: false },
    },
    {
      name: 'parameter name is case-sensitive',
      input: { host: 'www.google.com', path: '/search', query: 'Q=upper&q=lower', hasQuery: true },
      expected: { engine: 'google', terms: 'lower', truncated: false },
    },
    {
      name: 'invalid escapes kept literally',
      input: { host: 'www.google.com', path: '/search', query: 'q=100%+%zz', hasQuery: true },
      expected: { engine: 'google', terms: '100% %zz', truncated: false },
    },
    {
      name: 'ASCII case folded, bytes >= 0x80 untouched',
      input: { host: 'www.google.com', path: '/search', query: 'q=%C3%89COLE+Ab', hasQuery: true },
      expected: { engine: 'google', terms: '\xc3\x89cole ab', truncated: false },
    },
    {
      name: 'whitespace runs collapsed and trimmed',
      input: { host: 'www.google.com', path: '/search', query: 'q=++a%09%0A+b++', hasQuery: true },
      expected: { engine: 'google', terms: 'a b', truncated: false },
    },
    {
      name: 'truncated to 256 bytes',
      input: { host: 'www.google.com', path: '/search', query: 'q=ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+ab+', hasQuery: true },
      expected: { engine: 'google', terms: 'ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab a', truncated: true },
    },
    {
      name: 'search page without a query',
      input: { host: 'www.google.com', path: '/search', query: '', hasQuery: false },
      expected: { engine: 'google', terms: '', truncated: false },
    },
    {
      name: 'engine but no parameter',
      input: { host: 'www.bing.com', path: '/search', query: 'form=QBLH', hasQuery: true },
      expected: { engine: 'bing', terms: '', truncated: false },
    },
    {
      name: 'not a search path',
      input: { host: 'www.google.com', path: '/maps', query: 'q=paris', hasQuery: true },
      expected: { engine: null, terms: '', truncated: false },
    },
    {
      name: 'not a search engine',
      input: { host: 'example.com', path: '/search', query: 'q=x', hasQuery: true },
      expected: { engine: null, terms: '', truncated: false },
    },
    {
      name: 'lookalike host is not google',
      input: { host: 'google.evil.com', path: '/search', query: 'q=x', hasQuery: true },
      expected: { engine: null, terms: '', truncated: false },
    },
    {
      name: 'host case is folded',
      input: { host: 'WWW.BING.COM', path: '/search', query: 'q=x', hasQuery: true },
      expected: { engine: 'bing', terms: 'x', truncated: false },
    },
  ],
};
