/**
 * Regression fixtures: every minimal counterexample the property runner finds is saved under
 * `fixtures/regressions/<module>.jsonl` (one case per line: module, cause, input, optional
 * engine files, both outputs when found, seed and path). `npm test` replays them all, so a
 * mismatch once found stays fixed.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIXTURES_DIR, isModuleName, type EngineSources, type ModuleName } from '../legacy-bridge/index.js';
import type { PropertyCase } from './contracts/contract.js';
import type { MismatchExample } from './tally.js';

export const REGRESSIONS_DIR = resolve(FIXTURES_DIR, 'regressions');

export interface RegressionCase {
  module: ModuleName;
  cause: string;
  input: unknown;
  sources?: EngineSources;
  foundAt: string;
  seed?: number;
  path?: string;
  legacy?: unknown;
  ported?: unknown;
}

export function loadRegressions(dir = REGRESSIONS_DIR): RegressionCase[] {
  if (!existsSync(dir)) return [];
  const out: RegressionCase[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.jsonl')) continue;
    const lines = readFileSync(resolve(dir, f), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      const c = JSON.parse(line) as RegressionCase;
      if (!isModuleName(c.module)) throw new Error(`${f}:${i + 1}: unknown module ${String(c.module)}`);
      out.push(c);
    });
  }
  return out;
}

/** Appends counterexamples not saved yet (same module and input); returns how many were new. */
export function saveRegressions(examples: MismatchExample[], dir = REGRESSIONS_DIR): number {
  mkdirSync(dir, { recursive: true });
  let added = 0;
  const byModule = new Map<ModuleName, MismatchExample[]>();
  for (const ex of examples) byModule.set(ex.module, [...(byModule.get(ex.module) ?? []), ex]);
  for (const [module, list] of byModule) {
    const file = resolve(dir, `${module}.jsonl`);
    const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const seen = new Set(existing.split('\n').filter(Boolean).map((l) => {
      const c = JSON.parse(l) as RegressionCase;
      return JSON.stringify([c.input, c.sources ?? null]);
    }));
    let text = existing;
    for (const ex of list) {
      const key = JSON.stringify([ex.input, ex.sources ?? null]);
      if (seen.has(key)) continue;
      seen.add(key);
      const rc: RegressionCase = { module, cause: ex.cause, input: ex.input, foundAt: new Date().toISOString(), legacy: ex.legacy, ported: ex.ported };
      if (ex.sources) rc.sources = ex.sources;
      if (ex.seed !== undefined) rc.seed = ex.seed;
      if (ex.path !== undefined) rc.path = ex.path;
      text += JSON.stringify(rc) + '\n';
      added++;
    }
    writeFileSync(file, text);
  }
  return added;
}

export function toPropertyCase(rc: RegressionCase): PropertyCase<ModuleName> {
  const c: PropertyCase<ModuleName> = { input: rc.input as PropertyCase<ModuleName>['input'] };
  if (rc.sources) c.sources = rc.sources;
  return c;
}
