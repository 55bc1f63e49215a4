import { EngineError } from '../legacy-bridge/index.js';
import type { BlockPageInput, BlockPageOutput } from '../legacy-bridge/index.js';
import type { EngineState } from './state.js';

/** @legacy block_page.cpp block_page */
export function block_page(state: EngineState, input: BlockPageInput): BlockPageOutput {
  void state;
  void input;
  throw new EngineError('E_INTERNAL', 'block_page is not ported yet');
}
