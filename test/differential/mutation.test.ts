/**
 * The harness proves it catches bugs: single-point mutations planted in copies of the ported
 * modules (off-by-one at a limit, a changed constant, a dropped case fold, a dropped branch…)
 * must each be reported by the property runner with a shrunk counterexample.
 */
import { describe, expect, it } from 'vitest';
import { LegacyEngine, bundledSources, type ModuleName } from '../../legacy-bridge/index.js';
import { PortedEngine } from '../../ported/index.js';
import { CONTRACTS, EngineCache, emptyTally, runProperty, show } from '../../differential/index.js';
import { loadMutant, mutantEngine, mutantFactory, type Mutation } from '../../differential/mutants.js';

const M = (module: ModuleName, id: string, description: string, find: string, replace: string): Mutation => ({ id, module, description, find, replace });

export const MUTATIONS: Mutation[] = [
  M('url_canon', 'uc-port-limit', 'off-by-one at the port limit', 'if (p < 1 || p > 65535)', 'if (p < 1 || p > 65536)'),
  M('url_canon', 'uc-host-fold', 'dropped case fold of the host', 'host = lower(unescaped);', 'host = unescaped;'),
  M('url_canon', 'uc-aton-max', 'changed constant: one-part IPv4 maximum', "const lastMax = n === 1 ? 0xffffffff", "const lastMax = n === 1 ? 0x7fffffff"),
  M('url_canon', 'uc-escape-7f', 'off-by-one: 0x7f no longer escaped', 'if (c <= 0x20 || c >= 0x7f || c === 35', 'if (c <= 0x20 || c > 0x7f || c === 35'),
  M('category_lookup', 'cl-cap', 'changed constant: match cap', 'const MAX_MATCHES = 8;', 'const MAX_MATCHES = 2;'),
  M('category_lookup', 'cl-fold', 'dropped case fold of the host', 'const host = lower(input.host);', 'const host = input.host;'),
  M('category_lookup', 'cl-www', 'off-by-one in the www. strip', 'rules = db.exactHosts.get(host.slice(4));', 'rules = db.exactHosts.get(host.slice(3));'),
  M('category_lookup', 'cl-dedupe', 'dropped deduplication by category', 'if (matches[i]!.category === category) return', 'if (matches[i]!.category === -category) return'),
  M('search_terms', 'st-limit', 'off-by-one at the terms limit', 'const MAX_TERMS = 256;', 'const MAX_TERMS = 255;'),
  M('search_terms', 'st-fold', 'dropped case fold', 'const decoded = lower(percentDecode(raw, true));', 'const decoded = percentDecode(raw, true);'),
  M('search_terms', 'st-plus', "dropped '+' decoding", 'const decoded = lower(percentDecode(raw, true));', 'const decoded = lower(percentDecode(raw, false));'),
  M('search_terms', 'st-yahoo', 'changed constant: yahoo parameter', "return ['yahoo', 'p'];", "return ['yahoo', 'q'];"),
  M('phrase_score', 'ps-fold', 'dropped folding of the scanned text', "const text = ' ' + trim(foldText(raw)) + ' ';", "const text = ' ' + trim(raw) + ' ';"),
  M('phrase_score', 'ps-combo', 'changed constant: combination weight', 'total += pe.weight;', 'total += pe.weight * 2;'),
  M('phrase_score', 'ps-overlap', 'off-by-one: overlapping occurrences counted', 'pos = text.indexOf(p, pos + p.length);', 'pos = text.indexOf(p, pos + 1);'),
  M('policy_eval', 'pe-groups', 'dropped case fold of groups', 'groupsLower ??= input.groups.map(lower);', 'groupsLower ??= input.groups;'),
  M('policy_eval', 'pe-edge', 'off-by-one at a schedule end', 'return minute >= s.startMinute && minute < s.endMinute;', 'return minute >= s.startMinute && minute <= s.endMinute;'),
  M('policy_eval', 'pe-dst', 'changed constant: US DST start hour', 'const start = sundayOf(year, 3, 2) * MS_PER_DAY + 2 * MS_PER_HOUR;', 'const start = sundayOf(year, 3, 2) * MS_PER_DAY + 3 * MS_PER_HOUR;'),
  M('policy_eval', 'pe-threshold', 'off-by-one at the phrase threshold', 'input.phraseScore >= t.phraseThreshold', 'input.phraseScore > t.phraseThreshold'),
  M('safe_search', 'ss-google', 'changed constant: Google parameter value', "rewrite = ['safe', 'active'];", "rewrite = ['safe', 'on'];"),
  M('safe_search', 'ss-fold', 'dropped case fold of the host', 'const host = lower(input.host);', 'const host = input.host;'),
  M('safe_search', 'ss-empty', 'dropped branch: empty query', "if (pairs.length === 1 && pairs[0] === '') pairs[0] = wanted;\n    else pairs.push(wanted);", 'pairs.push(wanted);'),
  M('identity_headers', 'ih-underscore', 'dropped CGI underscore folding', 'if (c === 95) c = 45;', 'if (c === -95) c = 45;'),
  M('identity_headers', 'ih-length', 'off-by-one at the longest identity name', 'if (e - b < 13 || e - b > 22) return false;', 'if (e - b < 13 || e - b > 21) return false;'),
  M('identity_headers', 'ih-fold', 'dropped case fold of names', 'if (c >= 65 && c <= 90) c += 32;', ''),
  M('identity_headers', 'ih-lf', 'sanitizer keeps LF', "if ((c < 0x20 && c !== 9) || c === 0x7f) continue;", "if ((c < 0x20 && c !== 9 && c !== 10) || c === 0x7f) continue;"),
  M('block_page', 'bp-url-limit', 'off-by-one at the URL limit', 'const MAX_LINK_URL = 1024;', 'const MAX_LINK_URL = 1023;'),
  M('block_page', 'bp-sig', 'changed constant: signature length', 'const LINK_SIG_HEX = 16;', 'const LINK_SIG_HEX = 15;'),
  M('block_page', 'bp-ttl', 'off-by-one at the bypass lifetime', 'if (now - issued >= t.bypassTtlSeconds * 1000)', 'if (now - issued > t.bypassTtlSeconds * 1000)'),
  M('block_page', 'bp-dot', "dropped '.' from the unreserved set", 'c === 45 || c === 46 || c === 95', 'c === 45 || c === 95'),
];

