import type { ModuleName } from '../../legacy-bridge/index.js';
import type { ModuleExamples, ParserExample } from './harness.js';
import { examples as url_canon } from './url_canon.js';
import { examples as category_lookup } from './category_lookup.js';
import { examples as search_terms } from './search_terms.js';
import { examples as phrase_score } from './phrase_score.js';
import { examples as policy_eval } from './policy_eval.js';
import { examples as safe_search } from './safe_search.js';
import { examples as identity_headers } from './identity_headers.js';
import { examples as block_page } from './block_page.js';
import { examples as parseCategoryDb } from './parse_category_db.js';
import { examples as parsePolicy } from './parse_policy.js';
import { examples as parsePhraseList } from './parse_phrase_list.js';

/** Every module's example table, keyed by module. */
export const MODULE_EXAMPLES: { [M in ModuleName]: ModuleExamples<M> } = {
  url_canon,
  category_lookup,
  search_terms,
  phrase_score,
  policy_eval,
  safe_search,
  identity_headers,
  block_page,
};

export const PARSER_EXAMPLES: Record<string, ParserExample[]> = {
  'category database parser': parseCategoryDb,
  'policy parser': parsePolicy,
  'phrase list parser': parsePhraseList,
};
