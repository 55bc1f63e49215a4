import type { ModuleExamples } from './harness.js';

export const examples: ModuleExamples<'phrase_score'> = {
  module: 'phrase_score',
  sources: { categories: '', policy: '', phrases: '' },
  cases: [],
};
