/**
 * npm run inventory — the legacy inventory and porting hazards, without running anything else.
 *
 *   npm run inventory -- [--json FILE] [--module NAME]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildInventory } from '../differential/inventory/inventory.js';

const { values } = parseArgs({ options: { json: { type: 'string' }, module: { type: 'string' } } });
const inv = buildInventory();
const want = (m: string) => !values.module || m === values.module;
console.log('Legacy functions (module, file:lines, branches → TypeScript counterpart)');
for (const f of inv.functions.filter((x) => want(x.module))) {
  const ported = f.ported.length ? f.ported.map((p) => `${p.file}:${p.line} ${p.name}`).join(', ') : 'UNPORTED';
  console.log(`  ${f.module.padEnd(16)} ${`${f.file}:${f.startLine}-${f.endLine}`.padEnd(30)} ${f.name.padEnd(28)} ${String(f.branches).padStart(3)} br → ${ported}`);
}
console.log(`\n${inv.functions.length} functions, ${inv.unported.length} without a @legacy tag in ported/`);
if (inv.orphanTags.length) {
  console.log(`\nTags that name no legacy function:`);
  for (const t of inv.orphanTags) console.log(`  ported/${t.tsFile}:${t.tsLine} @legacy ${t.legacyFile} ${t.legacyFunction}`);
}
console.log(`\nPorting hazards (${inv.hazards.length}):`);
for (const h of inv.hazards.filter((x) => want(x.module))) console.log(`  ${`${h.file}:${h.line}`.padEnd(26)} ${h.rule.padEnd(20)} ${h.code}\n  ${''.padEnd(26)} ${''.padEnd(20)} ↳ ${h.explanation}`);
if (values.json) writeFileSync(values.json, JSON.stringify(inv, null, 2));
