import type { Tally } from '../tally.js';

export interface WorkerInit {
  sources: { categories: string; policy: string; phrases: string };
  /**
   * Optional module path exporting `createCandidate(sources): RuleEngine`, used instead of the
   * port (to replay against a patched or deliberately divergent port).
   */
  candidate?: string;
}

export interface BatchRequest {
  id: number;
  file: string;
  /** 1-based line number of lines[0] in its file. */
  firstLine: number;
  lines: string[];
}

export interface BatchReply {
  id: number;
  requests: number;
  tally: Tally;
  badLines: { file: string; line: number; message: string }[];
}
