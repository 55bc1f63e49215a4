import type { ModuleExamples } from './harness.js';

export const examples: ModuleExamples<'policy_eval'> = {
  module: 'policy_eval',
  sources: { categories: '', policy: '', phrases: '' },
  cases: [],
};
