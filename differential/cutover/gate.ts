/**
 * The cut-over gate: refuses a promotion (legacy -> ported -> retired) unless the latest parity
 * report shows zero unexplained mismatches for the module over at least a minimum number of
 * cases from both property and replay runs. Demotions (rolling back) are always allowed.
 */
import type { ModuleName } from '../../legacy-bridge/index.js';
import type { ParityReport } from '../report/model.js';
import { stateRank, type CutoverState, type Manifest } from './manifest.js';

export interface GatePolicy {
  minPropertyCases: number;
  minReplayCases: number;
  /** Issue 5 adds legacy branch coverage; 0 disables. */
  minBranchCoverage: number;
}

export const DEFAULT_GATE_POLICY: GatePolicy = { minPropertyCases: 10_000, minReplayCases: 50_000, minBranchCoverage: 0 };

export interface GateResult {
  module: ModuleName;
  from: CutoverState;
  to: CutoverState;
  allowed: boolean;
  reasons: string[];
}

/** Whether the report's evidence supports `module` being in state `to` (reasons if not). */
export function evidenceFor(report: ParityReport, module: ModuleName, policy: GatePolicy): string[] {
  const m = report.modules.find((x) => x.module === module);
  if (!m) return [`the report has no entry for ${module}`];
  const reasons: string[] = [];
  if (m.mismatches > 0) reasons.push(`${m.mismatches} unexplained mismatch(es) in the latest report`);
  if (m.cases.property < policy.minPropertyCases) reasons.push(`${m.cases.property} property cases < required ${policy.minPropertyCases}`);
  if (m.cases.replay < policy.minReplayCases) reasons.push(`${m.cases.replay} replay cases < required ${policy.minReplayCases}`);
  if (policy.minBranchCoverage > 0) {
    const cov = m.coverage?.branchPercent;
    if (cov === undefined) reasons.push('no legacy branch coverage in the report');
    else if (cov < policy.minBranchCoverage) reasons.push(`legacy branch coverage ${cov.toFixed(1)}% < required ${policy.minBranchCoverage}%`);
  }
  return reasons;
}

export function checkPromotion(manifest: Manifest, report: ParityReport, module: ModuleName, to: CutoverState, policy: GatePolicy = DEFAULT_GATE_POLICY): GateResult {
  const from = manifest.modules[module];
  if (stateRank(to) <= stateRank(from)) return { module, from, to, allowed: true, reasons: [] };
  const reasons = evidenceFor(report, module, policy);
  return { module, from, to, allowed: reasons.length === 0, reasons };
}
