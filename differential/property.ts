/**
 * Property runs: per module, generated cases go through both engines; every case is counted,
 * and each unexplained mismatch of a new cause is shrunk by fast-check to a minimal
 * counterexample (with the seed and path that replay it), then the run goes on with the next
 * seed to look for further causes, until the run count or the time budget is spent.
 */
import fc from 'fast-check';
import type { ModuleName, RuleEngine } from '../legacy-bridge/index.js';
import type { ModuleContract, PropertyCase } from './contracts/contract.js';
import { EngineCache, type Built } from './engine-cache.js';
import { experiment, observe, type Observation, type Outcome } from './experiment.js';
import { causeOf, record, type MismatchExample, type Tally } from './tally.js';

export interface PropertyOptions {
  seed: number;
  numRuns: number;
  timeBudgetMs: number;
  /** Most distinct causes to look for per module. */
  maxCauses?: number;
  onProgress?: (module: ModuleName, runs: number) => void;
}

export interface Engines {
  legacy: RuleEngine;
  ported: RuleEngine;
  cache: EngineCache;
}

function builtOutcome<M extends ModuleName>(b: Built): Outcome<M> {
  if (b.ok) return { ok: true, value: { built: b.engine.stats() } as never };
  return { ok: false, error: { code: `${b.error.code}@${b.error.source}:${b.error.line}`, message: b.error.message } };
}

/** Compares one case on both engines (building engines from the case's files when it has them). */
export function compareCase<M extends ModuleName>(module: M, c: PropertyCase<M>, engines: Engines): Observation<M> {
  if (!c.sources) return experiment(module, c.input, engines.legacy, engines.ported);
  const pair = engines.cache.get(c.sources);
  if (pair.legacy.ok && pair.ported.ok) return experiment(module, c.input, pair.legacy.engine, pair.ported.engine);
  return observe(module, c.input, builtOutcome<M>(pair.legacy), builtOutcome<M>(pair.ported));
}

export interface PropertyResult {
  runs: number;
  counterexamples: MismatchExample[];
  timedOut: boolean;
}

export function runProperty<M extends ModuleName>(contract: ModuleContract<M>, engines: Engines, tally: Tally, opts: PropertyOptions): PropertyResult {
  const module = contract.module;
  const known = new Set<string>();
  const counterexamples: MismatchExample[] = [];
  const deadline = performance.now() + opts.timeBudgetMs;
  let runs = 0;
  let round = 0;
  let timedOut = false;
  const maxCauses = opts.maxCauses ?? 10;

  while (runs < opts.numRuns && counterexamples.length < maxCauses) {
    const remainingMs = deadline - performance.now();
    if (remainingMs <= 0) {
      timedOut = true;
      break;
    }
    const seed = opts.seed + round++;
    let failedAt = -1;
    let roundRuns = 0;
    const result = fc.check(
      fc.property(contract.cases, (c) => {
        const obs = compareCase(module, c, engines);
        if (failedAt >= 0) {
          // Shrinking: only the first failure's cause family counts, nothing is tallied.
          return obs.equal || obs.divergence !== undefined || known.has(causeOf(obs));
        }
        roundRuns++;
        const fresh = !obs.equal && !obs.divergence && !known.has(causeOf(obs));
        if (fresh) {
          failedAt = roundRuns;
          return false;
        }
        record(tally, obs, 'property', c.sources ? { sources: c.sources } as Partial<MismatchExample> : undefined);
        if (roundRuns % 500 === 0) opts.onProgress?.(module, runs + roundRuns);
        return true;
      }),
      { seed, numRuns: opts.numRuns - runs, interruptAfterTimeLimit: Math.max(1, Math.floor(remainingMs)), markInterruptAsFailure: false },
    );
    runs += roundRuns;
    opts.onProgress?.(module, runs);
    if (result.interrupted) timedOut = true;
    if (!result.failed || !result.counterexample) break;
    const c = result.counterexample[0] as PropertyCase<M>;
    const obs = compareCase(module, c, engines);
    const extra: Partial<MismatchExample> = { seed, path: result.counterexamplePath ?? undefined, shrunk: true };
    if (c.sources) (extra as { sources?: unknown }).sources = c.sources;
    const ex = record(tally, obs, 'property', extra);
    known.add(causeOf(obs));
    if (ex) counterexamples.push(ex);
    if (obs.equal) break; // flaky engine: nothing to shrink to
  }
  return { runs, counterexamples, timedOut };
}
