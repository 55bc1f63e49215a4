import type fc from 'fast-check';
import type { EngineSources, ModuleInput, ModuleName } from '../../legacy-bridge/index.js';

/**
 * One property case: a module input, and optionally the engine files to run it against (for
 * generated databases, policies and phrase lists; malformed files make the engines' construction
 * errors the outcome that is compared). Without `sources` the bundled fixtures are used.
 */
export interface PropertyCase<M extends ModuleName> {
  sources?: EngineSources;
  input: ModuleInput<M>;
}

export interface ModuleContract<M extends ModuleName> {
  module: M;
  /** Generator of cases that knows the input grammar and its evasions. */
  cases: fc.Arbitrary<PropertyCase<M>>;
  /** Relative cost (1 = cheap): the runner spends fewer runs on expensive modules. */
  cost?: number;
}
