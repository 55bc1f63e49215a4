import type { ModuleName } from './types.js';

/** The eight rule modules, in pipeline order. Everything that iterates modules iterates this. */
export const MODULES: readonly ModuleName[] = [
  'url_canon',
  'category_lookup',
  'search_terms',
  'phrase_score',
  'policy_eval',
  'safe_search',
  'identity_headers',
  'block_page',
] as const;

export function isModuleName(name: string): name is ModuleName {
  return (MODULES as readonly string[]).includes(name);
}
