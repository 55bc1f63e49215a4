import type { ModuleContract } from './contract.js';
import { requestTarget } from '../generators/request-target.js';

export const urlCanonContract: ModuleContract<'url_canon'> = {
  module: 'url_canon',
  cases: requestTarget().map((input) => ({ input })),
  cost: 1,
};
