// Frozen from the legacy oracle by scripts/dev/freeze-examples.ts (inputs: inputs.ts); reviewed by hand.
import type { ModuleExamples } from './harness.js';
import { SOURCES } from './sources.js';

export const examples: ModuleExamples<'safe_search'> = {
  module: 'safe_search',
  sources: SOURCES,
  cases: [
    {
      name: 'google safe=active appended',
      input: { tenant: 'springfield', action: 'allow', connect: false, host: 'www.google.com', path: '/search', query: 'q=cats', hasQuery: true },
      expected: { host: 'www.google.com', path: '/search', query: 'q=cats&safe=active', hasQuery: true, headers: [{ name: 'X-GoogApps-Allowed-Domains', value: 'springfield.k12.us' }], changed: true },
    },
    {
      name: 'google safe=off replaced in place',
      input: { tenant: 'springfield', action: 'allow', connect: false, host: 'www.google.com', path: '/search', query: 'safe=off&q=cats', hasQuery: true },
      expected: { host: 'www.google.com', path: '/search', query: 'safe=active&q=cats', hasQuery: true, headers: [{ name: 'X-GoogApps-Allowed-Domains', value: 'springfield.k12.us' }], changed: true },
    },
    {
      name: 'every safe= value replaced',
      input: { tenant: 'springfield', action: 'allow', connect: false, host: 'www.google.com', path: '/search', query: 'safe=off&q=x&safe=images', hasQuery: true },
      expected: { host: 'www.google.com', path: '/search', query: 'safe=active&q=x&safe=active', hasQuery: true, headers: [{ name: 'X-GoogApps-Allowed-Domains', value: 'springfield.k12.us' }], changed: true },
    },
    {
      name: 'already active: query unchanged, header still added',
      input: { tenant: 'springfield', action: 'allow', connect: false, host: 'www.google.com', path: '/search', query: 'q=x&safe=active', hasQuery: true },
      expected: { host: 'www.google.com', path: '/search', query: 'q=x&safe=active', hasQuery: true, headers: [{ name: 'X-GoogApps-Allowed-Domains', value: 'springfield.k12.us' }], changed: true },
    },
    {
      name: 'google without a query',
      input: { tenant: 'springfield', action: 'allow', connect: false, host: 'www.google.com', path: '/webhp', query: '', hasQuery: false },
      expected: { host: 'www.google.com', path: '/webhp', query: 'safe=active', hasQuery: true, headers: [{ name: 'X-GoogApps-Allowed-Domains', value: 'springfield.k12.us' }], changed: true },
    },
    {
      name: 'google country TLD',
      input: { tenant: 'springfield', action: 'allow', connect: false, host: 'www.google.co.uk', path: '/search', query: 'q=cats', hasQuery: true },
      expected: { host: 'www.google.co.uk', path: '/search', query: 'q=cats&safe=active', hasQuery: true, headers: [{ name: 'X-GoogApps-Allowed-Domains', value: 'springfield.k12.us' }], changed: true },
    },
    {
      name: 'google non-search path: only the GoogApps header',
      input: { tenant: 'springfield', action: 'allow', connect: false, host: 'mail.google.com', path: '/mail', query: '', hasQuery: false },
      expected: { host: 'mail.google.com', path: '/mail', query: '', hasQuery: false, headers: [{ name: 'X-GoogApps-Allowed-Domains', value: 'springfield.k12.us' }], changed: true },
    },
    {
      name: 'bing adlt=strict',
      input: { tenant: 'springfield', action: 'allow', connect: false, host: 'www.bing.com', path: '/search', query: 'q=x&adlt=off', hasQuery: true },
      expected: { host: 'www.bing.com', path: '/search', query: 'q=x&adlt=strict', hasQuery: true, headers: [], changed: true },
    },
    {
      name: 'duckduckgo kp=1',
      input: { tenant: 'springfield', action: 'allow', connect: false, host: 'duckduckgo.com', path: '/', query: 'q=x', hasQuery: true },
      expected: { host: 'duckduckgo.com', path: '/', query: 'q=x&kp=1', hasQuery: true, headers: [], changed: true },
    },
    {
      name: 'yahoo vm=r',
      input: { tenant: 'springfield', action: 'allow', connect: false, host: 'search.yahoo.com', path: '/search', query: 'p=x', hasQuery: true },
      expected: { host: 'search.yahoo.com', path: '/search', query: 'p=x&vm=r', hasQuery: true, headers: [], changed: true },
    },
    {
      name: 'youtube restrict header',
      input: { tenant: 'springfield', action: 'allow', connect: false, host: 'www.youtube.com', path: '/watch', query: 'v=1', hasQuery: true },
      expected: { host: 'www.youtube.com', path: '/watch', query: 'v=1', hasQuery: true, headers: [{ name: 'YouTube-Restrict', value: 'Strict' }], changed: true },
    },
    {
      name: 'youtube moderate for lyon',
      input: { tenant: 'lyon', action: 'allow', connect: false, host: 'm.youtube.com', path: '/watch', query: 'v=1', hasQuery: true },
      expected: { host: 'm.youtube.com', path: '/watch', query: 'v=1', hasQuery: true, headers: [{ name: 'YouTube-Restrict', value: 'Moderate' }], changed: true },
    },
    {
      name: 'microsoft login tenant restriction headers',
      input: { tenant: 'springfield', action: 'allow', connect: false, host: 'login.microsoftonline.com', path: '/common/oauth2/authorize', query: 'x=1', hasQuery: true },
      expected: { host: 'login.microsoftonline.com', path: '/common/oauth2/authorize', query: 'x=1', hasQuery: true, headers: [{ name: 'Restrict-Access-To-Tenants', value: 'springfield.k12.us' }, { name: 'Restrict-Access-Context', value: 'ctx-123' }], changed: true },
    },
    {
      name: 'lyon has google off',
      input: { tenant: 'lyon', action: 'allow', connect: false, host: 'www.google.com', path: '/search', query: 'q=cats', hasQuery: true },
      expected: { host: 'www.google.com', path: '/search', query: 'q=cats', hasQuery: true, headers: [], changed: false },
    },
    {
      name: 'safesearch action forces everything on',
      input: { tenant: 'lyon', action: 'safesearch', connect: false, host: 'www.google.com', path: '/search', query: 'q=cats', hasQuery: true },
      expected: { host: 'www.google.com', path: '/search', query: 'q=cats&safe=active', hasQuery: true, headers: [], changed: true },
    },
    {
      name: 'block verdicts are left alone',
      input: { tenant: 'springfield', action: 'block', connect: false, host: 'www.google.com', path: '/search', query: 'q=cats', hasQuery: true },
      expected: { host: 'www.google.com', path: '/search', query: 'q=cats', hasQuery: true, headers: [], changed: false },
    },
    {
      name: 'CONNECT google maps to forcesafesearch',
      input: { tenant: 'springfield', action: 'allow', connect: true, host: 'www.google.com', path: '', query: '', hasQuery: false },
      expected: { host: 'forcesafesearch.google.com', path: '', query: '', hasQuery: false, headers: [], changed: true },
    },
    {
      name: 'CONNECT youtube strict',
      input: { tenant: 'springfield', action: 'allow', connect: true, host: 'youtube.com', path: '', query: '', hasQuery: false },
      expected: { host: 'restrict.youtube.com', path: '', query: '', hasQuery: false, headers: [], changed: true },
    },
    {
      name: 'CONNECT youtube moderate (lyon)',
      input: { tenant: 'lyon', action: 'allow', connect: true, host: 'www.youtube.com', path: '', query: '', hasQuery: false },
      expected: { host: 'restrictmoderate.youtube.com', path: '', query: '', hasQuery: false, headers: [], changed: true },
    },
    {
      name: 'CONNECT bing',
      input: { tenant: 'springfield', action: 'allow', connect: true, host: 'bing.com', path: '', query: '', hasQuery: false },
      expected: { host: 'strict.bing.com', path: '', query: '', hasQuery: false, headers: [], changed: true },
    },
    {
      name: 'CONNECT duckduckgo',
      input: { tenant: 'springfield', action: 'allow', connect: true, host: 'duckduckgo.com', path: '', query: '', hasQuery: false },
      expected: { host: 'safe.duckduckgo.com', path: '', query: '', hasQuery: false, headers: [], changed: true },
    },
    {
      name: 'CONNECT elsewhere unchanged',
      input: { tenant: 'springfield', action: 'allow', connect: true, host: 'example.com', path: '', query: '', hasQuery: false },
      expected: { host: 'example.com', path: '', query: '', hasQuery: false, headers: [], changed: false },
    },
    {
      name: 'unknown tenant throws',
      input: { tenant: 'nowhere', action: 'allow', connect: false, host: 'www.google.com', path: '/search', query: 'q=cats', hasQuery: true },
      expected: { throws: 'E_UNKNOWN_TENANT' },
    },
  ],
};
