import type { ParserExample } from './harness.js';
import { PHRASES, POLICY, CATEGORIES } from './sources.js';

const db = (...lines: string[]): ParserExample['sources'] => ({ categories: lines.join('\n'), policy: POLICY, phrases: PHRASES });
const HEAD = '@category 1 adult "Adult"';

export const examples: ParserExample[] = [
  { name: 'the example database parses', sources: db(CATEGORIES), expected: { stats: { categories: 6, rules: 22 } } },
  { name: 'empty file', sources: db(''), expected: { stats: { categories: 0, rules: 0 } } },
  { name: 'comments, blank lines, CRLF and surrounding spaces', sources: db('# c', '', '  @category 1 a "A"\r', '\t1 a.com  \r', '   # indented'), expected: { stats: { categories: 1, rules: 1 } } },
  { name: 'every pattern kind counts as a rule', sources: db(HEAD, '1 a.com', '1 =b.com', '1 c.com/x', '1 10.0.0.0/8', '1 1.2.3.4', '1 ~^x'), expected: { stats: { rules: 6 } } },
  { name: 'duplicate rules are kept', sources: db(HEAD, '1 a.com', '1 a.com'), expected: { stats: { rules: 2 } } },
  { name: 'escaped quote in a display name', sources: db('@category 1 a "A \\"b\\""', '1 a.com'), expected: { stats: { categories: 1 } } },
  { name: 'E_CATDB_SYNTAX: unknown directive', sources: db(HEAD, '@include other.db'), expected: { throws: 'E_CATDB_SYNTAX', source: 'categories', line: 2 } },
  { name: 'E_CATDB_SYNTAX: @category without a quoted name', sources: db('@category 1 adult Adult'), expected: { throws: 'E_CATDB_SYNTAX', source: 'categories', line: 1 } },
  { name: 'E_CATDB_SYNTAX: text after the display name', sources: db('@category 1 adult "Adult" extra'), expected: { throws: 'E_CATDB_SYNTAX', source: 'categories', line: 1 } },
  { name: 'E_CATDB_SYNTAX: rule without a pattern', sources: db(HEAD, '', '1'), expected: { throws: 'E_CATDB_SYNTAX', source: 'categories', line: 3 } },
  { name: 'E_CATDB_SYNTAX: pattern with whitespace', sources: db(HEAD, '1 a.com extra'), expected: { throws: 'E_CATDB_SYNTAX', source: 'categories', line: 2 } },
  { name: 'E_CATDB_BAD_ID: not a number', sources: db(HEAD, 'x a.com'), expected: { throws: 'E_CATDB_BAD_ID', source: 'categories', line: 2 } },
  { name: 'E_CATDB_BAD_ID: zero', sources: db('@category 0 zero "Zero"'), expected: { throws: 'E_CATDB_BAD_ID', source: 'categories', line: 1 } },
  { name: 'E_CATDB_BAD_ID: five digits', sources: db(HEAD, '10000 a.com'), expected: { throws: 'E_CATDB_BAD_ID', source: 'categories', line: 2 } },
  { name: 'E_CATDB_UNKNOWN_CATEGORY', sources: db(HEAD, '1 a.com', '2 b.com'), expected: { throws: 'E_CATDB_UNKNOWN_CATEGORY', source: 'categories', line: 3 } },
  { name: 'E_CATDB_UNKNOWN_CATEGORY: declared after use', sources: db('1 a.com', HEAD), expected: { throws: 'E_CATDB_UNKNOWN_CATEGORY', source: 'categories', line: 1 } },
  { name: 'E_CATDB_DUP_CATEGORY', sources: db(HEAD, '@category 1 again "Again"'), expected: { throws: 'E_CATDB_DUP_CATEGORY', source: 'categories', line: 2 } },
  { name: 'E_CATDB_BAD_CIDR: prefix over 32', sources: db(HEAD, '1 10.0.0.0/33'), expected: { throws: 'E_CATDB_BAD_CIDR', source: 'categories', line: 2 } },
  { name: 'E_CATDB_BAD_CIDR: octet over 255', sources: db(HEAD, '1 300.1.1.1/8'), expected: { throws: 'E_CATDB_BAD_CIDR', source: 'categories', line: 2 } },
  { name: 'E_CATDB_BAD_CIDR: three parts', sources: db(HEAD, '1 10.0.0/8'), expected: { throws: 'E_CATDB_BAD_CIDR', source: 'categories', line: 2 } },
  { name: 'E_CATDB_BAD_REGEX: unclosed class', sources: db(HEAD, '1 ~[abc'), expected: { throws: 'E_CATDB_BAD_REGEX', source: 'categories', line: 2 } },
  { name: 'E_CATDB_BAD_REGEX: unclosed group', sources: db(HEAD, '1 ~(a'), expected: { throws: 'E_CATDB_BAD_REGEX', source: 'categories', line: 2 } },
  { name: 'E_CATDB_BAD_PATTERN: empty regex', sources: db(HEAD, '1 ~'), expected: { throws: 'E_CATDB_BAD_PATTERN', source: 'categories', line: 2 } },
  { name: 'E_CATDB_BAD_PATTERN: empty exact host', sources: db(HEAD, '1 =...'), expected: { throws: 'E_CATDB_BAD_PATTERN', source: 'categories', line: 2 } },
  { name: 'E_CATDB_BAD_PATTERN: path without host', sources: db(HEAD, '1 /games'), expected: { throws: 'E_CATDB_BAD_PATTERN', source: 'categories', line: 2 } },
];
