import type { ModuleExamples } from './harness.js';

export const examples: ModuleExamples<'identity_headers'> = {
  module: 'identity_headers',
  sources: { categories: '', policy: '', phrases: '' },
  cases: [],
};
