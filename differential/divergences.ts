/**
 * Known divergences: deliberate differences between the legacy engine and the port (a legacy
 * bug fixed on purpose). Each is declared with a predicate over the observation, a
 * justification and an owner. Matching cases are counted and reported apart, never hidden.
 */
import type { ModuleName } from '../legacy-bridge/index.js';
import type { Observation } from './experiment.js';

export interface KnownDivergence {
  id: string;
  module: ModuleName;
  justification: string;
  owner: string;
  /** True when this divergence explains the (unequal) observation. */
  matches(obs: Observation): boolean;
}

/** The registry. Empty means: the port reproduces the legacy engine exactly. */
export const KNOWN_DIVERGENCES: KnownDivergence[] = [];

let registry: KnownDivergence[] = KNOWN_DIVERGENCES;

/** Replaces the registry (tests and the mutation self-test use their own). */
export function withDivergences<T>(list: KnownDivergence[], fn: () => T): T {
  const saved = registry;
  registry = list;
  try {
    return fn();
  } finally {
    registry = saved;
  }
}

export function matchDivergence(obs: Observation): string | undefined {
  for (const d of registry) {
    if (d.module === obs.module && d.matches(obs)) return d.id;
  }
  return undefined;
}

export function listDivergences(): readonly KnownDivergence[] {
  return registry;
}
