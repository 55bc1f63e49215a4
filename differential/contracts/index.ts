import type { ModuleName } from '../../legacy-bridge/index.js';
import type { ModuleContract } from './contract.js';
import { urlCanonContract } from './url_canon.js';
import { categoryLookupContract } from './category_lookup.js';
import { searchTermsContract } from './search_terms.js';
import { phraseScoreContract } from './phrase_score.js';
import { policyEvalContract } from './policy_eval.js';
import { safeSearchContract } from './safe_search.js';
import { identityHeadersContract } from './identity_headers.js';
import { blockPageContract } from './block_page.js';

/** The contract of every module, keyed by module. */
export const CONTRACTS: { [M in ModuleName]: ModuleContract<M> } = {
  url_canon: urlCanonContract,
  category_lookup: categoryLookupContract,
  search_terms: searchTermsContract,
  phrase_score: phraseScoreContract,
  policy_eval: policyEvalContract,
  safe_search: safeSearchContract,
  identity_headers: identityHeadersContract,
  block_page: blockPageContract,
};

export type { ModuleContract, PropertyCase } from './contract.js';
