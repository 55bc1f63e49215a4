/**
 * Counts observations per module and source, keeps one example per distinct mismatch cause
 * (deduplicated by module and the shape of the difference), and counts declared divergences
 * apart. A Tally is plain data so workers can send theirs to the main thread to merge.
 */
import { MODULES, type ModuleName } from '../legacy-bridge/index.js';
import { diff, type DiffEntry } from './equality.js';
import type { Observation, Outcome } from './experiment.js';

export type CaseSource = 'property' | 'replay' | 'regression';
export const CASE_SOURCES: readonly CaseSource[] = ['property', 'replay', 'regression'];

export interface MismatchExample {
  module: ModuleName;
  source: CaseSource;
  /** Deduplication key: the module and the paths that differ. */
  cause: string;
  count: number;
  input: unknown;
  legacy: Outcome<ModuleName>;
  ported: Outcome<ModuleName>;
  diff: DiffEntry[];
  /** Property runs: how to replay the failure (fast-check seed and path). */
  seed?: number;
  path?: string;
  shrunk?: boolean;
  /** Property cases with generated engine files. */
  sources?: { categories: string; policy: string; phrases: string };
}

export interface ModuleTally {
  cases: Record<CaseSource, number>;
  mismatches: number;
  examples: MismatchExample[];
  divergences: Record<string, number>;
}

export type Tally = Record<ModuleName, ModuleTally>;

export function emptyTally(): Tally {
  const t = {} as Tally;
  for (const m of MODULES) t[m] = { cases: { property: 0, replay: 0, regression: 0 }, mismatches: 0, examples: [], divergences: {} };
  return t;
}

/** The cause of a mismatch: which parts differ (not their values), so one bug counts once. */
export function causeOf(obs: Observation): string {
  const c = obs.control;
  const p = obs.candidate;
  if (c.ok !== p.ok) return `${obs.module}:${c.ok ? 'value' : 'error'}-vs-${p.ok ? 'value' : 'error'}`;
  if (!c.ok && !p.ok) return `${obs.module}:error-code`;
  const paths = diff(c.ok ? c.value : undefined, p.ok ? p.value : undefined)
    .map((d) => d.path.replace(/\[\d+\]/g, '[]'))
    .sort();
  return `${obs.module}:${[...new Set(paths)].join(',')}`;
}

export const MAX_EXAMPLES_PER_MODULE = 20;

export function record(t: Tally, obs: Observation, source: CaseSource, extra?: Partial<MismatchExample>): MismatchExample | undefined {
  const mt = t[obs.module];
  mt.cases[source]++;
  if (obs.equal) return undefined;
  if (obs.divergence) {
    mt.divergences[obs.divergence] = (mt.divergences[obs.divergence] ?? 0) + 1;
    return undefined;
  }
  mt.mismatches++;
  const cause = causeOf(obs);
  const existing = mt.examples.find((e) => e.cause === cause);
  if (existing) {
    existing.count++;
    return existing;
  }
  if (mt.examples.length >= MAX_EXAMPLES_PER_MODULE) return undefined;
  const ex: MismatchExample = {
    module: obs.module,
    source,
    cause,
    count: 1,
    input: obs.input,
    legacy: obs.control,
    ported: obs.candidate,
    diff: diff(obs.control.ok ? obs.control.value : obs.control, obs.candidate.ok ? obs.candidate.value : obs.candidate),
    ...extra,
  };
  mt.examples.push(ex);
  return ex;
}

export function merge(into: Tally, from: Tally): Tally {
  for (const m of MODULES) {
    const a = into[m];
    const b = from[m];
    for (const s of CASE_SOURCES) a.cases[s] += b.cases[s];
    a.mismatches += b.mismatches;
    for (const [id, n] of Object.entries(b.divergences)) a.divergences[id] = (a.divergences[id] ?? 0) + n;
    for (const ex of b.examples) {
      const existing = a.examples.find((e) => e.cause === ex.cause);
      if (existing) existing.count += ex.count;
      else if (a.examples.length < MAX_EXAMPLES_PER_MODULE) a.examples.push(ex);
    }
  }
  return into;
}
