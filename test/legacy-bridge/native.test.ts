/**
 * The native build: the same C++ sources without N-API compile with -Wall -Wextra -Werror, and
 * the native pipeline decides exactly as the TypeScript pipeline over the oracle (same summary
 * checksum over corpus requests).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EngineError, FIXTURES_DIR, LegacyEngine, bundledSources, decide, summarizeDecision } from '../../legacy-bridge/index.js';
import { parseRecord, toDecisionRequest } from '../../differential/index.js';
import { encodeNativeRequest } from '../../scripts/lib/native-inputs.js';

const dir = mkdtempSync(resolve(tmpdir(), 'native-'));
const bin = resolve(dir, 'filter-native');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('native build', () => {
  it('compiles without warnings (-Werror)', () => {
    const r = spawnSync(process.execPath, ['scripts/build-native.mjs'], { env: { ...process.env, WERROR: '1', NATIVE_OUT: bin }, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 180_000);

  it('decides like the TypeScript pipeline over the oracle', () => {
    const reqs = readFileSync(resolve(FIXTURES_DIR, 'corpus/sample.jsonl'), 'utf8').split('\n').filter(Boolean).slice(0, 1500).map((l, i) => toDecisionRequest(parseRecord(l, i + 1)));
    const legacy = LegacyEngine.fromSources(bundledSources());
    const expected = reqs.map((r) => {
      try {
        return summarizeDecision(decide(legacy, r));
      } catch (e) {
        if (!(e instanceof EngineError)) throw e;
        return 'throws|' + e.code;
      }
    });
    const inputs = resolve(dir, 'inputs.tsv');
    writeFileSync(inputs, reqs.map(encodeNativeRequest).join('\n') + '\n', 'latin1');
    const out = execFileSync(bin, ['--categories', resolve(FIXTURES_DIR, 'categories.db'), '--policy', resolve(FIXTURES_DIR, 'policy.ini'), '--phrases', resolve(FIXTURES_DIR, 'phrases.txt'), '--inputs', inputs, '--print'], { encoding: 'latin1', maxBuffer: 1 << 28 }).split('\n');
    const stats = JSON.parse(out[reqs.length]!) as { requests: number; errors: number };
    expect(stats.requests).toBe(reqs.length);
    expect(out.slice(0, reqs.length)).toEqual(expected);
  });
});
