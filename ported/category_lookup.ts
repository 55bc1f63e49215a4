import { EngineError } from '../legacy-bridge/index.js';
import type { CategoryLookupInput, CategoryLookupOutput } from '../legacy-bridge/index.js';
import type { EngineState } from './state.js';

/** @legacy category_lookup.cpp category_lookup */
export function category_lookup(state: EngineState, input: CategoryLookupInput): CategoryLookupOutput {
  void state;
  void input;
  throw new EngineError('E_INTERNAL', 'category_lookup is not ported yet');
}
