import { EngineError } from '../legacy-bridge/index.js';
import type { PhraseScoreInput, PhraseScoreOutput } from '../legacy-bridge/index.js';
import type { EngineState } from './state.js';

/** @legacy phrase_score.cpp phrase_score */
export function phrase_score(state: EngineState, input: PhraseScoreInput): PhraseScoreOutput {
  void state;
  void input;
  throw new EngineError('E_INTERNAL', 'phrase_score is not ported yet');
}
