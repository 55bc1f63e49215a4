import { describe, expect, it } from 'vitest';
import {
  buildReport,
  checkPromotion,
  deepEqual,
  diff,
  emptyTally,
  observe,
  parseManifest,
  parseRecord,
  parseShard,
  record,
  toHtml,
  toMarkdown,
  ReplayFormatError,
  ManifestError,
  ShardSpecError,
  withDivergences,
  type Manifest,
} from '../../differential/index.js';
import { MODULES } from '../../legacy-bridge/index.js';

const manifest: Manifest = { version: 1, modules: Object.fromEntries(MODULES.map((m) => [m, 'legacy'])) as Manifest['modules'] };
const policy = { minPropertyCases: 10, minReplayCases: 5, minBranchCoverage: 0 };
const input = { method: 'GET', target: 'http://a/', hostHeader: '' };
const okA = { ok: true as const, value: { ok: false as const, error: 'E_X', flags: [] } };
const okB = { ok: true as const, value: { ok: false as const, error: 'E_Y', flags: [] } };

describe('equality and diff', () => {
  it('ignores key order, compares bytes exactly', () => {
    expect(deepEqual({ a: 1, b: 'x\xff' }, { b: 'x\xff', a: 1 })).toBe(true);
    expect(deepEqual({ a: 'x\xff' }, { a: 'x\xfe' })).toBe(false);
    expect(deepEqual([1, 2], [1, 2, 3])).toBe(false);
  });
  it('names the differing paths with escaped bytes', () => {
    expect(diff({ m: [{ line: 1 }, { line: 2 }] }, { m: [{ line: 1 }, { line: 3 }] })).toEqual([{ path: 'm[1].line', control: '2', candidate: '3' }]);
    expect(diff({ s: 'a\x00' }, { s: 'a' })[0]).toEqual({ path: 's', control: '"a\\\\x00"', candidate: '"a"' });
  });
});

describe('tally', () => {
  it('counts cases, dedupes mismatches by cause, keeps divergences apart', () => {
    const t = emptyTally();
    record(t, observe('url_canon', input, okA, okA), 'property');
    record(t, observe('url_canon', input, okA, okB), 'property');
    record(t, observe('url_canon', { ...input, target: 'x' }, okA, okB), 'replay');
    expect(t.url_canon.cases).toEqual({ property: 2, replay: 1, regression: 0 });
    expect(t.url_canon.mismatches).toBe(2);
    expect(t.url_canon.examples).toHaveLength(1);
    expect(t.url_canon.examples[0]!.count).toBe(2);
    withDivergences([{ id: 'd1', module: 'url_canon', owner: 'me', justification: 'fixed on purpose', matches: () => true }], () => {
      record(t, observe('url_canon', input, okA, okB), 'replay');
    });
    expect(t.url_canon.divergences).toEqual({ d1: 1 });
    expect(t.url_canon.mismatches).toBe(2);
  });
});

describe('regression fixtures', () => {
  it('saves each new counterexample once and replays it', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { resolve } = await import('node:path');
    const { saveRegressions, loadRegressions } = await import('../../differential/index.js');
    const dir = mkdtempSync(resolve(tmpdir(), 'regressions-'));
    const t = emptyTally();
    const ex = record(t, observe('url_canon', input, okA, okB), 'property', { seed: 9, path: '1:2', shrunk: true })!;
    expect(saveRegressions([ex], dir)).toBe(1);
    expect(saveRegressions([ex], dir)).toBe(0);
    const loaded = loadRegressions(dir);
    rmSync(dir, { recursive: true, force: true });
    expect(loaded).toHaveLength(1);
    expect(loaded[0]).toMatchObject({ module: 'url_canon', input, seed: 9, path: '1:2', cause: ex.cause });
  });
});

