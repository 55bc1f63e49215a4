/**
 * npm run gate -- MODULE=STATE [--report reports/parity.json] [--min-property N] [--min-replay N] [--dry-run]
 *
 * Promotes a module in cutover.json only if the latest parity report supports it; demotions
 * (roll back) always pass. Exit 1 when refused.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isModuleName } from '../legacy-bridge/index.js';
import { CUTOVER_STATES, DEFAULT_GATE_POLICY, checkPromotion, loadManifest, saveManifest, type CutoverState, type ParityReport } from '../differential/index.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    report: { type: 'string', default: 'reports/parity.json' },
    'min-property': { type: 'string', default: String(DEFAULT_GATE_POLICY.minPropertyCases) },
    'min-replay': { type: 'string', default: String(DEFAULT_GATE_POLICY.minReplayCases) },
    'min-branch-coverage': { type: 'string', default: '0' },
    'dry-run': { type: 'boolean', default: false },
  },
});
const [spec] = positionals;
const m = spec ? /^([a-z_]+)=([a-z]+)$/.exec(spec) : null;
if (!m || !isModuleName(m[1]!) || !CUTOVER_STATES.includes(m[2] as CutoverState)) {
  console.error(`usage: gate MODULE=STATE  (STATE: ${CUTOVER_STATES.join('|')})`);
  process.exit(2);
}
const module = m[1]!;
const to = m[2] as CutoverState;
let report: ParityReport;
try {
  report = JSON.parse(readFileSync(values.report, 'utf8')) as ParityReport;
} catch {
  console.error(`gate: cannot read the parity report ${values.report}; run npm run parity first`);
  process.exit(1);
}
const manifest = loadManifest();
if (!isModuleName(module)) process.exit(2);
const result = checkPromotion(manifest, report, module, to, {
  minPropertyCases: Number(values['min-property']),
  minReplayCases: Number(values['min-replay']),
  minBranchCoverage: Number(values['min-branch-coverage']),
});
if (!result.allowed) {
  console.error(`gate: REFUSED ${module} ${result.from} → ${to}:\n  - ${result.reasons.join('\n  - ')}`);
  process.exit(1);
}
if (!values['dry-run']) {
  manifest.modules[module] = to;
  saveManifest(manifest);
}
console.log(`gate: ${module} ${result.from} → ${to} allowed${values['dry-run'] ? ' (dry run, manifest unchanged)' : '; cutover.json updated'} (report ${report.generatedAt})`);
