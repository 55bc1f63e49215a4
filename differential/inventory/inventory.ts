/** The inventory: legacy functions mapped to their TypeScript counterparts, plus hazards. */
import type { ModuleName } from '../../legacy-bridge/index.js';
import { findHazards, type Hazard } from './hazards.js';
import { findTags, type LegacyTag } from './legacy-tags.js';
import { listFunctions, parseEngineSources, type LegacyFunction } from './legacy-functions.js';

export interface MappedFunction extends LegacyFunction {
  ported: { file: string; line: number; name: string }[];
}

export interface Inventory {
  functions: MappedFunction[];
  unported: MappedFunction[];
  /** Tags that name no legacy function. */
  orphanTags: LegacyTag[];
  hazards: Hazard[];
}

export function buildInventory(): Inventory {
  const files = parseEngineSources();
  const functions: MappedFunction[] = listFunctions(files).map((f) => ({ ...f, ported: [] }));
  const byKey = new Map<string, MappedFunction[]>();
  for (const f of functions) byKey.set(`${f.file}:${f.name}`, [...(byKey.get(`${f.file}:${f.name}`) ?? []), f]);
  const orphanTags: LegacyTag[] = [];
  for (const t of findTags()) {
    const targets = byKey.get(`${t.legacyFile}:${t.legacyFunction}`);
    if (!targets) orphanTags.push(t);
    else for (const f of targets) f.ported.push({ file: t.tsFile, line: t.tsLine, name: t.tsName });
  }
  return { functions, unported: functions.filter((f) => f.ported.length === 0), orphanTags, hazards: findHazards(files) };
}

export function forModule(inv: Inventory, module: ModuleName | 'shared') {
  return {
    functions: inv.functions.filter((f) => f.module === module),
    unported: inv.unported.filter((f) => f.module === module),
    hazards: inv.hazards.filter((h) => h.module === module),
  };
}
