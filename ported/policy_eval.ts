import { EngineError } from '../legacy-bridge/index.js';
import type { PolicyEvalInput, PolicyEvalOutput } from '../legacy-bridge/index.js';
import type { EngineState } from './state.js';

/** @legacy policy_eval.cpp policy_eval */
export function policy_eval(state: EngineState, input: PolicyEvalInput): PolicyEvalOutput {
  void state;
  void input;
  throw new EngineError('E_INTERNAL', 'policy_eval is not ported yet');
}
