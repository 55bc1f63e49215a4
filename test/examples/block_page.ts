// Frozen from the legacy oracle by scripts/dev/freeze-examples.ts (inputs: inputs.ts); reviewed by hand.
import type { ModuleExamples } from './harness.js';
import { SOURCES } from './sources.js';

export const examples: ModuleExamples<'block_page'> = {
  module: 'block_page',
  sources: SOURCES,
  cases: [
    {
      name: 'build a block link',
      input: { op: 'build', tenant: 'springfield', reason: 'rule', category: 2, url: 'http://games.example/play', host: '', subject: '', timeMs: 1795532400000 },
      expected: { status: 'ok', location: 'http://block.filter.local/blocked?r=rule&c=2&u=aHR0cDovL2dhbWVzLmV4YW1wbGUvcGxheQ&t=1795532400000&s=0c1977dd86da7eab', token: '', reason: '', category: 0, url: '', issuedMs: 0 },
    },
    {
      name: 'build for a tenant with its own block URL',
      input: { op: 'build', tenant: 'lyon', reason: 'deny_list', category: 0, url: 'http://games.example/play', host: '', subject: '', timeMs: 1795532400000 },
      expected: { status: 'ok', location: 'https://filtre.example/bloque?r=deny_list&c=0&u=aHR0cDovL2dhbWVzLmV4YW1wbGUvcGxheQ&t=1795532400000&s=8e2aa6c55510d842', token: '', reason: '', category: 0, url: '', issuedMs: 0 },
    },
    {
      name: 'reason percent-encoded',
      input: { op: 'build', tenant: 'springfield', reason: 'a b&c=d', category: 2, url: 'http://games.example/play', host: '', subject: '', timeMs: 1795532400000 },
      expected: { status: 'ok', location: 'http://block.filter.local/blocked?r=a%20b%26c%3Dd&c=2&u=aHR0cDovL2dhbWVzLmV4YW1wbGUvcGxheQ&t=1795532400000&s=bb9258f6639e08aa', token: '', reason: '', category: 0, url: '', issuedMs: 0 },
    },
    {
      name: 'URL truncated to 1024 bytes before encoding',
      input: { op: 'build', tenant: 'springfield', reason: 'rule', category: 2, url: 'http://x/uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu', host: '', subject: '', timeMs: 1795532400000 },
      expected: { status: 'ok', location: 'http://block.filter.local/blocked?r=rule&c=2&u=aHR0cDovL3gvdXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dXV1dQ&t=1795532400000&s=19dcdb231da569ca', token: '', reason: '', category: 0, url: '', issuedMs: 0 },
    },
    {
      name: 'bytes >= 0x80 in the URL survive base64url',
      input: { op: 'build', tenant: 'springfield', reason: 'rule', category: 2, url: 'http://x/\xff\x00', host: '', subject: '', timeMs: 1795532400000 },
      expected: { status: 'ok', location: 'http://block.filter.local/blocked?r=rule&c=2&u=aHR0cDovL3gv_wA&t=1795532400000&s=f4bb99c1f82c9909', token: '', reason: '', category: 0, url: '', issuedMs: 0 },
    },
    {
      name: 'bypass token',
      input: { op: 'bypass', tenant: 'springfield', reason: 'rule', category: 2, url: 'http://games.example/play', host: 'games.example', subject: '', timeMs: 1795532400000 },
      expected: { status: 'ok', location: '', token: '1795532400000.fb43cfc7123c88e0a8c086c0458921ca', reason: '', category: 0, url: '', issuedMs: 0 },
    },
    {
      name: 'verify a valid block link',
      input: { op: 'verify', tenant: 'springfield', reason: 'rule', category: 2, url: 'http://games.example/play', host: '', subject: 'http://block.filter.local/blocked?r=rule&c=2&u=aHR0cDovL2dhbWVzLmV4YW1wbGUvcGxheQ&t=1795532400000&s=0c1977dd86da7eab', timeMs: 1795532400000 },
      expected: { status: 'valid', location: '', token: '', reason: 'rule', category: 2, url: 'http://games.example/play', issuedMs: 1795532400000 },
    },
    {
      name: 'verify an expired block link',
      input: { op: 'verify', tenant: 'springfield', reason: 'rule', category: 2, url: 'http://games.example/play', host: '', subject: 'http://block.filter.local/blocked?r=rule&c=2&u=aHR0cDovL2dhbWVzLmV4YW1wbGUvcGxheQ&t=1795532400000&s=0c1977dd86da7eab', timeMs: 1795533000000 },
      expected: { status: 'expired', location: '', token: '', reason: 'rule', category: 2, url: 'http://games.example/play', issuedMs: 1795532400000 },
    },
    {
      name: 'verify a forged block link',
      input: { op: 'verify', tenant: 'springfield', reason: 'rule', category: 2, url: 'http://games.example/play', host: '', subject: 'http://block.filter.local/blocked?r=rule&c=1&u=aHR0cDovL2dhbWVzLmV4YW1wbGUvcGxheQ&t=1795532400000&s=0c1977dd86da7eab', timeMs: 1795532400000 },
      expected: { status: 'forged', location: '', token: '', reason: '', category: 0, url: '', issuedMs: 0 },
    },
    {
      name: 'verify a malformed block link',
      input: { op: 'verify', tenant: 'springfield', reason: 'rule', category: 2, url: 'http://games.example/play', host: '', subject: 'http://block.filter.local/blocked?r=rule&u=x&s=1', timeMs: 1795532400000 },
      expected: { status: 'malformed', location: '', token: '', reason: '', category: 0, url: '', issuedMs: 0 },
    },
    {
      name: 'verify a valid bypass token',
      input: { op: 'verify', tenant: 'springfield', reason: 'rule', category: 2, url: 'http://games.example/play', host: 'games.example', subject: '1795532400000.fb43cfc7123c88e0a8c086c0458921ca', timeMs: 1795532400000 },
      expected: { status: 'valid', location: '', token: '', reason: '', category: 0, url: '', issuedMs: 1795532400000 },
    },
    {
      name: 'a token for another host is forged',
      input: { op: 'verify', tenant: 'springfield', reason: 'rule', category: 2, url: 'http://games.example/play', host: 'other.example', subject: '1795532400000.fb43cfc7123c88e0a8c086c0458921ca', timeMs: 1795532400000 },
      expected: { status: 'forged', location: '', token: '', reason: '', category: 0, url: '', issuedMs: 0 },
    },
    {
      name: 'verify an expired bypass token',
      input: { op: 'verify', tenant: 'springfield', reason: 'rule', category: 2, url: 'http://games.example/play', host: 'games.example', subject: '1795532400000.fb43cfc7123c88e0a8c086c0458921ca', timeMs: 1795533000000 },
      expected: { status: 'expired', location: '', token: '', reason: '', category: 0, url: '', issuedMs: 1795532400000 },
    },
    {
      name: 'a token from the future is forged',
      input: { op: 'verify', tenant: 'springfield', reason: 'rule', category: 2, url: 'http://games.example/play', host: 'games.example', subject: '1795532400000.fb43cfc7123c88e0a8c086c0458921ca', timeMs: 1795532339000 },
      expected: { status: 'forged', location: '', token: '', reason: '', category: 0, url: '', issuedMs: 1795532400000 },
    },
    {
      name: 'verify a malformed token',
      input: { op: 'verify', tenant: 'springfield', reason: 'rule', category: 2, url: 'http://games.example/play', host: 'games.example', subject: 'not-a-token', timeMs: 1795532400000 },
      expected: { status: 'malformed', location: '', token: '', reason: '', category: 0, url: '', issuedMs: 0 },
    },
    {
      name: 'unknown op throws E_BAD_INPUT',
      input: { op: 'explode' as 'build', tenant: 'springfield', reason: 'rule', category: 2, url: 'http://games.example/play', host: '', subject: '', timeMs: 1795532400000 },
      expected: { throws: 'E_BAD_INPUT' },
    },
    {
      name: 'unknown tenant throws',
      input: { op: 'build', tenant: 'nowhere', reason: 'rule', category: 2, url: 'http://games.example/play', host: '', subject: '', timeMs: 1795532400000 },
      expected: { throws: 'E_UNKNOWN_TENANT' },
    },
  ],
};
