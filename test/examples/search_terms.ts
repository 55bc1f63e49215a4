import type { ModuleExamples } from './harness.js';

export const examples: ModuleExamples<'search_terms'> = {
  module: 'search_terms',
  sources: { categories: '', policy: '', phrases: '' },
  cases: [],
};
