/**
 * The decision pipeline three ways, side by side in one run, on the bundled fixtures and the
 * head of the sample corpus: the TypeScript port, the legacy engine through the N-API oracle,
 * and the native C++ build (filter-native). Prints ns/request and the ratios, plus engine load
 * time and memory for both engines (each measured in a fresh child process).
 *
 *   npx tsx bench/pipeline.ts [--requests 20000] [--rounds 5] [--json FILE]
 *
 * Targets (issue 3): port >= oracle speed; port >= 0.5x native speed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EngineError, FIXTURES_DIR, LegacyEngine, bundledSources, decide, summarizeDecision, type DecisionRequest, type RuleEngine } from '../legacy-bridge/index.js';
import { PortedEngine } from '../ported/index.js';
import { parseRecord, toDecisionRequest } from '../differential/index.js';
import { encodeNativeRequest } from '../scripts/lib/native-inputs.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { requests: { type: 'string', default: '20000' }, rounds: { type: 'string', default: '5' }, json: { type: 'string' }, probe: { type: 'string' } } });

// Child mode: load one engine in a fresh process and report load time and memory growth.
if (values.probe) {
  const sources = bundledSources();
  globalThis.gc?.();
  const before = process.memoryUsage();
  const t0 = performance.now();
  const engine: RuleEngine = values.probe === 'legacy' ? LegacyEngine.fromSources(sources) : PortedEngine.fromSources(sources);
  const loadMs = performance.now() - t0;
  globalThis.gc?.();
  const after = process.memoryUsage();
  console.log(JSON.stringify({ engine: values.probe, loadMs, rssMB: (after.rss - before.rss) / 2 ** 20, heapMB: (after.heapUsed - before.heapUsed) / 2 ** 20, rules: engine.stats().rules }));
  process.exit(0);
}

function probe(kind: string): { loadMs: number; rssMB: number; heapMB: number } {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--probe', kind], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!);
}

function fnv(lines: string[]): string {
  let h = 2166136261;
  for (const line of lines) {
    for (let i = 0; i < line.length; i++) {
      h ^= line.charCodeAt(i);
      h = Math.imul(h, 16777619) >>> 0;
    }
  }
  return h.toString(16).padStart(8, '0');
}

function runAll(engine: RuleEngine, reqs: DecisionRequest[], collect?: string[]): number {
  const t0 = process.hrtime.bigint();
  for (const r of reqs) {
    let line: string;
    try {
      line = summarizeDecision(decide(engine, r));
    } catch (e) {
      if (!(e instanceof EngineError)) throw e;
      line = 'throws|' + e.code;
    }
    collect?.push(line);
  }
  return Number(process.hrtime.bigint() - t0);
}

const n = Number(values.requests);
const rounds = Number(values.rounds);
const corpus = readFileSync(resolve(FIXTURES_DIR, 'corpus/sample.jsonl'), 'utf8').split('\n').filter(Boolean).slice(0, n);
const reqs = corpus.map((l, i) => toDecisionRequest(parseRecord(l, i + 1)));
const sources = bundledSources();
const legacy = LegacyEngine.fromSources(sources);
const ported = PortedEngine.fromSources(sources);

// Same decisions first: the benchmark is meaningless if the engines disagree.
const legacyLines: string[] = [];
const portedLines: string[] = [];
runAll(legacy, reqs, legacyLines);
runAll(ported, reqs, portedLines);
const disagreements = legacyLines.filter((l, i) => l !== portedLines[i]).length;

const best = { legacy: Infinity, ported: Infinity };
for (let r = 0; r < rounds; r++) {
  best.legacy = Math.min(best.legacy, runAll(legacy, reqs) / reqs.length);
  best.ported = Math.min(best.ported, runAll(ported, reqs) / reqs.length);
}

// Native: same requests through filter-native (built if missing).
const nativeBin = resolve(ROOT, 'build-native/filter-native');
if (!existsSync(nativeBin)) spawnSync(process.execPath, [resolve(ROOT, 'scripts/build-native.mjs')], { stdio: 'inherit' });
const dir = mkdtempSync(resolve(tmpdir(), 'bench-'));
const inputs = resolve(dir, 'inputs.tsv');
writeFileSync(inputs, reqs.map(encodeNativeRequest).join('\n') + '\n', 'latin1');
const nativeArgs = ['--categories', resolve(FIXTURES_DIR, 'categories.db'), '--policy', resolve(FIXTURES_DIR, 'policy.ini'), '--phrases', resolve(FIXTURES_DIR, 'phrases.txt'), '--inputs', inputs, '--repeat', String(rounds)];
const nativeOut = JSON.parse(execFileSync(nativeBin, nativeArgs, { encoding: 'latin1', maxBuffer: 1 << 30 }).trim().split('\n').pop()!) as { nsPerRequest: number; checksum: string; loadSeconds: number };
const nativeChecksumMatches = nativeOut.checksum === fnv(legacyLines);

const loadLegacy = probe('legacy');
const loadPorted = probe('ported');

const fmt = (x: number) => x.toFixed(0).padStart(9);
const rows = [
  ['native C++ (filter-native)', nativeOut.nsPerRequest],
  ['legacy via N-API oracle', best.legacy],
  ['TypeScript port', best.ported],
] as const;
console.log(`decision pipeline, ${reqs.length} corpus requests, best of ${rounds} rounds`);
for (const [name, ns] of rows) console.log(`  ${name.padEnd(28)} ${fmt(ns)} ns/request  ${fmt(1e9 / ns)} requests/s`);
const portVsOracle = best.legacy / best.ported;
const portVsNative = nativeOut.nsPerRequest / best.ported;
console.log(`  port speed / oracle speed    ${portVsOracle.toFixed(2)}x   (target >= 1.00)  ${portVsOracle >= 1 ? 'OK' : 'MISSED'}`);
console.log(`  port speed / native speed    ${portVsNative.toFixed(2)}x   (target >= 0.50)  ${portVsNative >= 0.5 ? 'OK' : 'MISSED'}`);
console.log(`  decisions legacy vs port: ${disagreements} disagreements; native checksum ${nativeChecksumMatches ? 'matches' : 'DIFFERS FROM'} the oracle's`);
console.log(`engine load (bundled fixtures, fresh process)`);
console.log(`  native C++                   ${(nativeOut.loadSeconds * 1000).toFixed(0).padStart(6)} ms`);
console.log(`  legacy via N-API             ${loadLegacy.loadMs.toFixed(0).padStart(6)} ms   rss +${loadLegacy.rssMB.toFixed(1)} MB`);
console.log(`  TypeScript port              ${loadPorted.loadMs.toFixed(0).padStart(6)} ms   rss +${loadPorted.rssMB.toFixed(1)} MB, heap +${loadPorted.heapMB.toFixed(1)} MB`);
const result = {
  requests: reqs.length,
  rounds,
  nsPerRequest: { native: nativeOut.nsPerRequest, oracle: best.legacy, port: best.ported },
  ratios: { portVsOracle, portVsNative },
  disagreements,
  nativeChecksumMatches,
  load: { nativeMs: nativeOut.loadSeconds * 1000, legacy: loadLegacy, ported: loadPorted },
};
if (values.json) writeFileSync(values.json, JSON.stringify(result, null, 2));
