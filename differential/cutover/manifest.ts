/**
 * The cut-over manifest (`cutover.json` at the repository root, under version control): one
 * state per module. `legacy`: C++ decides, TypeScript shadows. `ported`: TypeScript decides,
 * C++ shadows. `retired`: TypeScript alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MODULES, isModuleName, type ModuleName } from '../../legacy-bridge/index.js';

export type CutoverState = 'legacy' | 'ported' | 'retired';
export const CUTOVER_STATES: readonly CutoverState[] = ['legacy', 'ported', 'retired'];

export interface Manifest {
  version: 1;
  modules: Record<ModuleName, CutoverState>;
}

export const DEFAULT_MANIFEST_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../cutover.json');

export class ManifestError extends Error {
  readonly code = 'E_MANIFEST';
}

export function parseManifest(text: string): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ManifestError('cutover manifest is not JSON');
  }
  const o = raw as { version?: unknown; modules?: Record<string, unknown> };
  if (!o || o.version !== 1 || typeof o.modules !== 'object' || o.modules === null) throw new ManifestError('cutover manifest needs {"version":1,"modules":{...}}');
  const modules = {} as Record<ModuleName, CutoverState>;
  for (const [k, v] of Object.entries(o.modules)) {
    if (!isModuleName(k)) throw new ManifestError(`cutover manifest: unknown module ${k}`);
    if (!CUTOVER_STATES.includes(v as CutoverState)) throw new ManifestError(`cutover manifest: ${k} has unknown state ${String(v)}`);
    modules[k] = v as CutoverState;
  }
  for (const m of MODULES) if (!modules[m]) throw new ManifestError(`cutover manifest: module ${m} has no state`);
  return { version: 1, modules };
}

export function loadManifest(path = DEFAULT_MANIFEST_PATH): Manifest {
  return parseManifest(readFileSync(path, 'utf8'));
}

export function saveManifest(m: Manifest, path = DEFAULT_MANIFEST_PATH): void {
  const ordered: Record<string, CutoverState> = {};
  for (const mod of MODULES) ordered[mod] = m.modules[mod];
  writeFileSync(path, JSON.stringify({ version: 1, modules: ordered }, null, 2) + '\n');
}

export function stateRank(s: CutoverState): number {
  return CUTOVER_STATES.indexOf(s);
}
