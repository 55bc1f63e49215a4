// Frozen from the legacy oracle by scripts/dev/freeze-examples.ts (inputs: inputs.ts); reviewed by hand.
import type { ModuleExamples } from './harness.js';
import { SOURCES } from './sources.js';

export const examples: ModuleExamples<'policy_eval'> = {
  module: 'policy_eval',
  sources: SOURCES,
  cases: [
    {
      name: 'unknown tenant throws',
      input: { tenant: 'nowhere', user: 'bart', groups: ['students'], timeMs: 1795532400000, host: 'example.com', url: 'http://example.com/', categories: [], phraseScore: 0, bypassToken: '' },
      expected: { throws: 'E_UNKNOWN_TENANT' },
    },
    {
      name: 'deny list wins',
      input: { tenant: 'springfield', user: 'bart', groups: ['students'], timeMs: 1795532400000, host: 'www.proxy.example', url: 'http://example.com/', categories: [2], phraseScore: 0, bypassToken: '' },
      expected: { action: 'block', reason: 'deny_list', ruleId: '', category: 0 },
    },
    {
      name: 'allow list',
      input: { tenant: 'springfield', user: 'bart', groups: ['students'], timeMs: 1795532400000, host: 'school.example', url: 'http://example.com/', categories: [1], phraseScore: 0, bypassToken: '' },
      expected: { action: 'allow', reason: 'allow_list', ruleId: '', category: 0 },
    },
    {
      name: 'allow list matches subdomains only on a label boundary',
      input: { tenant: 'springfield', user: 'bart', groups: ['students'], timeMs: 1795532400000, host: 'notschool.example', url: 'http://example.com/', categories: [], phraseScore: 0, bypassToken: '' },
      expected: { action: 'allow', reason: 'default', ruleId: '', category: 0 },
    },
    {
      name: 'first matching rule by priority',
      input: { tenant: 'springfield', user: 'bart', groups: ['students'], timeMs: 1795532400000, host: 'adult.example', url: 'http://example.com/', categories: [4, 1], phraseScore: 0, bypassToken: '' },
      expected: { action: 'block', reason: 'rule', ruleId: 'r-adult', category: 1 },
    },
    {
      name: 'schedule in local time: school hours',
      input: { tenant: 'springfield', user: 'bart', groups: ['students'], timeMs: 1795532400000, host: 'example.com', url: 'http://example.com/', categories: [2], phraseScore: 0, bypassToken: '' },
      expected: { action: 'warn', reason: 'rule', ruleId: 'r-games', category: 2 },
    },
    {
      name: 'schedule: after school hours',
      input: { tenant: 'springfield', user: 'bart', groups: ['students'], timeMs: 1795550400000, host: 'example.com', url: 'http://example.com/', categories: [2], phraseScore: 0, bypassToken: '' },
      expected: { action: 'allow', reason: 'default', ruleId: '', category: 0 },
    },
    {
      name: 'schedule: weekend',
      input: { tenant: 'springfield', user: 'bart', groups: ['students'], timeMs: 1795878000000, host: 'example.com', url: 'http://example.com/', categories: [2], phraseScore: 0, bypassToken: '' },
      expected: { action: 'allow', reason: 'default', ruleId: '', category: 0 },
    },
    {
      name: 'group must match',
      input: { tenant: 'springfield', user: 'bart', groups: ['staff'], timeMs: 1795532400000, host: 'example.com', url: 'http://example.com/', categories: [2], phraseScore: 0, bypassToken: '' },
      expected: { action: 'allow', reason: 'default', ruleId: '', category: 0 },
    },
    {
      name: 'groups compared ASCII case-insensitively',
      input: { tenant: 'springfield', user: 'bart', groups: ['STUDENTS'], timeMs: 1795579200000, host: 'example.com', url: 'http://example.com/', categories: [2], phraseScore: 0, bypassToken: '' },
      expected: { action: 'block', reason: 'rule', ruleId: 'r-night', category: 2 },
    },
    {
      name: 'schedule wrapping midnight',
      input: { tenant: 'springfield', user: 'bart', groups: ['students'], timeMs: 1795517940000, host: 'example.com', url: 'http://example.com/', categories: [4], phraseScore: 0, bypassToken: '' },
      expected: { action: 'block', reason: 'rule', ruleId: 'r-night', category: 4 },
    },
    {
      name: 'US DST: 08:00 EDT in summer is school time',
      input: { tenant: 'springfield', user: 'bart', groups: ['students'], timeMs: 1780401600000, host: 'example.com', url: 'http://example.com/', categories: [2], phraseScore: 0, bypassToken: '' },
      expected: { action: 'warn', reason: 'rule', ruleId: 'r-games', category: 2 },
    },
    {
      name: 'US DST: 07:59 EDT is not',
      input: { tenant: 'springfield', user: 'bart', groups: ['students'], timeMs: 1780401540000, host: 'example.com', url: 'http://example.com/', categories: [2], phraseScore: 0, bypassToken: '' },
      expected: { action: 'allow', reason: 'default', ruleId: '', category: 0 },
    },
    {
      name: 'US DST starts 2026-03-08 02:00 local',
      input: { tenant: 'springfield', user: 'bart', groups: ['students'], timeMs: 1772953199000, host: 'example.com', url: 'http://example.com/', categories: [4], phraseScore: 0, bypassToken: '' },
      expected: { action: 'block', reason: 'rule', ruleId: 'r-night', category: 4 },
    },
    {
      name: 'US DST: an hour later the night schedule has ended',
      input: { tenant: 'springfield', user: 'bart', groups: ['students'], timeMs: 1772967600000, host: 'example.com', url: 'http://example.com/', categories: [4], phraseScore: 0, bypassToken: '' },
      expected: { action: 'safesearch', reason: 'rule', ruleId: 'r-video', category: 4 },
    },
    {
      name: 'EU DST: 08:00 CEST is course time in lyon',
      input: { tenant: 'lyon', user: 'bart', groups: ['students'], timeMs: 1780380000000, host: 'example.com', url: 'http://example.com/', categories: [], phraseScore: 0, bypassToken: '' },
      expected: { action: 'allow', reason: 'rule', ruleId: 'r-cours', category: 0 },
    },
    {
      name: 'EU DST: 07:30 CEST is not',
      input: { tenant: 'lyon', user: 'bart', groups: ['students'], timeMs: 1780378200000, host: 'example.com', url: 'http://example.com/', categories: [], phraseScore: 0, bypassToken: '' },
      expected: { action: 'block', reason: 'default', ruleId: '', category: 0 },
    },
    {
      name: 'EU: default block outside courses',
      input: { tenant: 'lyon', user: 'bart', groups: ['students'], timeMs: 1795860000000, host: 'example.com', url: 'http://example.com/', categories: [], phraseScore: 0, bypassToken: '' },
      expected: { action: 'block', reason: 'default', ruleId: '', category: 0 },
    },
    {
      name: 'phrase score rule (any of its conditions)',
      input: { tenant: 'springfield', user: 'bart', groups: ['students'], timeMs: 1795532400000, host: 'example.com', url: 'http://example.com/', categories: [], phraseScore: 50, bypassToken: '' },
      expected: { action: 'warn', reason: 'rule', ruleId: 'r-words', category: 0 },
    },
    {
      name: 'domain condition of the same rule',
      input: { tenant: 'springfield', user: 'bart', groups: ['students'], timeMs: 1795532400000, host: 'forum.example', url: 'http://example.com/', categories: [], phraseScore: 0, bypassToken: '' },
      expected: { action: 'warn', reason: 'rule', ruleId: 'r-words', category: 0 },
    },
    {
      name: 'phrase threshold (lyon, weekend)',
      input: { tenant: 'lyon', user: 'bart', groups: ['students'], timeMs: 1795860000000, host: 'example.com', url: 'http://example.com/', categories: [], phraseScore: 120, bypassToken: '' },
      expected: { action: 'block', reason: 'phrase', ruleId: '', category: 0 },
    },
    {
      name: 'just under the phrase threshold',
      input: { tenant: 'lyon', user: 'bart', groups: ['students'], timeMs: 1795860000000, host: 'example.com', url: 'http://example.com/', categories: [], phraseScore: 119, bypassToken: '' },
      expected: { action: 'block', reason: 'default', ruleId: '', category: 0 },
    },
    {
      name: 'a valid bypass token allows the host',
      input: { tenant: 'springfield', user: 'bart', groups: ['students'], timeMs: 1795532400000, host: 'games.example', url: 'http://example.com/', categories: [2], phraseScore: 0, bypassToken: '1795532400000.fb43cfc7123c88e0a8c086c0458921ca' },
      expected: { action: 'allow', reason: 'bypass', ruleId: '', category: 0 },
    },
    {
      name: 'a bypass token cannot lift the deny list',
      input: { tenant: 'springfield', user: 'bart', groups: ['students'], timeMs: 1795532400000, host: 'proxy.example', url: 'http://example.com/', categories: [], phraseScore: 0, bypassToken: '1795532400000.fb43cfc7123c88e0a8c086c0458921ca' },
      expected: { action: 'block', reason: 'deny_list', ruleId: '', category: 0 },
    },
    {
      name: 'safesearch action from a rule',
      input: { tenant: 'springfield', user: 'bart', groups: ['staff'], timeMs: 1795532400000, host: 'example.com', url: 'http://example.com/', categories: [4], phraseScore: 0, bypassToken: '' },
      expected: { action: 'safesearch', reason: 'rule', ruleId: 'r-video', category: 4 },
    },
    {
      name: 'tenant default action',
      input: { tenant: 'pune', user: 'bart', groups: ['students'], timeMs: 1795532400000, host: 'example.com', url: 'http://example.com/', categories: [], phraseScore: 0, bypassToken: '' },
      expected: { action: 'safesearch', reason: 'default', ruleId: '', category: 0 },
    },
    {
      name: 'negative times work',
      input: { tenant: 'springfield', user: 'bart', groups: ['students'], timeMs: -34560000000, host: 'example.com', url: 'http://example.com/', categories: [2], phraseScore: 0, bypassToken: '' },
      expected: { action: 'allow', reason: 'default', ruleId: '', category: 0 },
    },
    {
      name: 'a forged bypass token is ignored',
      input: { tenant: 'springfield', user: 'bart', groups: ['students'], timeMs: 1795532400000, host: 'games.example', url: 'http://example.com/', categories: [2], phraseScore: 0, bypassToken: '1795532400000.00000000000000000000000000000000' },
      expected: { action: 'warn', reason: 'rule', ruleId: 'r-games', category: 2 },
    },
  ],
};
