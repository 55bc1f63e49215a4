// Frozen from the legacy oracle by scripts/dev/freeze-examples.ts (inputs: inputs.ts); reviewed by hand.
import type { ModuleExamples } from './harness.js';
import { SOURCES } from './sources.js';

export const examples: ModuleExamples<'category_lookup'> = {
  module: 'category_lookup',
  sources: SOURCES,
  cases: [
    {
      name: 'domain rule matches the domain',
      input: { host: 'adult.example', hostKind: 'name', path: '/' },
      expected: { matches: [{ category: 1, line: 8, kind: 'domain' }] },
    },
    {
      name: 'domain rule matches subdomains on label boundaries',
      input: { host: 'www.adult.example', hostKind: 'name', path: '/' },
      expected: { matches: [{ category: 1, line: 8, kind: 'domain' }] },
    },
    {
      name: 'no match across a label boundary',
      input: { host: 'notadult.example', hostKind: 'name', path: '/' },
      expected: { matches: [] },
    },
    {
      name: 'exact host matches only that host',
      input: { host: 'www.arcade.example', hostKind: 'name', path: '/' },
      expected: { matches: [{ category: 2, line: 10, kind: 'exact' }] },
    },
    {
      name: 'exact host does not match subdomains',
      input: { host: 'x.www.arcade.example', hostKind: 'name', path: '/' },
      expected: { matches: [] },
    },
    {
      name: 'legacy www handling: www. stripped once for exact hosts',
      input: { host: 'www.www.arcade.example', hostKind: 'name', path: '/' },
      expected: { matches: [{ category: 2, line: 10, kind: 'exact' }] },
    },
    {
      name: 'path prefix rule first, longest prefix first',
      input: { host: 'youtube.com', hostKind: 'name', path: '/gaming/live/now' },
      expected: { matches: [{ category: 4, line: 13, kind: 'path' }, { category: 2, line: 12, kind: 'path' }] },
    },
    {
      name: 'path prefix on a subdomain',
      input: { host: 'm.youtube.com', hostKind: 'name', path: '/gaming' },
      expected: { matches: [{ category: 2, line: 12, kind: 'path' }, { category: 4, line: 11, kind: 'domain' }] },
    },
    {
      name: 'path prefix is case-sensitive',
      input: { host: 'youtube.com', hostKind: 'name', path: '/Gaming' },
      expected: { matches: [{ category: 4, line: 11, kind: 'domain' }] },
    },
    {
      name: 'domain suffixes longest first, deduplicated by category',
      input: { host: 'x.a.b.social.example', hostKind: 'name', path: '/' },
      expected: { matches: [{ category: 3, line: 21, kind: 'domain' }, { category: 6, line: 22, kind: 'domain' }, { category: 2, line: 23, kind: 'domain' }, { category: 4, line: 24, kind: 'domain' }, { category: 1, line: 26, kind: 'domain' }, { category: 5, line: 25, kind: 'domain' }] },
    },
    {
      name: 'exact rules before domain rules',
      input: { host: 'social.example', hostKind: 'name', path: '/' },
      expected: { matches: [{ category: 2, line: 27, kind: 'exact' }, { category: 3, line: 28, kind: 'exact' }, { category: 5, line: 25, kind: 'domain' }] },
    },
    {
      name: 'exact host rule on a subdomain (pics.)',
      input: { host: 'pics.social.example', hostKind: 'name', path: '/' },
      expected: { matches: [{ category: 1, line: 15, kind: 'exact' }, { category: 3, line: 14, kind: 'domain' }, { category: 5, line: 25, kind: 'domain' }] },
    },
    {
      name: 'CIDR longest prefix first',
      input: { host: '10.1.2.3', hostKind: 'ipv4', path: '/' },
      expected: { matches: [{ category: 1, line: 17, kind: 'cidr' }, { category: 5, line: 16, kind: 'cidr' }] },
    },
    {
      name: 'CIDR shorter prefix',
      input: { host: '10.200.0.1', hostKind: 'ipv4', path: '/' },
      expected: { matches: [{ category: 5, line: 16, kind: 'cidr' }] },
    },
    {
      name: 'bare address is a /32',
      input: { host: '192.168.1.7', hostKind: 'ipv4', path: '/' },
      expected: { matches: [{ category: 5, line: 18, kind: 'cidr' }] },
    },
    {
      name: 'CIDR rules never apply to names',
      input: { host: '10.1.2.3.example', hostKind: 'name', path: '/' },
      expected: { matches: [] },
    },
    {
      name: 'regex on the host',
      input: { host: 'ads1.example.org', hostKind: 'name', path: '/' },
      expected: { matches: [{ category: 6, line: 19, kind: 'regex' }] },
    },
    {
      name: 'regex anchored at the end',
      input: { host: 'freegames', hostKind: 'name', path: '/' },
      expected: { matches: [{ category: 2, line: 20, kind: 'regex' }] },
    },
    {
      name: 'host is lowercased before lookup',
      input: { host: 'WWW.ADULT.EXAMPLE', hostKind: 'name', path: '/' },
      expected: { matches: [{ category: 1, line: 8, kind: 'domain' }] },
    },
    {
      name: 'IPv6 hosts only see regexes',
      input: { host: '::1', hostKind: 'ipv6', path: '/' },
      expected: { matches: [] },
    },
    {
      name: 'regex \\s is C isspace: a space matches',
      input: { host: 'nb p', hostKind: 'name', path: '/' },
      expected: { matches: [{ category: 6, line: 29, kind: 'regex' }] },
    },
    {
      name: 'regex \\s is C isspace: 0xA0 does not (JavaScript\'s \\s would)',
      input: { host: 'nb\xa0p', hostKind: 'name', path: '/' },
      expected: { matches: [] },
    },
    {
      name: 'no match',
      input: { host: 'example.org', hostKind: 'name', path: '/' },
      expected: { matches: [] },
    },
    {
      name: 'empty host',
      input: { host: '', hostKind: 'name', path: '/' },
      expected: { matches: [] },
    },
  ],
};
