import type { ModuleExamples } from './harness.js';

export const examples: ModuleExamples<'block_page'> = {
  module: 'block_page',
  sources: { categories: '', policy: '', phrases: '' },
  cases: [],
};
