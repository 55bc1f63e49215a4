import { EngineError } from '../legacy-bridge/index.js';
import type { IdentityHeadersInput, IdentityHeadersOutput } from '../legacy-bridge/index.js';
import type { EngineState } from './state.js';

/** @legacy identity_headers.cpp identity_headers */
export function identity_headers(state: EngineState, input: IdentityHeadersInput): IdentityHeadersOutput {
  void state;
  void input;
  throw new EngineError('E_INTERNAL', 'identity_headers is not ported yet');
}
