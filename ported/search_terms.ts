import { EngineError } from '../legacy-bridge/index.js';
import type { SearchTermsInput, SearchTermsOutput } from '../legacy-bridge/index.js';


/** @legacy search_terms.cpp search_terms */
export function search_terms(input: SearchTermsInput): SearchTermsOutput {
  
  void input;
  throw new EngineError('E_INTERNAL', 'search_terms is not ported yet');
}
