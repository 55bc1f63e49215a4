import fc from 'fast-check';
import { bundledSources } from '../../legacy-bridge/index.js';
import { PortedEngine } from '../../ported/index.js';
import type { ModuleContract } from './contract.js';
import { identity } from '../generators/identity.js';
import { epochTime } from '../generators/epoch-time.js';
import { byteString, nearLimit, textWithEvasions } from '../generators/byte-string.js';

const url = fc.oneof(fc.constantFrom('http://games.example/', 'https://x.test/a?b=c', ''), textWithEvasions(30).map((t) => 'http://h.test/' + t), nearLimit([512, 1024, 2048], 'u').map((s) => 'http://h.test/' + s), byteString({ maxLength: 60 }));
const noise = fc.oneof(
  byteString({ maxLength: 80 }),
  fc.constantFrom('', '.', '1700000000000.', '1700000000000.abcdef', 'http://block.filter.local/blocked?r=rule&c=1&u=aHR0cDovL2EvCg&t=1700000000000&s=00', '?r=&c=&u=&t=&s='),
);
const HOSTS = ['games.example', 'youtube.com', '', 'a\r\nb', 'GAMES.example'];

/**
 * Links and tokens that verify needs to take seriously: issued for the same tenant (valid), aged
 * past the tenant's lifetime (expired), from the future, for another host, or tampered with one
 * byte (forged) — made with the bundled fixtures' own engine, so verify's deep paths are reached.
 */
let issuer: PortedEngine | undefined;
const issued = fc
  .record({
    who: identity(),
    kind: fc.constantFrom('link', 'token'),
    at: epochTime(),
    age: fc.constantFrom(0, 1, 59_999, 60_001, 899_999, 900_000, 3_599_999, 3_600_000, 7_200_000, -60_000, -60_001),
    reason: fc.constantFrom('rule', 'deny_list', 'a b&c'),
    category: fc.integer({ min: 0, max: 40 }),
    url,
    host: fc.constantFrom(...HOSTS),
    otherHost: fc.constantFrom(...HOSTS),
    tamper: fc.option(fc.nat(200), { freq: 2, nil: undefined }),
  })
  .map(({ who, kind, at, age, reason, category, url: u, host, otherHost, tamper }) => {
    issuer ??= PortedEngine.fromSources(bundledSources());
    let subject = '';
    try {
      const out = issuer.block_page({ op: kind === 'link' ? 'build' : 'bypass', tenant: who.tenant, reason, category, url: u, host, subject: '', timeMs: at });
      subject = kind === 'link' ? out.location : out.token;
    } catch {
      subject = 'unknown-tenant';
    }
    if (tamper !== undefined && subject.length) {
      const i = tamper % subject.length;
      subject = subject.slice(0, i) + (subject[i] === 'a' ? 'b' : 'a') + subject.slice(i + 1);
    }
    return { input: { op: 'verify' as const, tenant: who.tenant, reason: '', category: 0, url: '', host: otherHost, subject, timeMs: at + age } };
  });

const plain = fc
  .record({
    who: identity(),
    op: fc.constantFrom('build', 'bypass', 'verify' as const),
    reason: fc.constantFrom('rule', 'deny_list', 'phrase', 'default', 'a&b=c', '', 'deny.list', 'a~b'),
    category: fc.oneof(fc.integer({ min: 0, max: 14 }), fc.constantFrom(-1, 2147483647)),
    url,
    host: fc.constantFrom(...HOSTS),
    subject: noise,
    timeMs: epochTime(),
  })
  .map(({ who, op, reason, category, url: u, host, subject: s, timeMs }) => ({ input: { op, tenant: who.tenant, reason, category, url: u, host, subject: s, timeMs } }));

export const blockPageContract: ModuleContract<'block_page'> = {
  module: 'block_page',
  cases: fc.oneof({ weight: 2, arbitrary: plain }, { weight: 2, arbitrary: issued }),
  cost: 2,
};
