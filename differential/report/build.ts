import { MODULES } from '../../legacy-bridge/index.js';
import { CUTOVER_STATES, type Manifest } from '../cutover/manifest.js';
import { evidenceFor, type GatePolicy } from '../cutover/gate.js';
import { listDivergences } from '../divergences.js';
import type { Tally } from '../tally.js';
import { REPORT_VERSION, type ModuleReport, type ParityReport } from './model.js';

export function buildReport(tally: Tally, manifest: Manifest, policy: GatePolicy, config: Record<string, unknown>): ParityReport {
  const declared = new Map(listDivergences().map((d) => [d.id, d]));
  const modules: ModuleReport[] = MODULES.map((module) => {
    const t = tally[module];
    const state = manifest.modules[module];
    const idx = CUTOVER_STATES.indexOf(state);
    const next = idx + 1 < CUTOVER_STATES.length ? CUTOVER_STATES[idx + 1]! : null;
    const partial: ModuleReport = {
      module,
      state,
      cases: { ...t.cases },
      totalCases: t.cases.property + t.cases.replay + t.cases.regression,
      mismatches: t.mismatches,
      examples: t.examples,
      divergences: Object.entries(t.divergences).map(([id, count]) => ({
        id,
        count,
        justification: declared.get(id)?.justification ?? '(undeclared)',
        owner: declared.get(id)?.owner ?? '(unknown)',
      })),
      gate: { next, allowed: false, reasons: [] },
    };
    return partial;
  });
  const report: ParityReport = {
    version: REPORT_VERSION,
    generatedAt: new Date().toISOString(),
    config,
    overall: { verdict: 'pass', cases: 0, mismatches: 0, divergences: 0, summary: '' },
    modules,
  };
  for (const m of modules) {
    if (m.gate.next) {
      m.gate.reasons = evidenceFor(report, m.module, policy);
      m.gate.allowed = m.gate.reasons.length === 0;
    }
    report.overall.cases += m.totalCases;
    report.overall.mismatches += m.mismatches;
    report.overall.divergences += m.divergences.reduce((n, d) => n + d.count, 0);
  }
  report.overall.verdict = report.overall.mismatches === 0 ? 'pass' : 'fail';
  const failing = modules.filter((m) => m.mismatches > 0).map((m) => m.module);
  report.overall.summary =
    report.overall.verdict === 'pass'
      ? `PASS: ${report.overall.cases} cases over ${modules.length} modules, no unexplained mismatch (${report.overall.divergences} declared divergences).`
      : `FAIL: ${report.overall.mismatches} unexplained mismatch(es) in ${failing.join(', ')} over ${report.overall.cases} cases.`;
  return report;
}
