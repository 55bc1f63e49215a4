/** The parity report's data model (JSON for machines; Markdown and HTML are views of it). */
import type { ModuleName } from '../../legacy-bridge/index.js';
import type { CutoverState } from '../cutover/manifest.js';
import type { CaseSource, MismatchExample } from '../tally.js';

export const REPORT_VERSION = 1;

export interface DivergenceCount {
  id: string;
  count: number;
  justification: string;
  owner: string;
}

export interface ModuleReport {
  module: ModuleName;
  state: CutoverState;
  cases: Record<CaseSource, number>;
  totalCases: number;
  mismatches: number;
  examples: MismatchExample[];
  divergences: DivergenceCount[];
  gate: { next: CutoverState | null; allowed: boolean; reasons: string[] };
  /** Legacy C++ coverage reached by this run's evidence (parity --coverage). */
  coverage?: { linePercent: number; branchPercent: number; uncoveredBranches: string[] };
  /** The legacy functions of this module and their TypeScript counterparts, and its hazards. */
  inventory?: {
    functions: { name: string; file: string; lines: string; branches: number; ported: string[] }[];
    unported: string[];
    hazards: { rule: string; file: string; line: number; code: string; explanation: string; hit?: boolean }[];
  };
}

export interface ParityReport {
  version: typeof REPORT_VERSION;
  generatedAt: string;
  config: Record<string, unknown>;
  overall: { verdict: 'pass' | 'fail'; cases: number; mismatches: number; divergences: number; summary: string };
  modules: ModuleReport[];
}
