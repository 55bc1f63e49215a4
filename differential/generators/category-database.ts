import fc from 'fast-check';
import type { CategoryLookupInput, HostKind } from '../../legacy-bridge/index.js';

/** A generated category database and a lookup aimed at its rules. */
export interface CategoryDatabaseCase {
  text: string;
  lookup: CategoryLookupInput;
}

/** Constraints of categoryDatabase. */
export interface CategoryDatabaseConstraints {
  maxRules?: number;
  /** Probability-ish weight of malformed lines (0 = none). */
  malformed?: number;
}

const BASES = ['example.com', 'games.test', 'a.b.example.com', 'b.example.com', 'cdn.video.test', 'k12.us', 'co.uk', 'www.news.test'];
const LABELS = ['www', 'm', 'a', 'b', 'api', 'www2', 'static'];
const PATHS = ['/', '/a', '/a/b', '/a/bc', '/games', '/games/', '/Games', '/x%20y', '/\xe9'];
const CIDRS = ['10.0.0.0/8', '10.1.0.0/16', '10.1.2.0/24', '10.1.2.3/32', '192.168.0.0/16', '0.0.0.0/0', '127.0.0.0/8', '172.16.0.0/12', '10.1.2.128/25'];
const REGEXES = ['^ads?[0-9]*\\.', 'a\\sb', '[\\S]x', 'porn|xxx', '^[a-z]+\\.games\\.test$', '(^|\\.)casino', 'b\\.example', '^www\\.', '[0-9]{3}', 'video'];
const MALFORMED = ['abc example.com', '0 example.com', '99999 example.com', '77 undeclared.test', '1', '1 10.0.0.0/33', '1 300.1.1.1/8', '1 ~[unclosed', '1 ~(', '@category x bad "X"', '@category 1 dup "Dup"', '1 =', '1 /only/path', '@category', '1\t\texample.com\textra'];

/**
 * Small category databases that exercise every rule kind — domains on nested labels, exact
 * hosts, path prefixes of several lengths, overlapping CIDRs, regexes — with several rules on one
 * host, and lookups biased to hit them (exact rule hosts, subdomains, `www.` prefixes, addresses
 * inside the CIDRs, paths under the prefixes), plus occasional malformed lines.
 */
export function categoryDatabase(c: CategoryDatabaseConstraints = {}): fc.Arbitrary<CategoryDatabaseCase> {
  const cat = fc.integer({ min: 1, max: 6 });
  const base = fc.constantFrom(...BASES);
  const rule = fc.oneof(
    fc.tuple(cat, base).map(([k, b]) => `${k} ${b}`),
    fc.tuple(cat, base).map(([k, b]) => `${k} =${b}`),
    fc.tuple(cat, fc.constantFrom(...LABELS), base).map(([k, l, b]) => `${k} =${l}.${b}`),
    fc.tuple(cat, base, fc.constantFrom(...PATHS)).map(([k, b, p]) => `${k} ${b}${p}`),
    fc.tuple(cat, fc.constantFrom(...CIDRS)).map(([k, r]) => `${k} ${r}`),
    fc.tuple(cat, fc.constantFrom(...REGEXES)).map(([k, r]) => `${k} ~${r}`),
    fc.tuple(cat, fc.constantFrom(...LABELS), base).map(([k, l, b]) => `${k} ${l}.${b}`),
  );
  const line = fc.oneof(
    { weight: 20, arbitrary: rule },
    { weight: 2, arbitrary: fc.constantFrom('# comment', '', '   ', '\t# indented comment', '\r') },
    { weight: c.malformed ?? 1, arbitrary: fc.constantFrom(...MALFORMED) },
    { weight: 1, arbitrary: fc.tuple(rule, fc.constantFrom('  ', '\t', ' \r')).map(([r, ws]) => ws + r + ws) },
  );
  const header = '@category 1 adult "Adult"\n@category 2 games "Games"\n@category 3 social "Social Media"\n@category 4 video "Video"\n@category 5 news "News"\n@category 6 misc "Misc \\"quoted\\""\n';
  const lookupName = fc.oneof(
    fc.constantFrom(...BASES),
    fc.tuple(fc.constantFrom(...LABELS), base).map(([l, b]) => `${l}.${b}`),
    fc.tuple(fc.constantFrom(...LABELS), fc.constantFrom(...LABELS), base).map(([a, l, b]) => `${a}.${l}.${b}`),
    base.map((b) => 'x' + b),
    fc.tuple(fc.constantFrom(...LABELS), base).map(([l, b]) => `${l}.${b}`.toUpperCase()),
    fc.constantFrom('a b', 'a\xa0b', '\xa0x', 'ads1.example.com', 'ad.games.test', 'casino.test', 'xcasino.test', 'video.test', 'example.com.evil.test', '123.test'),
  );
  const lookupIp = fc.constantFrom('10.1.2.3', '10.1.2.200', '10.1.3.1', '10.200.0.1', '192.168.1.1', '172.31.255.255', '172.32.0.0', '127.0.0.1', '8.8.8.8', '0.0.0.0', '255.255.255.255');
  const lookup = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(lookupName, fc.constantFrom(...PATHS, '/a/b/c', '/gam', '/games/x', '')).map(([host, path]) => ({ host, hostKind: 'name' as HostKind, path })) },
    { weight: 2, arbitrary: fc.tuple(lookupIp, fc.constantFrom('/', '/a')).map(([host, path]) => ({ host, hostKind: 'ipv4' as HostKind, path })) },
    { weight: 1, arbitrary: fc.constantFrom({ host: '::1', hostKind: 'ipv6' as HostKind, path: '/' }, { host: '2001:db8::1', hostKind: 'ipv6' as HostKind, path: '/a' }) },
  );
  return fc.tuple(fc.array(line, { maxLength: c.maxRules ?? 24 }), lookup).map(([lines, lk]) => ({ text: header + lines.join('\n') + '\n', lookup: lk }));
}
