import { show, formatDiff } from '../equality.js';
import type { ParityReport } from './model.js';

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The report as one self-contained HTML file (no external assets). */
export function toHtml(r: ParityReport): string {
  const pass = r.overall.verdict === 'pass';
  const rows = r.modules
    .map((m) => {
      const div = m.divergences.reduce((n, d) => n + d.count, 0);
      const gate = m.gate.next ? `<span class="${m.gate.allowed ? 'ok' : 'bad'}">→ ${m.gate.next} ${m.gate.allowed ? 'allowed' : 'refused'}</span>` : '—';
      const cov = m.coverage ? `${m.coverage.linePercent.toFixed(1)}% / ${m.coverage.branchPercent.toFixed(1)}%` : '—';
      return `<tr class="${m.mismatches ? 'failrow' : ''}"><td><a href="#${m.module}">${m.module}</a></td><td>${m.state}</td><td>${m.cases.property}</td><td>${m.cases.replay}</td><td>${m.cases.regression}</td><td>${m.mismatches}</td><td>${div}</td><td>${cov}</td><td>${gate}</td></tr>`;
    })
    .join('\n');
  const sections = r.modules
    .map((m) => {
      const examples = m.examples
        .map(
          (ex) => `<details ${m.examples.length < 4 ? 'open' : ''}><summary>${esc(ex.cause)} — ${ex.count}× from ${ex.source}${ex.shrunk ? ' (shrunk)' : ''}${ex.seed !== undefined ? ` — seed ${ex.seed}, path ${esc(String(ex.path))}` : ''}</summary>
<pre>input:  ${esc(show(ex.input))}
legacy: ${esc(show(ex.legacy))}
ported: ${esc(show(ex.ported))}
${esc(formatDiff(ex.diff))}</pre></details>`,
        )
        .join('\n');
      const divs = m.divergences.map((d) => `<li><code>${esc(d.id)}</code> ×${d.count} — ${esc(d.justification)} <em>(owner ${esc(d.owner)})</em></li>`).join('');
      const gate = m.gate.next ? `<p>Gate to <b>${m.gate.next}</b>: ${m.gate.allowed ? '<span class="ok">allowed</span>' : `<span class="bad">refused</span> — ${esc(m.gate.reasons.join('; '))}`}</p>` : '';
      const inv = m.inventory
        ? `<details><summary>${m.inventory.functions.length} legacy functions, ${m.inventory.unported.length} unported</summary><table><thead><tr><th>function</th><th>file:lines</th><th>branches</th><th>TypeScript</th></tr></thead><tbody>${m.inventory.functions
            .map((f) => `<tr><td>${esc(f.name)}</td><td>${esc(f.file)}:${f.lines}</td><td>${f.branches}</td><td>${f.ported.length ? esc(f.ported.join(', ')) : '<span class="bad">unported</span>'}</td></tr>`)
            .join('')}</tbody></table></details>
<details><summary>${m.inventory.hazards.length} porting hazards${m.coverage ? `, ${m.inventory.hazards.filter((h) => h.hit).length} executed by the evidence` : ''}</summary><ul>${m.inventory.hazards
            .map((h) => `<li>${h.hit === undefined ? '' : h.hit ? '<span class="ok">hit</span> ' : '<span class="bad">not hit</span> '}<code>${esc(h.file)}:${h.line}</code> ${esc(h.rule)} — ${esc(h.explanation)}<br><code>${esc(h.code)}</code></li>`)
            .join('')}</ul></details>`
        : '';
      const unc = m.coverage?.uncoveredBranches.length ? `<details><summary>${m.coverage.uncoveredBranches.length} uncovered legacy branches</summary><pre>${esc(m.coverage.uncoveredBranches.join('\n'))}</pre></details>` : '';
      return `<section id="${m.module}"><h2>${m.module} <small>${m.state}</small></h2>
<p>${m.totalCases} cases (${m.cases.property} property, ${m.cases.replay} replay, ${m.cases.regression} regression); ${m.mismatches} unexplained mismatches.</p>
${m.coverage ? `<p>Legacy coverage: ${m.coverage.linePercent.toFixed(1)}% lines, ${m.coverage.branchPercent.toFixed(1)}% branches.</p>` : ''}
${gate}${examples}${divs ? `<ul>${divs}</ul>` : ''}${inv}${unc}</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Parity report — ${pass ? 'PASS' : 'FAIL'}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#222}
.verdict{padding:1rem 1.2rem;border-radius:8px;font-size:1.2rem;margin-bottom:1rem}
.pass{background:#e6f6ea;border:1px solid #7cc68c}.fail{background:#fde8e8;border:1px solid #e08080}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:right}
th:first-child,td:first-child,td:nth-child(2){text-align:left}.failrow{background:#fff3f3}
.ok{color:#17813a;font-weight:600}.bad{color:#b42318;font-weight:600}
pre{background:#f6f8fa;padding:.6rem;overflow:auto;white-space:pre-wrap;word-break:break-all}
section{margin-top:2rem}small{color:#666;font-weight:normal}
</style></head><body>
<div class="verdict ${pass ? 'pass' : 'fail'}"><b>${pass ? 'PASS' : 'FAIL'}</b> — ${esc(r.overall.summary.replace(/^(PASS|FAIL): /, ''))}</div>
<p>Generated ${esc(r.generatedAt)}.</p><details><summary>Run configuration</summary><pre>${esc(JSON.stringify(r.config, null, 2))}</pre></details>
<table><thead><tr><th>module</th><th>state</th><th>property</th><th>replay</th><th>regression</th><th>mismatches</th><th>divergences</th><th>coverage (lines / branches)</th><th>gate</th></tr></thead>
<tbody>${rows}</tbody></table>
${sections}
</body></html>
`;
}
