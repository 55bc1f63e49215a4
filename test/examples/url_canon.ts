import type { ModuleExamples } from './harness.js';

export const examples: ModuleExamples<'url_canon'> = {
  module: 'url_canon',
  sources: { categories: '', policy: '', phrases: '' },
  cases: [],
};
