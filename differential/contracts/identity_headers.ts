import fc from 'fast-check';
import type { ModuleContract } from './contract.js';
import { identity } from '../generators/identity.js';
import { headerList } from '../generators/header-list.js';
import { epochTime } from '../generators/epoch-time.js';

export const identityHeadersContract: ModuleContract<'identity_headers'> = {
  module: 'identity_headers',
  cases: fc.record({ who: identity(), timeMs: epochTime(), headers: headerList() }).map(({ who, timeMs, headers }) => ({ input: { ...who, timeMs, headers } })),
  cost: 2,
};
