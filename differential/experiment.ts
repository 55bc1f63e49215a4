/**
 * The Scientist-shaped core: run one module on the control (the engine that decides) and the
 * candidate (the engine that shadows), capture results or errors, and compare. Observations are
 * immutable plain data; the control's outcome is what callers use.
 */
import { EngineError, type ModuleInput, type ModuleName, type ModuleOutput, type RuleEngine } from '../legacy-bridge/index.js';
import { deepEqual } from './equality.js';
import { matchDivergence } from './divergences.js';

export type Outcome<M extends ModuleName> =
  | { readonly ok: true; readonly value: ModuleOutput<M> }
  | { readonly ok: false; readonly error: { readonly code: string; readonly message: string } };

export interface Observation<M extends ModuleName = ModuleName> {
  readonly module: M;
  readonly input: ModuleInput<M>;
  readonly control: Outcome<M>;
  readonly candidate: Outcome<M>;
  /** Identical outputs, or both threw the same error code. */
  readonly equal: boolean;
  /** Id of the declared known divergence that explains a difference. */
  readonly divergence?: string;
}

export function run<M extends ModuleName>(engine: RuleEngine, module: M, input: ModuleInput<M>): Outcome<M> {
  try {
    const value = (engine[module] as (i: ModuleInput<M>) => ModuleOutput<M>).call(engine, input);
    return { ok: true, value };
  } catch (e) {
    if (e instanceof EngineError) return { ok: false, error: { code: e.code, message: e.message } };
    const err = e as Error;
    return { ok: false, error: { code: 'E_UNCAUGHT', message: String(err?.message ?? e) } };
  }
}

export function outcomesEqual<M extends ModuleName>(a: Outcome<M>, b: Outcome<M>): boolean {
  if (a.ok && b.ok) return deepEqual(a.value, b.value);
  if (!a.ok && !b.ok) return a.error.code === b.error.code;
  return false;
}

export function observe<M extends ModuleName>(module: M, input: ModuleInput<M>, control: Outcome<M>, candidate: Outcome<M>): Observation<M> {
  const equal = outcomesEqual(control, candidate);
  const obs: Observation<M> = { module, input, control, candidate, equal };
  if (equal) return Object.freeze(obs);
  const divergence = matchDivergence(obs);
  return Object.freeze(divergence ? { ...obs, divergence } : obs);
}

/** Runs one module on both engines and compares. */
export function experiment<M extends ModuleName>(module: M, input: ModuleInput<M>, control: RuleEngine, candidate: RuleEngine): Observation<M> {
  return observe(module, input, run(control, module, input), run(candidate, module, input));
}
