/**
 * A deliberately divergent port for the shadow-mode test: search_terms claims a search engine
 * on any path containing "/divergent". Exported as `createCandidate` so `replay --candidate`
 * (and its worker threads) can load it too.
 */
import { fileURLToPath } from 'node:url';
import type { EngineSources, RuleEngine, SearchTermsInput, SearchTermsOutput } from '../../legacy-bridge/index.js';
import { PortedEngine } from '../../ported/index.js';

export const DIVERGENT_CANDIDATE_PATH = fileURLToPath(import.meta.url);

export function divergentCandidate(sources: EngineSources): RuleEngine {
  const base = PortedEngine.fromSources(sources);
  const e = Object.create(base) as PortedEngine & { search_terms(i: SearchTermsInput): SearchTermsOutput };
  e.search_terms = (i: SearchTermsInput) => (i.path.includes('/divergent') ? { engine: 'divergent', terms: '', truncated: false } : base.search_terms(i));
  return e;
}

export const createCandidate = divergentCandidate;
