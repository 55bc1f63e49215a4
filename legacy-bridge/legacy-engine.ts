import { loadAddon, type NativeEngine } from './addon.js';
import { EngineError } from './contract/errors.js';
import { isBytes } from './contract/bytes.js';
import type { EngineSources, EngineStats, ModuleIO, ModuleName, RuleEngine } from './contract/types.js';

/**
 * The legacy C++ engine as an oracle: one method per module, each a call into the addon.
 * Inputs are checked to be byte strings before crossing (latin1 would silently drop the high
 * byte of a wider code unit).
 */
export class LegacyEngine implements RuleEngine {
  readonly kind = 'legacy';
  readonly #native: NativeEngine;

  private constructor(native: NativeEngine) {
    this.#native = native;
  }

  /** Parses the three files; throws EngineError with the file and line of the first problem. */
  static fromSources(sources: EngineSources): LegacyEngine {
    assertBytes(sources, 'sources');
    const { Engine } = loadAddon();
    return new LegacyEngine(new Engine(sources.categories, sources.policy, sources.phrases));
  }

  stats(): EngineStats {
    return this.#native.stats();
  }

  url_canon(input: ModuleIO['url_canon']['input']) { return this.#call('url_canon', input); }
  category_lookup(input: ModuleIO['category_lookup']['input']) { return this.#call('category_lookup', input); }
  search_terms(input: ModuleIO['search_terms']['input']) { return this.#call('search_terms', input); }
  phrase_score(input: ModuleIO['phrase_score']['input']) { return this.#call('phrase_score', input); }
  policy_eval(input: ModuleIO['policy_eval']['input']) { return this.#call('policy_eval', input); }
  safe_search(input: ModuleIO['safe_search']['input']) { return this.#call('safe_search', input); }
  identity_headers(input: ModuleIO['identity_headers']['input']) { return this.#call('identity_headers', input); }
  block_page(input: ModuleIO['block_page']['input']) { return this.#call('block_page', input); }

  #call<M extends ModuleName>(module: M, input: ModuleIO[M]['input']): ModuleIO[M]['output'] {
    assertBytes(input, 'input');
    const fn = this.#native[module] as (i: ModuleIO[M]['input']) => ModuleIO[M]['output'];
    return fn.call(this.#native, input);
  }
}

/** Walks plain data and refuses any string with a code unit above 0xFF. */
function assertBytes(value: unknown, path: string): void {
  if (typeof value === 'string') {
    if (!isBytes(value)) throw new EngineError('E_BAD_INPUT', `${path} holds a character above 0xFF; pass bytes as a latin1 string`, 'input');
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) assertBytes(value[i], `${path}[${i}]`);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) assertBytes(v, `${path}.${k}`);
  }
}
