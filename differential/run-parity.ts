/**
 * The parity run as a library: property suites of the chosen modules, the regression fixtures,
 * and optionally a replay, merged into one tally and one report.
 */
import { LegacyEngine, MODULES, bundledSources, type EngineSources, type ModuleName } from '../legacy-bridge/index.js';
import { PortedEngine } from '../ported/index.js';
import { CONTRACTS } from './contracts/index.js';
import { EngineCache } from './engine-cache.js';
import { runProperty, compareCase, type Engines } from './property.js';
import { loadRegressions, toPropertyCase } from './regressions.js';
import { emptyTally, merge, record, type MismatchExample, type Tally } from './tally.js';
import { replay, type Shard } from './replay/replay.js';

export interface ParityRunOptions {
  seed: number;
  /** Property runs per module of cost 1 (costlier modules get proportionally fewer). */
  runs: number;
  /** Time budget for all property suites together, ms. */
  timeBudgetMs: number;
  modules?: readonly ModuleName[];
  replayFiles?: string[];
  replayLimit?: number;
  shard?: Shard;
  workers?: number;
  sourcePaths: { categories: string; policy: string; phrases: string };
  onPropertyProgress?: (module: ModuleName, runs: number, target: number) => void;
  onReplayProgress?: (records: number) => void;
  onPhase?: (phase: string) => void;
}

export interface ParityRunResult {
  tally: Tally;
  counterexamples: MismatchExample[];
  replay?: { records: number; seconds: number; perSecond: number; badLines: number };
}

export function makeEngines(sources: EngineSources): Engines {
  return { legacy: LegacyEngine.fromSources(sources), ported: PortedEngine.fromSources(sources), cache: new EngineCache() };
}

export async function runParity(opts: ParityRunOptions, sources: EngineSources = bundledSources()): Promise<ParityRunResult> {
  const modules = opts.modules ?? MODULES;
  const tally = emptyTally();
  const counterexamples: MismatchExample[] = [];
  const engines = makeEngines(sources);

  opts.onPhase?.('property');
  const totalCost = modules.reduce((n, m) => n + 1 / (CONTRACTS[m].cost ?? 1), 0);
  for (const m of modules) {
    const contract = CONTRACTS[m];
    const target = Math.max(1, Math.round(opts.runs / (contract.cost ?? 1)));
    const share = opts.timeBudgetMs * (1 / (contract.cost ?? 1)) / totalCost;
    const r = runProperty(contract as never, engines, tally, {
      seed: opts.seed,
      numRuns: target,
      timeBudgetMs: share,
      onProgress: (mod, runs) => opts.onPropertyProgress?.(mod, runs, target),
    });
    counterexamples.push(...r.counterexamples);
  }

  opts.onPhase?.('regression');
  for (const rc of loadRegressions()) {
    if (!modules.includes(rc.module)) continue;
    const obs = compareCase(rc.module, toPropertyCase(rc), engines);
    record(tally, obs, 'regression');
  }

  let replayResult: ParityRunResult['replay'];
  if (opts.replayFiles && opts.replayFiles.length) {
    opts.onPhase?.('replay');
    const r = await replay({ files: opts.replayFiles, sources: opts.sourcePaths, shard: opts.shard, workers: opts.workers, limit: opts.replayLimit, onProgress: opts.onReplayProgress });
    merge(tally, r.tally);
    replayResult = { records: r.records, seconds: r.seconds, perSecond: r.perSecond, badLines: r.badLines.length };
  }
  return { tally, counterexamples, replay: replayResult };
}
