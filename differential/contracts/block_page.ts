import fc from 'fast-check';
import type { ModuleContract } from './contract.js';
import { identity } from '../generators/identity.js';
import { epochTime } from '../generators/epoch-time.js';
import { byteString, nearLimit, textWithEvasions } from '../generators/byte-string.js';

const url = fc.oneof(fc.constantFrom('http://games.example/', 'https://x.test/a?b=c', ''), textWithEvasions(30).map((t) => 'http://h.test/' + t), nearLimit([512, 1024, 2048], 'u').map((s) => 'http://h.test/' + s), byteString({ maxLength: 60 }));
const subject = fc.oneof(
  byteString({ maxLength: 80 }),
  fc.constantFrom('', '.', '1700000000000.', '1700000000000.abcdef', 'http://block.filter.local/blocked?r=rule&c=1&u=aHR0cDovL2EvCg&t=1700000000000&s=00', '?r=&c=&u=&t=&s='),
);

export const blockPageContract: ModuleContract<'block_page'> = {
  module: 'block_page',
  cases: fc
    .record({
      who: identity(),
      op: fc.constantFrom('build', 'bypass', 'verify' as const),
      reason: fc.constantFrom('rule', 'deny_list', 'phrase', 'default', 'a&b=c', '', 'deny.list', 'a~b'),
      category: fc.oneof(fc.integer({ min: 0, max: 14 }), fc.constantFrom(-1, 2147483647)),
      url,
      host: fc.constantFrom('games.example', 'youtube.com', '', 'a\r\nb'),
      subject,
      timeMs: epochTime(),
    })
    .map(({ who, op, reason, category, url: u, host, subject: s, timeMs }) => ({ input: { op, tenant: who.tenant, reason, category, url: u, host, subject: s, timeMs } })),
  cost: 2,
};
