import fc from 'fast-check';
import type { ModuleContract } from './contract.js';
import { identity } from '../generators/identity.js';
import { hostName } from '../generators/host-name.js';
import { textWithEvasions } from '../generators/byte-string.js';

const query = fc.oneof(
  fc.constantFrom('', 'q=cats', 'q=cats&safe=off', 'safe=images&q=x&safe=off', 'adlt=off&q=x', 'q=x&kp=-2', 'p=x&vm=p', 'q=a&&b=', 'SAFE=off&q=x', 'safe', '=x'),
  fc.array(fc.tuple(fc.constantFrom('q', 'safe', 'adlt', 'kp', 'vm', 'p', 'hl'), textWithEvasions(6)), { maxLength: 4 }).map((kv) => kv.map(([k, v]) => `${k}=${v}`).join('&')),
);

export const safeSearchContract: ModuleContract<'safe_search'> = {
  module: 'safe_search',
  cases: fc
    .record({
      who: identity(),
      action: fc.constantFrom('allow', 'safesearch', 'block', 'warn' as const),
      connect: fc.boolean(),
      host: hostName({ evasions: true }),
      path: fc.constantFrom('/', '/search', '/webhp', '/results', '/watch', '/html/', '/common/oauth2/authorize', ''),
      query,
      hasQuery: fc.boolean(),
    })
    .map(({ who, action, connect, host, path, query: q, hasQuery }) => ({ input: { tenant: who.tenant, action, connect, host, path, query: q, hasQuery: hasQuery || q.length > 0 } })),
  cost: 1,
};
