/**
 * npm run parity — every module's property suite against both engines, the regression fixtures
 * and a replay of the sample corpus; writes reports/parity.{json,md,html} and saves each new
 * minimal counterexample under fixtures/regressions/.
 *
 *   npm run parity -- [--seed N] [--runs N] [--time-budget SECONDS] [--modules a,b]
 *                     [--replay FILE ...] [--replay-limit N] [--no-replay] [--workers N]
 *                     [--out DIR] [--no-save] [--min-property N] [--min-replay N]
 *                     [--coverage] [--min-branch-coverage PERCENT]
 *
 * --coverage builds a gcov-instrumented oracle, runs the same evidence against it in a child
 * process, and adds legacy line/branch coverage per module, uncovered branches and the hit
 * status of every porting hazard to the report.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { MODULES, isModuleName, FIXTURES_DIR, type ModuleName } from '../legacy-bridge/index.js';
import { buildReport, loadManifest, runParity, saveRegressions, toHtml, toMarkdown, DEFAULT_GATE_POLICY, type ParityReport } from '../differential/index.js';
import { enrichReport } from '../differential/report/enrich.js';
import { buildCoverageAddon, byModule, collectCoverage } from '../differential/coverage/legacy-coverage.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: String(Date.now() % 1_000_000_007) },
    runs: { type: 'string', default: '20000' },
    'time-budget': { type: 'string', default: '120' },
    modules: { type: 'string' },
    replay: { type: 'string', multiple: true },
    'replay-limit': { type: 'string' },
    'no-replay': { type: 'boolean', default: false },
    workers: { type: 'string' },
    out: { type: 'string', default: 'reports' },
    'no-save': { type: 'boolean', default: false },
    'min-property': { type: 'string', default: String(DEFAULT_GATE_POLICY.minPropertyCases) },
    'min-replay': { type: 'string', default: String(DEFAULT_GATE_POLICY.minReplayCases) },
    'min-branch-coverage': { type: 'string', default: '0' },
    coverage: { type: 'boolean', default: false },
  },
});
const policy = { minPropertyCases: Number(values['min-property']), minReplayCases: Number(values['min-replay']), minBranchCoverage: Number(values['min-branch-coverage']) };

function writeReports(report: ParityReport, dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, 'parity.json'), JSON.stringify(report, null, 2));
  writeFileSync(resolve(dir, 'parity.md'), toMarkdown(report));
  writeFileSync(resolve(dir, 'parity.html'), toHtml(report));
}

if (values.coverage) {
  // Parent: instrumented build, the evidence in a child (gcov data is written when it exits),
  // then coverage into the report.
  const dir = resolve(values.out, '.coverage-build');
  console.log(`coverage: building a gcov-instrumented oracle in ${dir} …`);
  let addon: string;
  try {
    addon = buildCoverageAddon(dir);
  } catch (e) {
    console.error(`parity --coverage: ${(e as Error & { code?: string }).code ?? 'error'}: ${(e as Error).message}`);
    process.exit(1);
  }
  const args = process.argv.slice(2).filter((a) => a !== '--coverage');
  const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), ...args], { stdio: 'inherit', env: { ...process.env, LEGACY_FILTER_ADDON: addon } });
  let files: ReturnType<typeof collectCoverage>;
  try {
    files = collectCoverage(dir);
  } catch (e) {
    console.error(`parity --coverage: ${(e as Error & { code?: string }).code ?? 'error'}: ${(e as Error).message}`);
    process.exit(1);
  }
  const report = JSON.parse(readFileSync(resolve(values.out, 'parity.json'), 'utf8')) as ParityReport;
  enrichReport(report, policy, files);
  writeReports(report, resolve(values.out));
  console.log('\nlegacy C++ coverage reached by this evidence:');
  for (const m of byModule(files)) console.log(`  ${m.module.padEnd(17)} lines ${m.linePercent.toFixed(1).padStart(5)}% (${m.lines.covered}/${m.lines.total})  branches ${m.branchPercent.toFixed(1).padStart(5)}% (${m.branches.covered}/${m.branches.total})  ${m.uncoveredBranches.length} lines with an untaken branch`);
  for (const m of report.modules) if (m.gate.next && !m.gate.allowed && policy.minBranchCoverage > 0) console.log(`  gate ${m.module}: ${m.gate.reasons.join('; ')}`);
  console.log(`report: ${resolve(values.out, 'parity.html')}`);
  process.exit(child.status === 0 && report.overall.verdict === 'pass' ? 0 : 1);
}

const modules: ModuleName[] = values.modules ? values.modules.split(',').map((m) => m.trim()).filter((m): m is ModuleName => {
  if (!isModuleName(m)) throw new Error(`--modules: unknown module ${m}`);
  return true;
}) : [...MODULES];
const defaultCorpus = resolve(FIXTURES_DIR, 'corpus/sample.jsonl');
const replayFiles = values['no-replay'] ? [] : values.replay ?? (existsSync(defaultCorpus) ? [defaultCorpus] : []);
const seed = Number(values.seed);
const config = {
  seed,
  runs: Number(values.runs),
  timeBudgetSeconds: Number(values['time-budget']),
  modules,
  replayFiles,
  replayLimit: values['replay-limit'] ? Number(values['replay-limit']) : undefined,
};

const bars = new cliProgress.MultiBar({ format: ' {name} |{bar}| {value}/{total} {unit}', hideCursor: true, clearOnComplete: false, stopOnComplete: false, noTTYOutput: true, notTTYSchedule: 5000 }, cliProgress.Presets.shades_classic);
const moduleBars = new Map<ModuleName, cliProgress.SingleBar>();
let replayBar: cliProgress.SingleBar | undefined;

const paths = { categories: resolve(FIXTURES_DIR, 'categories.db'), policy: resolve(FIXTURES_DIR, 'policy.ini'), phrases: resolve(FIXTURES_DIR, 'phrases.txt') };
console.log(`parity: seed ${seed}, ${config.runs} runs per cheap module, ${config.timeBudgetSeconds}s property budget, replay ${replayFiles.join(', ') || 'none'}`);
const result = await runParity({
  seed,
  runs: config.runs,
  timeBudgetMs: config.timeBudgetSeconds * 1000,
  modules,
  replayFiles,
  replayLimit: config.replayLimit,
  workers: values.workers ? Number(values.workers) : undefined,
  sourcePaths: paths,
  onPropertyProgress: (m, runs, target) => {
    let bar = moduleBars.get(m);
    if (!bar) {
      bar = bars.create(target, 0, { name: m.padEnd(16), unit: 'cases' });
      moduleBars.set(m, bar);
    }
    bar.update(Math.min(runs, target));
  },
  onReplayProgress: (records) => {
    if (!replayBar) replayBar = bars.create(config.replayLimit ?? 50_000, 0, { name: 'replay'.padEnd(16), unit: 'records' });
    if (records > replayBar.getTotal()) replayBar.setTotal(records);
    replayBar.update(records);
  },
});
bars.stop();

const report = enrichReport(buildReport(result.tally, loadManifest(), { ...policy, minBranchCoverage: 0 }, { ...config, replay: result.replay }), { ...policy, minBranchCoverage: 0 });
const out = resolve(values.out);
writeReports(report, out);
if (!values['no-save'] && result.counterexamples.length) {
  const added = saveRegressions(result.counterexamples);
  console.log(`saved ${added} new counterexample(s) under fixtures/regressions/ (npm test now replays them)`);
}
if (result.replay) console.log(`replay: ${result.replay.records} records in ${result.replay.seconds.toFixed(1)}s (${Math.round(result.replay.perSecond)}/s), ${result.replay.badLines} bad lines`);
console.log('\n' + report.overall.summary);
for (const m of report.modules) {
  const gate = m.gate.next ? `gate→${m.gate.next}: ${m.gate.allowed ? 'allowed' : 'refused (' + m.gate.reasons.join('; ') + ')'}` : '';
  console.log(`  ${m.module.padEnd(17)} ${String(m.totalCases).padStart(8)} cases  ${String(m.mismatches).padStart(4)} mismatches  ${gate}`);
}
console.log(`\nreport: ${resolve(out, 'parity.html')} (also parity.json, parity.md)`);
process.exitCode = report.overall.verdict === 'pass' ? 0 : 1;