const sources = bundledSources();
const legacy = LegacyEngine.fromSources(sources);
const ported = PortedEngine.fromSources(sources);

describe('mutation self-test', () => {
  it('has at least three mutations per module', () => {
    for (const m of Object.keys(CONTRACTS) as ModuleName[]) expect(MUTATIONS.filter((x) => x.module === m).length, m).toBeGreaterThanOrEqual(3);
  });

  for (const mut of MUTATIONS) {
    it(`catches ${mut.id} (${mut.module}: ${mut.description}) with a shrunk counterexample`, async () => {
      const fn = await loadMutant(mut);
      const engines = { legacy, ported: mutantEngine(ported, mut.module, fn), cache: new EngineCache((s) => LegacyEngine.fromSources(s), mutantFactory(mut.module, fn)) };
      const tally = emptyTally();
      const r = runProperty(CONTRACTS[mut.module] as never, engines, tally, { seed: 1234, numRuns: 20_000, timeBudgetMs: 20_000, maxCauses: 1 });
      expect(r.counterexamples.length, `${mut.id} was not caught in ${r.runs} runs`).toBeGreaterThanOrEqual(1);
      const ex = r.counterexamples[0]!;
      expect(ex.shrunk).toBe(true);
      expect(ex.module).toBe(mut.module);
      expect(ex.seed).toBeTypeOf('number');
      expect(ex.diff.length, show(ex)).toBeGreaterThan(0);
    });
  }
});
