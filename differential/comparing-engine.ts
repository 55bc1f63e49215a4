/**
 * A RuleEngine that runs every module call on a control and a candidate engine, hands each
 * observation to a sink, and returns the control's result (or throws the control's error), so
 * the whole pipeline runs on the control's data and every module is compared on the same input.
 */
import { EngineError, MODULES, type EngineStats, type ModuleInput, type ModuleName, type ModuleOutput, type RuleEngine } from '../legacy-bridge/index.js';
import { observe, run, type Observation } from './experiment.js';

export type ObservationSink = (obs: Observation) => void;

export function comparingEngine(control: RuleEngine, candidate: RuleEngine, sink: ObservationSink, modules: readonly ModuleName[] = MODULES): RuleEngine {
  const compared = new Set(modules);
  const engine: Record<string, unknown> = {
    kind: `${control.kind}+${candidate.kind}`,
    stats: (): EngineStats => control.stats(),
  };
  for (const m of MODULES) {
    engine[m] = <M extends ModuleName>(input: ModuleInput<M>): ModuleOutput<M> => {
      const c = run(control, m as M, input);
      if (compared.has(m)) sink(observe(m as M, input, c, run(candidate, m as M, input)));
      if (c.ok) return c.value;
      throw new EngineError(c.error.code as never, c.error.message, 'engine');
    };
  }
  return engine as unknown as RuleEngine;
}
