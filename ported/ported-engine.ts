import type { EngineSources, EngineStats, ModuleIO, RuleEngine } from '../legacy-bridge/index.js';
import { parseCategoryDb } from './category_db.js';
import { parsePolicy } from './policy.js';
import { parsePhraseList } from './phrase_list.js';
import type { EngineState } from './state.js';
import { url_canon } from './url_canon.js';
import { category_lookup } from './category_lookup.js';
import { search_terms } from './search_terms.js';
import { phrase_score } from './phrase_score.js';
import { policy_eval } from './policy_eval.js';
import { safe_search } from './safe_search.js';
import { identity_headers } from './identity_headers.js';
import { block_page } from './block_page.js';

/** The TypeScript port: the same RuleEngine interface as the legacy oracle. */
export class PortedEngine implements RuleEngine {
  readonly kind = 'ported';
  readonly state: EngineState;

  private constructor(state: EngineState) {
    this.state = state;
  }

  /** @legacy engine.cpp build_engine */
  static fromSources(sources: EngineSources): PortedEngine {
    return new PortedEngine({
      db: parseCategoryDb(sources.categories),
      policy: parsePolicy(sources.policy),
      phrases: parsePhraseList(sources.phrases),
    });
  }

  stats(): EngineStats {
    return {
      categories: this.state.db.categoryCount,
      rules: this.state.db.ruleCount,
      tenants: this.state.policy.tenantCount,
      phrases: this.state.phrases.entryCount,
    };
  }

  url_canon(input: ModuleIO['url_canon']['input']) { return url_canon(input); }
  category_lookup(input: ModuleIO['category_lookup']['input']) { return category_lookup(this.state, input); }
  search_terms(input: ModuleIO['search_terms']['input']) { return search_terms(input); }
  phrase_score(input: ModuleIO['phrase_score']['input']) { return phrase_score(this.state, input); }
  policy_eval(input: ModuleIO['policy_eval']['input']) { return policy_eval(this.state, input); }
  safe_search(input: ModuleIO['safe_search']['input']) { return safe_search(this.state, input); }
  identity_headers(input: ModuleIO['identity_headers']['input']) { return identity_headers(this.state, input); }
  block_page(input: ModuleIO['block_page']['input']) { return block_page(this.state, input); }
}
