/**
 * Mutation self-test support: plants a single-point change in a copy of a ported module's
 * source, loads the copy, and builds engines whose one module is the mutant — so the harness
 * can prove it catches the kind of bug a port really has.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { EngineSources, ModuleInput, ModuleName, ModuleOutput, RuleEngine } from '../legacy-bridge/index.js';
import { PortedEngine, type EngineState } from '../ported/index.js';

const PORTED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../ported');

export interface Mutation {
  id: string;
  module: ModuleName;
  /** What kind of bug this is (off-by-one at a limit, changed constant, dropped case fold…). */
  description: string;
  /** Exact source text to replace; must occur exactly once in ported/<module>.ts. */
  find: string;
  replace: string;
}

export class MutationError extends Error {
  readonly code = 'E_MUTATION';
}

type ModuleFn = (stateOrInput: unknown, input?: unknown) => unknown;

/** Writes the mutated copy next to the original (so its relative imports resolve) and loads it. */
export async function loadMutant(m: Mutation): Promise<ModuleFn> {
  const file = resolve(PORTED_DIR, `${m.module}.ts`);
  const src = readFileSync(file, 'utf8');
  const at = src.indexOf(m.find);
  if (at < 0 || src.indexOf(m.find, at + 1) >= 0) throw new MutationError(`${m.id}: the text to mutate must occur exactly once in ported/${m.module}.ts`);
  const copy = resolve(PORTED_DIR, `__mutant_${m.id}.ts`);
  writeFileSync(copy, src.slice(0, at) + m.replace + src.slice(at + m.find.length));
  try {
    const mod = (await import(pathToFileURL(copy).href)) as Record<string, unknown>;
    const fn = mod[m.module];
    if (typeof fn !== 'function') throw new MutationError(`${m.id}: the mutant exports no ${m.module}()`);
    return fn as ModuleFn;
  } finally {
    rmSync(copy, { force: true });
  }
}

const STATELESS: ReadonlySet<ModuleName> = new Set(['url_canon', 'search_terms']);

/** A ported engine whose `module` is replaced by the mutant function. */
export function mutantEngine(base: PortedEngine, module: ModuleName, fn: ModuleFn): RuleEngine {
  const engine = Object.create(base) as Record<string, unknown>;
  engine.kind = `mutant:${module}`;
  engine[module] = <M extends ModuleName>(input: ModuleInput<M>): ModuleOutput<M> =>
    (STATELESS.has(module) ? fn(input) : fn(base.state as EngineState, input)) as ModuleOutput<M>;
  return engine as unknown as RuleEngine;
}

export function mutantFactory(module: ModuleName, fn: ModuleFn): (s: EngineSources) => RuleEngine {
  return (s) => mutantEngine(PortedEngine.fromSources(s), module, fn);
}
