/**
 * Builds (and caches) a legacy and a ported engine per set of engine files, so generated
 * databases and policies are compared the same way as the bundled ones. A construction error
 * is an outcome too: both engines must refuse a bad file with the same code and line.
 */
import { EngineError, LegacyEngine, type EngineSources, type RuleEngine } from '../legacy-bridge/index.js';
import { PortedEngine } from '../ported/index.js';

export type Built = { ok: true; engine: RuleEngine } | { ok: false; error: { code: string; message: string; line: number; source: string } };

export interface EnginePair {
  legacy: Built;
  ported: Built;
}

export type EngineMaker = (s: EngineSources) => RuleEngine;

function build(make: EngineMaker, s: EngineSources): Built {
  try {
    return { ok: true, engine: make(s) };
  } catch (e) {
    if (e instanceof EngineError) return { ok: false, error: { code: e.code, message: e.message, line: e.line, source: e.source } };
    return { ok: false, error: { code: 'E_UNCAUGHT', message: String((e as Error)?.message ?? e), line: 0, source: 'engine' } };
  }
}

export class EngineCache {
  readonly #cache = new Map<string, EnginePair>();
  constructor(
    readonly makeLegacy: EngineMaker = (s) => LegacyEngine.fromSources(s),
    readonly makePorted: EngineMaker = (s) => PortedEngine.fromSources(s),
    readonly limit = 64,
  ) {}

  get(s: EngineSources): EnginePair {
    const key = `${s.categories.length}:${s.policy.length}:${s.phrases.length}\u0000${s.categories}\u0000${s.policy}\u0000${s.phrases}`;
    let pair = this.#cache.get(key);
    if (!pair) {
      pair = { legacy: build(this.makeLegacy, s), ported: build(this.makePorted, s) };
      if (this.#cache.size >= this.limit) this.#cache.delete(this.#cache.keys().next().value!);
      this.#cache.set(key, pair);
    }
    return pair;
  }
}
