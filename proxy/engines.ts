/**
 * The engines a proxy generation serves with: both engines built from the fixtures, the
 * cut-over manifest, and the mixed engine it implies — each module answered by the engine its
 * state names (`legacy`: C++ decides; `ported`/`retired`: TypeScript decides). A recording
 * wrapper keeps every module call of a decision so the shadow can replay them on the other
 * engine later, off the request's path.
 */
import { resolve } from 'node:path';
import { LegacyEngine, MODULES, readSources, type ModuleInput, type ModuleName, type ModuleOutput, type RuleEngine } from '../legacy-bridge/index.js';
import { PortedEngine } from '../ported/index.js';
import { loadManifest, type Manifest } from '../differential/index.js';

export interface EngineSet {
  legacy: LegacyEngine;
  ported: PortedEngine;
  manifest: Manifest;
  loadedAt: number;
}

export function loadEngineSet(fixturesDir: string, manifestPath: string): EngineSet {
  const sources = readSources({
    categories: resolve(fixturesDir, 'categories.db'),
    policy: resolve(fixturesDir, 'policy.ini'),
    phrases: resolve(fixturesDir, 'phrases.txt'),
  });
  return { legacy: LegacyEngine.fromSources(sources), ported: PortedEngine.fromSources(sources), manifest: loadManifest(manifestPath), loadedAt: Date.now() };
}

/** The engine that decides `module` under the manifest. */
export function authoritative(set: EngineSet, module: ModuleName): RuleEngine {
  return set.manifest.modules[module] === 'legacy' ? set.legacy : set.ported;
}

/** The engine that shadows `module`, or undefined when the module is retired. */
export function shadowOf(set: EngineSet, module: ModuleName): RuleEngine | undefined {
  const state = set.manifest.modules[module];
  return state === 'legacy' ? set.ported : state === 'ported' ? set.legacy : undefined;
}

export interface ModuleCall {
  module: ModuleName;
  input: unknown;
  /** The authoritative output (absent if it threw). */
  output?: unknown;
  error?: string;
}

/** A RuleEngine answering each module from its authoritative engine and recording the calls. */
export function recordingMixedEngine(set: EngineSet, calls: ModuleCall[]): RuleEngine {
  const e: Record<string, unknown> = { kind: 'mixed', stats: () => set.ported.stats() };
  for (const m of MODULES) {
    const engine = authoritative(set, m);
    const fn = engine[m] as (i: unknown) => unknown;
    e[m] = (input: ModuleInput<typeof m>): ModuleOutput<typeof m> => {
      try {
        const output = fn.call(engine, input);
        calls.push({ module: m, input, output });
        return output as ModuleOutput<typeof m>;
      } catch (err) {
        calls.push({ module: m, input, error: (err as { code?: string }).code ?? 'E_UNCAUGHT' });
        throw err;
      }
    };
  }
  return e as unknown as RuleEngine;
}
