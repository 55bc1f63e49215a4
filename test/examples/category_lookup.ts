import type { ModuleExamples } from './harness.js';

export const examples: ModuleExamples<'category_lookup'> = {
  module: 'category_lookup',
  sources: { categories: '', policy: '', phrases: '' },
  cases: [],
};
