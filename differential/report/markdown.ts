import { formatDiff } from '../equality.js';
import { show } from '../equality.js';
import type { ParityReport } from './model.js';

/** The report as Markdown for a pull request. */
export function toMarkdown(r: ParityReport): string {
  const out: string[] = [];
  out.push(`# Parity report — ${r.overall.verdict === 'pass' ? '✅ PASS' : '❌ FAIL'}`, '', r.overall.summary, '', `Generated ${r.generatedAt}.`, '');
  out.push('| module | state | property | replay | regression | mismatches | divergences | gate |', '|---|---|---:|---:|---:|---:|---:|---|');
  for (const m of r.modules) {
    const gate = m.gate.next ? (m.gate.allowed ? `→ ${m.gate.next} allowed` : `→ ${m.gate.next} refused`) : '—';
    const div = m.divergences.reduce((n, d) => n + d.count, 0);
    out.push(`| ${m.module} | ${m.state} | ${m.cases.property} | ${m.cases.replay} | ${m.cases.regression} | ${m.mismatches} | ${div} | ${gate} |`);
  }
  for (const m of r.modules) {
    if (m.mismatches === 0 && m.divergences.length === 0 && m.gate.reasons.length === 0 && !m.coverage && !m.inventory) continue;
    out.push('', `## ${m.module}`, '');
    if (m.coverage) out.push(`Legacy coverage: ${m.coverage.linePercent.toFixed(1)}% lines, ${m.coverage.branchPercent.toFixed(1)}% branches (${m.coverage.uncoveredBranches.length} lines with an untaken branch).`, '');
    if (m.inventory) {
      out.push(`Legacy functions: ${m.inventory.functions.length}, unported: ${m.inventory.unported.length ? m.inventory.unported.join(', ') : 'none'}.`, '');
      const hits = m.inventory.hazards.filter((h) => h.hit).length;
      out.push(`Porting hazards: ${m.inventory.hazards.length}${m.coverage ? ` (${hits} executed by the evidence)` : ''}.`, '');
      for (const h of m.inventory.hazards.slice(0, 30)) out.push(`- ${h.hit === undefined ? '' : h.hit ? '✅ hit ' : '⚠️ not hit '}\`${h.file}:${h.line}\` ${h.rule}: ${h.explanation}`);
      out.push('');
    }
    for (const ex of m.examples) {
      out.push(`### ${ex.cause} (${ex.count}×, from ${ex.source}${ex.shrunk ? ', shrunk' : ''}${ex.seed !== undefined ? `, seed ${ex.seed} path ${ex.path}` : ''})`, '');
      out.push('```', `input:  ${show(ex.input)}`, `legacy: ${show(ex.legacy)}`, `ported: ${show(ex.ported)}`, formatDiff(ex.diff), '```', '');
    }
    for (const d of m.divergences) out.push(`- divergence \`${d.id}\` ×${d.count} — ${d.justification} (owner: ${d.owner})`);
    if (m.gate.reasons.length) out.push('', `Gate to ${m.gate.next}: refused — ${m.gate.reasons.join('; ')}.`);
  }
  return out.join('\n') + '\n';
}
