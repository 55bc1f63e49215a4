/**
 * npm run bench — every benchmark of the project in one go, one table of figures and ratios
 * measured side by side in this run, and the results as JSON beside it (reports/bench.json).
 *
 *   npm run bench -- [--records 1000000] [--proxy-seconds 6]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cpus } from 'node:os';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { records: { type: 'string', default: '1000000' }, 'proxy-seconds': { type: 'string', default: '6' }, out: { type: 'string', default: 'reports' } } });
const out = resolve(ROOT, values.out);
mkdirSync(out, { recursive: true });

function run(script: string, args: string[]): unknown {
  const json = resolve(out, `bench-${script}.json`);
  console.error(`\n=== bench/${script}.ts ===`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', resolve(ROOT, `bench/${script}.ts`), ...args, '--json', json], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`bench/${script}.ts failed (${r.status})`);
  return JSON.parse(readFileSync(json, 'utf8'));
}

interface Pipeline { nsPerRequest: { native: number; oracle: number; port: number }; ratios: { portVsOracle: number; portVsNative: number }; load: { nativeMs: number; legacy: { loadMs: number; rssMB: number }; ported: { loadMs: number; rssMB: number } }; disagreements: number }
interface Differential { aggregate: number; replay: { records: number; seconds: number; perSecond: number; workers: number; mismatches: number } }
interface ProxyRow { mode: string; rps: number; p50: number; p99: number; errors: number; compared?: number }
interface Proxy { rows: ProxyRow[]; shadowCost: number }

const pipeline = run('pipeline', []) as Pipeline;
const differential = run('differential', ['--records', values.records]) as Differential;
const proxy = run('proxy', ['--seconds', values['proxy-seconds']]) as Proxy;

const row = (label: string, value: string, note = '') => console.log(`| ${label.padEnd(46)} | ${value.padStart(20)} | ${note}`);
const ns = (x: number) => `${(x / 1000).toFixed(1)} µs/request`;
console.log(`\n## Baseline, ${new Date().toISOString()} — ${cpus().length} cores (${cpus()[0]?.model ?? 'cpu'}), Node ${process.version}\n`);
console.log(`| ${'measure'.padEnd(46)} | ${'figure'.padStart(20)} | ratio / target`);
console.log(`|${'-'.repeat(48)}|${'-'.repeat(22)}|---`);
row('pipeline: native C++ (filter-native)', ns(pipeline.nsPerRequest.native), 'the limit');
row('pipeline: legacy through the N-API oracle', ns(pipeline.nsPerRequest.oracle));
row('pipeline: TypeScript port', ns(pipeline.nsPerRequest.port), `${pipeline.ratios.portVsOracle.toFixed(2)}x oracle speed (>= 1), ${pipeline.ratios.portVsNative.toFixed(2)}x native (>= 0.5)`);
row('engine load: native / oracle / port', `${pipeline.load.nativeMs.toFixed(0)} / ${pipeline.load.legacy.loadMs.toFixed(0)} / ${pipeline.load.ported.loadMs.toFixed(0)} ms`, `rss +${pipeline.load.legacy.rssMB.toFixed(0)} MB oracle, +${pipeline.load.ported.rssMB.toFixed(0)} MB port`);
row('differential comparisons, cheap modules', `${Math.round(differential.aggregate)} /s`, 'one core (>= 100,000)');
row(`replay, ${differential.replay.records} requests, ${differential.replay.workers} workers`, `${differential.replay.seconds.toFixed(1)} s`, `${Math.round(differential.replay.perSecond)} requests/s (1M in <= 60 s), ${differential.replay.mismatches} mismatches`);
const byMode = new Map(proxy.rows.map((r) => [r.mode, r]));
const plain = byMode.get('plain forwarding');
for (const r of proxy.rows) {
  const rel = plain ? `${((100 * r.rps) / plain.rps).toFixed(0)} % of plain forwarding` : '';
  row(`proxy: ${r.mode}`, `${Math.round(r.rps)} req/s`, `p50 ${r.p50} ms, p99 ${r.p99} ms; ${rel}${r.compared !== undefined ? `; ${(100 * r.compared).toFixed(0)} % compared` : ''}`);
}
row('proxy: shadow cost vs port alone', `${(100 * proxy.shadowCost).toFixed(1)} %`, '<= 15 %');
const e2g = byMode.get('e2guardian 5.3');
const alone = byMode.get('port decides alone');
if (e2g && alone) row('proxy: port alone vs e2guardian 5.3', `${(alone.rps / e2g.rps).toFixed(2)}x`, 'throughput ratio, same load and upstream');

writeFileSync(resolve(out, 'bench.json'), JSON.stringify({ at: new Date().toISOString(), cores: cpus().length, node: process.version, pipeline, differential, proxy }, null, 2));
console.log(`\nresults: ${resolve(out, 'bench.json')}`);
