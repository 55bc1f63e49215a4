/**
 * npm run replay -- FILE... [--shard i/N] [--workers N] [--limit N] [--tally-out FILE] [--candidate MODULE]
 *
 * Runs recorded decision inputs (replay format v1, JSON Lines) through both engines in worker
 * threads, compares every module, prints throughput and mismatches; exit 1 on a mismatch.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { FIXTURES_DIR, MODULES } from '../legacy-bridge/index.js';
import { countRecords, formatDiff, parseShard, replay, show } from '../differential/index.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    shard: { type: 'string' },
    workers: { type: 'string' },
    limit: { type: 'string' },
    'tally-out': { type: 'string' },
    candidate: { type: 'string' },
    categories: { type: 'string', default: resolve(FIXTURES_DIR, 'categories.db') },
    policy: { type: 'string', default: resolve(FIXTURES_DIR, 'policy.ini') },
    phrases: { type: 'string', default: resolve(FIXTURES_DIR, 'phrases.txt') },
  },
});
if (positionals.length === 0) {
  console.error('usage: replay FILE... [--shard i/N] [--workers N] [--limit N] [--tally-out FILE]');
  process.exit(2);
}
const shard = values.shard ? parseShard(values.shard) : undefined;
const limit = values.limit ? Number(values.limit) : undefined;
const total = await countRecords(positionals, shard, limit);
const bar = new cliProgress.SingleBar({ format: ' replay |{bar}| {value}/{total} records | {rate}/s | eta {eta_formatted}', noTTYOutput: true, notTTYSchedule: 5000 }, cliProgress.Presets.shades_classic);
bar.start(total, 0, { rate: 0 });
const t0 = performance.now();
const result = await replay({
  files: positionals,
  sources: { categories: values.categories, policy: values.policy, phrases: values.phrases },
  shard,
  limit,
  candidate: values.candidate ? resolve(values.candidate) : undefined,
  workers: values.workers ? Number(values.workers) : undefined,
  onProgress: (n) => bar.update(n, { rate: Math.round(n / ((performance.now() - t0) / 1000)) }),
});
bar.stop();
console.log(`${result.records} records${shard ? ` (shard ${shard.index}/${shard.count})` : ''} in ${result.seconds.toFixed(2)}s on ${result.workers} workers: ${Math.round(result.perSecond)} records/s`);
let mismatches = 0;
for (const m of MODULES) {
  const t = result.tally[m];
  mismatches += t.mismatches;
  const div = Object.values(t.divergences).reduce((a, b) => a + b, 0);
  console.log(`  ${m.padEnd(17)} ${String(t.cases.replay).padStart(9)} compared  ${String(t.mismatches).padStart(5)} mismatches  ${div} divergences`);
  for (const ex of t.examples.slice(0, 3)) console.log(`    ${ex.cause} ×${ex.count}\n    input: ${show(ex.input)}\n${formatDiff(ex.diff)}`);
}
if (result.badLines.length) {
  console.log(`${result.badLines.length} unreadable line(s), e.g.:`);
  for (const b of result.badLines.slice(0, 5)) console.log(`  ${b.file}:${b.line}: ${b.message}`);
}
if (values['tally-out']) writeFileSync(values['tally-out'], JSON.stringify({ records: result.records, shard, tally: result.tally }));
process.exitCode = mismatches > 0 ? 1 : 0;
