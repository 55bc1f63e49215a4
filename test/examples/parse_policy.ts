import type { ParserExample } from './harness.js';

export const examples: ParserExample[] = [];