describe('replay format', () => {
  const good = '{"v":1,"ts":1700000000000,"tenant":"t","user":"u","groups":["g"],"method":"GET","target":"http://a/\\u00ff","headers":[["Host","a"]]}';
  it('parses a v1 record with byte strings', () => {
    expect(parseRecord(good, 1)).toMatchObject({ v: 1, target: 'http://a/\xff', headers: [['Host', 'a']] });
  });
  it('rejects bad lines with a typed error naming the line', () => {
    for (const bad of ['nope', '[]', good.replace('"v":1', '"v":2'), good.replace('\\u00ff', '\\u0100'), good.replace('"ts":1700000000000', '"ts":1.5'), good.replace('[["Host","a"]]', '[["Host"]]')]) {
      let e: unknown;
      try {
        parseRecord(bad, 7);
      } catch (x) {
        e = x;
      }
      expect(e).toBeInstanceOf(ReplayFormatError);
      expect((e as ReplayFormatError).line).toBe(7);
      expect((e as ReplayFormatError).code).toBe('E_REPLAY_FORMAT');
    }
  });
  it('parses shard specs', () => {
    expect(parseShard('1/4')).toEqual({ index: 1, count: 4 });
    expect(() => parseShard('4/4')).toThrow(ShardSpecError);
    expect(() => parseShard('x')).toThrow(ShardSpecError);
  });
});

describe('manifest and gate', () => {
  it('validates the manifest', () => {
    expect(() => parseManifest('{"version":1,"modules":{"url_canon":"legacy"}}')).toThrow(ManifestError);
    expect(() => parseManifest(JSON.stringify({ version: 1, modules: { ...manifest.modules, url_canon: 'gone' } }))).toThrow(ManifestError);
    expect(parseManifest(JSON.stringify(manifest)).modules.url_canon).toBe('legacy');
  });

  it('refuses a promotion without enough evidence or with a mismatch, allows it with both, always allows a rollback', () => {
    const t = emptyTally();
    for (let i = 0; i < 10; i++) record(t, observe('url_canon', input, okA, okA), 'property');
    let report = buildReport(t, manifest, policy, {});
    let r = checkPromotion(manifest, report, 'url_canon', 'ported', policy);
    expect(r.allowed).toBe(false);
    expect(r.reasons.join()).toMatch(/0 replay cases < required 5/);
    for (let i = 0; i < 5; i++) record(t, observe('url_canon', input, okA, okA), 'replay');
    report = buildReport(t, manifest, policy, {});
    expect(checkPromotion(manifest, report, 'url_canon', 'ported', policy).allowed).toBe(true);
    record(t, observe('url_canon', input, okA, okB), 'replay');
    report = buildReport(t, manifest, policy, {});
    r = checkPromotion(manifest, report, 'url_canon', 'ported', policy);
    expect(r.allowed).toBe(false);
    expect(r.reasons.join()).toMatch(/1 unexplained mismatch/);
    const ported: Manifest = { version: 1, modules: { ...manifest.modules, url_canon: 'ported' } };
    expect(checkPromotion(ported, report, 'url_canon', 'legacy', policy).allowed).toBe(true);
  });
});

describe('parity report', () => {
  it('puts the verdict on top and shows counterexamples with both outputs, in self-contained HTML', () => {
    const t = emptyTally();
    record(t, observe('url_canon', input, okA, okB), 'property', { seed: 3, path: '0:1', shrunk: true });
    const report = buildReport(t, manifest, policy, { seed: 3 });
    expect(report.overall.verdict).toBe('fail');
    const md = toMarkdown(report);
    expect(md).toMatch(/^# Parity report — ❌ FAIL/);
    expect(md).toContain('seed 3 path 0:1');
    expect(md).toContain('E_Y');
    const html = toHtml(report);
    expect(html).toMatch(/<div class="verdict fail"><b>FAIL<\/b>/);
    expect(html).not.toMatch(/<script src|<link /);
    expect(html).toContain('E_X');
  });
});
