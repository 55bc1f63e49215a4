/**
 * No input crashes the process: random byte strings (NUL, bytes >= 0x80, invalid UTF-8, long
 * inputs, URL-shaped noise) through every module of the oracle. Each call either returns plain
 * data or throws an EngineError with a known code; a native crash would kill this worker.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EngineError,
  LegacyEngine,
  MODULES,
  bundledSources,
  isErrorCode,
  type ModuleInput,
  type ModuleName,
  type RuleEngine,
} from '../../legacy-bridge/index.js';

const RUNS = 10_000;
const TENANTS = ['springfield', 'lyon-lycee', 'pune-academy'];
const PIECES = [
  'http://', 'https://', 'HTTP://', 'ftp://', '//', '/', '.', '..', '/../', '%', '%2', '%25', '%2e', '%00', '%ff', '%252e',
  '@', ':', ':80', ':443', ':99999', '0x', '0', '00', '0300', '0xc0a80001', '3232235777', '127.0.0.1', '[', ']', '[::1]',
  '?', '&', '=', '#', '+', ' ', '\t', '\r', '\n', '\x00', '\x7f', '\x80', '\xff', '\xc3\xa9', 'www.', 'google.com',
  'google.co.uk', 'youtube.com', 'bing.com', 'duckduckgo.com', 'search.yahoo.com', 'en.wikipedia.org', '/search?q=',
  '/results?search_query=', 'q=', 'safe=off', 'A', 'z', '9', '-', '_', '~', ',', ';', '<', '>', '"', "'", '\\',
];

const byteString = (maxLength: number) =>
  fc.uint8Array({ maxLength }).map((a) => Buffer.from(a).toString('latin1'));
const pieceString = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));
const anyBytes = fc.oneof(
  { weight: 3, arbitrary: pieceString },
  { weight: 2, arbitrary: byteString(64) },
  { weight: 1, arbitrary: byteString(2000) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\x00') },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 20_000 }).map((n) => 'a'.repeat(n)) },
);
const tenant = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...TENANTS) }, { weight: 1, arbitrary: anyBytes });
const smallInt = fc.oneof(fc.integer({ min: -5, max: 300 }), fc.integer({ min: -2147483648, max: 2147483647 }));
const time = fc.oneof(fc.integer({ min: 1_500_000_000_000, max: 2_000_000_000_000 }), fc.integer({ min: -8.64e15, max: 8.64e15 }));
const groups = fc.array(fc.oneof(fc.constantFrom('students', 'staff', 'teachers', '*'), anyBytes), { maxLength: 5 });
const headers = fc.array(fc.record({ name: fc.oneof(fc.constantFrom('Host', 'X-Filter-User', 'x-filter-tenant ', 'Cookie'), anyBytes), value: anyBytes }), { maxLength: 8 });
const hostKind = fc.oneof(fc.constantFrom('name', 'ipv4', 'ipv6'), anyBytes);
const action = fc.oneof(fc.constantFrom('allow', 'block', 'warn', 'safesearch'), anyBytes);

// Inputs are deliberately loose (hostKind/action may be any bytes): the oracle must survive them.
const INPUTS: { [M in ModuleName]: fc.Arbitrary<ModuleInput<M>> } = {
  url_canon: fc.record({ method: fc.oneof(fc.constantFrom('GET', 'CONNECT', 'connect', 'POST'), anyBytes), target: anyBytes, hostHeader: anyBytes }),
  category_lookup: fc.record({ host: anyBytes, hostKind, path: anyBytes }) as fc.Arbitrary<ModuleInput<'category_lookup'>>,
  search_terms: fc.record({ host: anyBytes, path: anyBytes, query: anyBytes, hasQuery: fc.boolean() }),
  phrase_score: fc.record({ terms: anyBytes, url: anyBytes }),
  policy_eval: fc.record({
    tenant, user: anyBytes, groups, timeMs: time, host: anyBytes, url: anyBytes,
    categories: fc.array(smallInt, { maxLength: 10 }), phraseScore: smallInt, bypassToken: anyBytes,
  }),
  safe_search: fc.record({ tenant, action, connect: fc.boolean(), host: anyBytes, path: anyBytes, query: anyBytes, hasQuery: fc.boolean() }) as fc.Arbitrary<ModuleInput<'safe_search'>>,
  identity_headers: fc.record({ tenant, user: anyBytes, groups, timeMs: time, headers }),
  block_page: fc.record({
    op: fc.oneof(fc.constantFrom('build', 'bypass', 'verify'), anyBytes), tenant, reason: anyBytes, category: smallInt,
    url: anyBytes, host: anyBytes, subject: anyBytes, timeMs: time,
  }) as fc.Arbitrary<ModuleInput<'block_page'>>,
};

function survives(engine: RuleEngine, module: ModuleName, input: unknown): boolean {
  try {
    const out = (engine[module] as (i: unknown) => unknown).call(engine, input);
    return typeof out === 'object' && out !== null;
  } catch (e) {
    return e instanceof EngineError && isErrorCode(e.code);
  }
}

describe('oracle crash safety', () => {
  const engine = LegacyEngine.fromSources(bundledSources());

  for (const module of MODULES) {
    it(`${module}: ${RUNS} random inputs, no crash, only typed errors`, () => {
      fc.assert(fc.property(INPUTS[module], (input) => survives(engine, module, input)), { numRuns: RUNS, seed: 20261124 });
    });
  }

  it('engine construction: random file contents give an engine or a typed parse error', () => {
    const file = fc.oneof(anyBytes, fc.array(fc.oneof(anyBytes, fc.constantFrom('[tenant a]', 'secret = x', '@category 1 a "A"', '1 a.com', '<a><5>', '#')), { maxLength: 20 }).map((l) => l.join('\n')));
    fc.assert(
      fc.property(file, file, file, (categories, policy, phrases) => {
        try {
          LegacyEngine.fromSources({ categories, policy, phrases });
          return true;
        } catch (e) {
          return e instanceof EngineError && isErrorCode(e.code);
        }
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('wrong shapes and non-byte strings are refused with E_BAD_INPUT', () => {
    const bad: unknown[] = [undefined, null, 42, 'str', [], { method: 1, target: '', hostHeader: '' }, { method: 'GET', target: 'http://a\u0100.com/', hostHeader: '' }];
    for (const input of bad) {
      let thrown: unknown;
      try {
        engine.url_canon(input as ModuleInput<'url_canon'>);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(EngineError);
      expect((thrown as EngineError).code).toBe('E_BAD_INPUT');
    }
    expect(() => engine.policy_eval({ tenant: 'springfield', user: 'u', groups: [], timeMs: Number.NaN, host: 'a', url: 'a', categories: [], phraseScore: 0, bypassToken: '' })).toThrow(/E_BAD_INPUT/);
    expect(() => engine.policy_eval({ tenant: 'springfield', user: 'u', groups: [], timeMs: 0, host: 'a', url: 'a', categories: [1.5], phraseScore: 0, bypassToken: '' })).toThrow(/E_BAD_INPUT/);
  });
});
