import type { ModuleExamples } from './harness.js';

export const examples: ModuleExamples<'safe_search'> = {
  module: 'safe_search',
  sources: { categories: '', policy: '', phrases: '' },
  cases: [],
};
