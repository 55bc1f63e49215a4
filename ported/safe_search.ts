import { EngineError } from '../legacy-bridge/index.js';
import type { SafeSearchInput, SafeSearchOutput } from '../legacy-bridge/index.js';
import type { EngineState } from './state.js';

/** @legacy safe_search.cpp safe_search */
export function safe_search(state: EngineState, input: SafeSearchInput): SafeSearchOutput {
  void state;
  void input;
  throw new EngineError('E_INTERNAL', 'safe_search is not ported yet');
}
