import type { ParserExample } from './harness.js';
import { CATEGORIES, PHRASES, POLICY } from './sources.js';

const pol = (...lines: string[]): ParserExample['sources'] => ({ categories: CATEGORIES, policy: lines.join('\n'), phrases: PHRASES });
const T = ['[tenant a]', 'secret = s'];

export const examples: ParserExample[] = [
  { name: 'the example policy parses', sources: pol(POLICY), expected: { stats: { tenants: 3 } } },
  { name: 'empty policy', sources: pol(''), expected: { stats: { tenants: 0 } } },
  { name: 'comments with # and ;, CRLF, keys in any case, last duplicate key wins', sources: pol('# c', '; c', '[tenant a]\r', 'SECRET = s\r', 'Dst = US', 'dst = eu'), expected: { stats: { tenants: 1 } } },
  { name: 'no inline comments: a ; is part of the value', sources: pol(...T, 'block_url = http://x/;not-a-comment'), expected: { stats: { tenants: 1 } } },
  { name: 'E_POLICY_SYNTAX: not key = value', sources: pol(...T, 'just words'), expected: { throws: 'E_POLICY_SYNTAX', source: 'policy', line: 3 } },
  { name: 'E_POLICY_SYNTAX: key before any section', sources: pol('secret = s', ...T), expected: { throws: 'E_POLICY_SYNTAX', source: 'policy', line: 1 } },
  { name: 'E_POLICY_SYNTAX: unterminated section', sources: pol('[tenant a'), expected: { throws: 'E_POLICY_SYNTAX', source: 'policy', line: 1 } },
  { name: 'E_POLICY_SYNTAX: empty key', sources: pol(...T, '= value'), expected: { throws: 'E_POLICY_SYNTAX', source: 'policy', line: 3 } },
  { name: 'E_POLICY_UNKNOWN_SECTION: unknown kind', sources: pol(...T, '[global]'), expected: { throws: 'E_POLICY_UNKNOWN_SECTION', source: 'policy', line: 3 } },
  { name: 'E_POLICY_UNKNOWN_SECTION: wrong arity', sources: pol(...T, '[rule a]'), expected: { throws: 'E_POLICY_UNKNOWN_SECTION', source: 'policy', line: 3 } },
  { name: 'E_POLICY_UNKNOWN_KEY: tenant', sources: pol(...T, 'colour = blue'), expected: { throws: 'E_POLICY_UNKNOWN_KEY', source: 'policy', line: 3 } },
  { name: 'E_POLICY_UNKNOWN_KEY: schedule', sources: pol(...T, '[schedule a s]', 'weeks = 2'), expected: { throws: 'E_POLICY_UNKNOWN_KEY', source: 'policy', line: 4 } },
  { name: 'E_POLICY_UNKNOWN_KEY: rule', sources: pol(...T, '[rule a r]', 'action = block', 'colour = red'), expected: { throws: 'E_POLICY_UNKNOWN_KEY', source: 'policy', line: 5 } },
  { name: 'E_POLICY_BAD_NUMBER: not a number', sources: pol(...T, 'tz_offset = -5h'), expected: { throws: 'E_POLICY_BAD_NUMBER', source: 'policy', line: 3 } },
  { name: 'E_POLICY_BAD_NUMBER: out of range', sources: pol(...T, 'tz_offset = 900'), expected: { throws: 'E_POLICY_BAD_NUMBER', source: 'policy', line: 3 } },
  { name: 'E_POLICY_BAD_NUMBER: bypass_ttl under a minute', sources: pol(...T, 'bypass_ttl = 59'), expected: { throws: 'E_POLICY_BAD_NUMBER', source: 'policy', line: 3 } },
  { name: 'E_POLICY_BAD_NUMBER: a category id', sources: pol(...T, '[rule a r]', 'categories = 1, x', 'action = block'), expected: { throws: 'E_POLICY_BAD_NUMBER', source: 'policy', line: 4 } },
  { name: 'a NUL ends a number as in C: "12\\0x" reads as 12', sources: pol(...T, 'phrase_threshold = 12\x00x'), expected: { stats: { tenants: 1 } } },
  { name: 'E_POLICY_BAD_VALUE: dst', sources: pol(...T, 'dst = mars'), expected: { throws: 'E_POLICY_BAD_VALUE', source: 'policy', line: 3 } },
  { name: 'E_POLICY_BAD_VALUE: action', sources: pol(...T, '[rule a r]', 'action = explode'), expected: { throws: 'E_POLICY_BAD_VALUE', source: 'policy', line: 4 } },
  { name: 'E_POLICY_BAD_VALUE: HH:MM', sources: pol(...T, '[schedule a s]', 'start = 24:00'), expected: { throws: 'E_POLICY_BAD_VALUE', source: 'policy', line: 4 } },
  { name: 'E_POLICY_BAD_VALUE: day', sources: pol(...T, '[schedule a s]', 'days = mon, funday'), expected: { throws: 'E_POLICY_BAD_VALUE', source: 'policy', line: 4 } },
  { name: 'E_POLICY_BAD_VALUE: on/off', sources: pol(...T, 'safesearch.google = maybe'), expected: { throws: 'E_POLICY_BAD_VALUE', source: 'policy', line: 3 } },
  { name: 'E_POLICY_BAD_VALUE: block_url scheme', sources: pol(...T, 'block_url = ftp://x/'), expected: { throws: 'E_POLICY_BAD_VALUE', source: 'policy', line: 3 } },
  { name: 'E_POLICY_UNKNOWN_TENANT', sources: pol(...T, '[rule b r]'), expected: { throws: 'E_POLICY_UNKNOWN_TENANT', source: 'policy', line: 3 } },
  { name: 'E_POLICY_UNKNOWN_SCHEDULE: at the key line, checked at the end', sources: pol(...T, '[rule a r]', 'schedule = later', 'action = block', '[schedule a other]'), expected: { throws: 'E_POLICY_UNKNOWN_SCHEDULE', source: 'policy', line: 4 } },
  { name: 'a schedule declared after the rule is fine', sources: pol(...T, '[rule a r]', 'schedule = later', 'action = block', '[schedule a later]'), expected: { stats: { tenants: 1 } } },
  { name: 'E_POLICY_DUPLICATE: tenant', sources: pol(...T, ...T), expected: { throws: 'E_POLICY_DUPLICATE', source: 'policy', line: 3 } },
  { name: 'E_POLICY_DUPLICATE: rule', sources: pol(...T, '[rule a r]', 'action = block', '[rule a r]'), expected: { throws: 'E_POLICY_DUPLICATE', source: 'policy', line: 5 } },
  { name: 'E_POLICY_MISSING_KEY: tenant without secret, at its section line', sources: pol('# x', '[tenant a]', 'dst = us'), expected: { throws: 'E_POLICY_MISSING_KEY', source: 'policy', line: 2 } },
  { name: 'E_POLICY_MISSING_KEY: tenants checked in name order, not file order', sources: pol('[tenant zed]', '[tenant abe]'), expected: { throws: 'E_POLICY_MISSING_KEY', source: 'policy', line: 2 } },
  { name: 'E_POLICY_MISSING_KEY: rule without action', sources: pol(...T, '[rule a r]', 'priority = 1'), expected: { throws: 'E_POLICY_MISSING_KEY', source: 'policy', line: 3 } },
];
