/**
 * Adds the legacy inventory (function map, hazards) and, when measured, C++ coverage to a
 * parity report, marks each hazard by whether the evidence executed its line, and re-evaluates
 * the gate with the coverage requirement.
 */
import { evidenceFor, type GatePolicy } from '../cutover/gate.js';
import { byModule, type FileCoverage } from '../coverage/legacy-coverage.js';
import { buildInventory } from '../inventory/inventory.js';
import type { ParityReport } from './model.js';

export function enrichReport(report: ParityReport, policy: GatePolicy, coverage?: FileCoverage[]): ParityReport {
  const inv = buildInventory();
  const executed = new Map<string, Set<number>>();
  for (const f of coverage ?? []) executed.set(f.file, new Set(f.executed));
  const perModule = coverage ? byModule(coverage) : undefined;
  for (const m of report.modules) {
    const fns = inv.functions.filter((f) => f.module === m.module);
    m.inventory = {
      functions: fns.map((f) => ({ name: f.name, file: f.file, lines: `${f.startLine}-${f.endLine}`, branches: f.branches, ported: f.ported.map((p) => `${p.file}:${p.line} ${p.name}`) })),
      unported: fns.filter((f) => f.ported.length === 0).map((f) => `${f.file} ${f.name}`),
      hazards: inv.hazards
        .filter((h) => h.module === m.module)
        .map((h) => ({ rule: h.rule, file: h.file, line: h.line, code: h.code, explanation: h.explanation, ...(coverage ? { hit: executed.get(h.file)?.has(h.line) ?? false } : {}) })),
    };
    const mc = perModule?.find((x) => x.module === m.module);
    if (mc) m.coverage = { linePercent: mc.linePercent, branchPercent: mc.branchPercent, uncoveredBranches: mc.uncoveredBranches };
    if (m.gate.next) {
      m.gate.reasons = evidenceFor(report, m.module, policy);
      m.gate.allowed = m.gate.reasons.length === 0;
    }
  }
  report.config = { ...report.config, minBranchCoverage: policy.minBranchCoverage, coverageMeasured: Boolean(coverage), orphanTags: inv.orphanTags.length };
  return report;
}
