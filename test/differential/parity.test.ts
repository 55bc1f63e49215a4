/**
 * The evidence in npm test: a bounded property run of every module, every saved regression
 * fixture, and a replay of the head of the sample corpus across worker threads and shards.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR, MODULES, bundledSources } from '../../legacy-bridge/index.js';
import { CONTRACTS, compareCase, emptyTally, formatDiff, loadRegressions, makeEngines, replay, runProperty, show, toPropertyCase } from '../../differential/index.js';

const RUNS = Number(process.env.PARITY_TEST_RUNS ?? 300);
const engines = makeEngines(bundledSources());
const paths = { categories: resolve(FIXTURES_DIR, 'categories.db'), policy: resolve(FIXTURES_DIR, 'policy.ini'), phrases: resolve(FIXTURES_DIR, 'phrases.txt') };
const corpus = resolve(FIXTURES_DIR, 'corpus/sample.jsonl');

describe('bounded property run', () => {
  for (const m of MODULES) {
    it(`${m}: ${RUNS} generated cases, no unexplained mismatch`, () => {
      const tally = emptyTally();
      const r = runProperty(CONTRACTS[m] as never, engines, tally, { seed: 20261124, numRuns: RUNS, timeBudgetMs: 60_000, maxCauses: 3 });
      const shown = r.counterexamples.map((ex) => `${ex.cause}\ninput: ${show(ex.input)}\n${formatDiff(ex.diff)}`).join('\n\n');
      expect(r.counterexamples, shown).toEqual([]);
      expect(tally[m].cases.property).toBeGreaterThanOrEqual(Math.min(RUNS, r.runs));
    });
  }
});

describe('regression fixtures', () => {
  const cases = loadRegressions();
  it('every saved counterexample now agrees (or is a declared divergence)', () => {
    const failing = cases
      .map((rc) => ({ rc, obs: compareCase(rc.module, toPropertyCase(rc), engines) }))
      .filter(({ obs }) => !obs.equal && !obs.divergence)
      .map(({ rc, obs }) => `${rc.module} ${rc.cause}: ${show(rc.input)} legacy ${show(obs.control)} ported ${show(obs.candidate)}`);
    expect(failing).toEqual([]);
  });
});

describe('replay', () => {
  it('replays the head of the sample corpus on two workers with no mismatch', async () => {
    const r = await replay({ files: [corpus], sources: paths, workers: 2, limit: 3000 });
    expect(r.records).toBe(3000);
    expect(r.badLines).toEqual([]);
    for (const m of MODULES) expect(r.tally[m].mismatches, `${m}: ${show(r.tally[m].examples[0])}`).toBe(0);
    expect(r.tally.url_canon.cases.replay).toBe(3000);
  });

  it('shards partition the corpus exactly', async () => {
    const dir = mkdtempSync(resolve(tmpdir(), 'shards-'));
    const head = resolve(dir, 'head.jsonl');
    writeFileSync(head, readFileSync(corpus, 'utf8').split('\n').slice(0, 1000).join('\n') + '\n');
    const counts = [];
    for (let i = 0; i < 3; i++) counts.push((await replay({ files: [head], sources: paths, workers: 1, shard: { index: i, count: 3 } })).records);
    expect(counts).toEqual([334, 333, 333]);
    rmSync(dir, { recursive: true, force: true });
  });
});
