/**
 * Generates the sample replay corpus deterministically: fixtures/corpus/sample.jsonl, a plausible
 * school day of traffic — search, video, social, education, news, adult and gambling attempts,
 * games, evasions (IP forms, escapes, userinfo, dots, case, control bytes), CONNECT tunnels,
 * origin-form requests, spoofed identity headers and bypass tokens — across the bundled tenants
 * and users, at times spread over weeks including DST transitions, school hours and weekends.
 *
 *   npx tsx scripts/generate-corpus.ts [--count 50000] [--seed 42] [--out fixtures/corpus/sample.jsonl]
 */
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FIXTURES_DIR } from '../legacy-bridge/index.js';
import { seededRandom } from './lib/prng.js';
import type { ReplayRecord } from '../differential/index.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '50000' },
    seed: { type: 'string', default: '42' },
    out: { type: 'string', default: resolve(FIXTURES_DIR, 'corpus/sample.jsonl') },
  },
});

// mulberry32: small, seeded, good enough for fixtures.
const { rand, pick, chance } = seededRandom(Number(values.seed));

interface User {
  user: string;
  tenant: string;
  groups: string[];
}
const directory = JSON.parse(readFileSync(resolve(FIXTURES_DIR, 'users.json'), 'utf8')) as { users: User[] };
const users = directory.users;

// Domains per category short name, from the bundled database.
const byCategory = new Map<string, string[]>();
const names = new Map<string, string>();
for (const line of readFileSync(resolve(FIXTURES_DIR, 'categories.db'), 'latin1').split('\n')) {
  const decl = /^@category\s+(\d+)\s+(\S+)/.exec(line);
  if (decl) {
    names.set(decl[1]!, decl[2]!);
    continue;
  }
  const rule = /^(\d+)\s+([a-z0-9.-]+\.[a-z]{2,})\s*$/.exec(line);
  if (rule) {
    const short = names.get(rule[1]!) ?? rule[1]!;
    const list = byCategory.get(short) ?? [];
    if (list.length < 4000) list.push(rule[2]!);
    byCategory.set(short, list);
  }
}
const domainCache = new Map<string, string[]>();
const domainsOf = (...wanted: string[]): string[] => {
  const key = wanted.join('|');
  let out = domainCache.get(key);
  if (!out) {
    out = wanted.flatMap((w) => [...byCategory.entries()].filter(([k]) => k.includes(w)).flatMap(([, v]) => v));
    if (!out.length) out = ['example.com'];
    domainCache.set(key, out);
  }
  return out;
};
const SEARCH_ENGINES: [string, string, string][] = [
  ['www.google.com', '/search', 'q'], ['www.google.co.uk', '/search', 'q'], ['www.google.fr', '/search', 'q'], ['www.google.co.in', '/search', 'q'],
  ['www.bing.com', '/search', 'q'], ['duckduckgo.com', '/', 'q'], ['search.yahoo.com', '/search', 'p'],
  ['www.youtube.com', '/results', 'search_query'], ['en.wikipedia.org', '/w/index.php', 'search'], ['fr.wikipedia.org', '/w/index.php', 'search'],
];
const QUERIES = [
  'photosynthesis diagram', 'fractions worksheet', 'minecraft mods', 'how to tie a tie', 'world war 2 timeline', 'online poker', 'free casino games',
  'sex education', 'drug facts for teens', 'weather tomorrow', 'funny cat videos', 'proxy to unblock games', 'algebra help', 'french revolution',
  'taylor swift lyrics', 'volcano science project', 'roblox free robux', 'essay about climate change', 'pythagorean theorem', 'c4 explosive',
  'p0rn', 'c@sino bonus', 'gun shop near me', 'hunting rifle', 'math games', 'la révolution française', 'कक्षा 10 गणित', 'nba scores',
];
const PATHS = ['/', '/index.html', '/watch?v=dQw4w9WgXcQ', '/news/world', '/login', '/games/play', '/video/12345', '/profile/me', '/static/app.js', '/images/logo.png', '/api/v1/feed?limit=20', '/wiki/Main_Page', '/courses/math/algebra'];
const UA = ['Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 Chrome/124.0 Safari/537.36', 'Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Version/17.4 Mobile/15E148 Safari/604.1', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0'];

const utf8 = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
const enc = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');

function evade(host: string, path: string): string {
  switch (Math.floor(rand() * 9)) {
    case 0: return `http://${host.toUpperCase()}${path}`;
    case 1: return `http://${host}.${path}`;
    case 2: return `http://..${host.replace('.', '..')}${path}`;
    case 3: return `http://good.example@${host}${path}`;
    case 4: return `http://${host.replace(/[a-z]/, (c) => '%' + c.charCodeAt(0).toString(16))}${path}`;
    case 5: return `http://${host}/%2e%2e/%252e%252e/x/..${path}`;
    case 6: return `  http://${host}${path}\t`;
    case 7: return `http://${host}:80${path}#frag`;
    default: return `http://${host}/a/./b/../..${path}`;
  }
}
const IP_FORMS = ['3232235777', '0300.0250.0.1', '0xc0a80001', '192.168.1', '0x7f.1', '127.0.0.1', '10.0.0.5', '0xA9.0xFE.0xA9.0xFE', '017700000001', '8.8.8.8'];

function target(): { method: string; target: string; host?: string } {
  const r = rand();
  if (r < 0.28) {
    const [h, p, k] = pick(SEARCH_ENGINES);
    const q = enc(pick(QUERIES)) + (chance(0.1) ? '&safe=off' : '') + (chance(0.1) ? '&hl=en' : '');
    return { method: 'GET', target: `https://${h}${p}?${k}=${q}` };
  }
  const cat = r < 0.4 ? ['video', 'stream'] : r < 0.5 ? ['social'] : r < 0.65 ? ['educ', 'reference'] : r < 0.72 ? ['news'] : r < 0.77 ? ['adult', 'porn'] : r < 0.8 ? ['gambl'] : r < 0.85 ? ['game'] : r < 0.87 ? ['proxy'] : ['malware', 'weapon', 'drug', 'shop', 'sport', 'tech'];
  const host = (chance(0.3) ? 'www.' : '') + pick(domainsOf(...cat));
  const path = pick(PATHS);
  const k = rand();
  if (k < 0.12) return { method: 'CONNECT', target: `${host}:443` };
  if (k < 0.17) return { method: 'GET', target: path, host };
  if (k < 0.25) return { method: 'GET', target: evade(host, path) };
  if (k < 0.27) return { method: 'GET', target: `http://${pick(IP_FORMS)}${path}` };
  if (k < 0.28) return { method: 'GET', target: utf8(`http://${host}/é/${pick(QUERIES)}`) + (chance(0.5) ? '\xff\x00' : '') };
  return { method: chance(0.9) ? 'GET' : 'POST', target: `${chance(0.6) ? 'https' : 'http'}://${host}${path}` };
}

const START = Date.UTC(2026, 2, 1, 12, 0, 0); // spans the US and EU spring DST transitions
const SPAN = 70 * 86_400_000;
const count = Number(values.count);
mkdirSync(dirname(values.out), { recursive: true });
const fd = openSync(values.out, 'w');
let buffer: string[] = [];
for (let i = 0; i < count; i++) {
  const u = chance(0.01) ? { user: 'ghost', tenant: 'no-such-tenant', groups: [] } : pick(users);
  const t = target();
  const headers: [string, string][] = [];
  if (t.host) headers.push(['Host', t.host]);
  headers.push(['User-Agent', pick(UA)], ['Accept', '*/*']);
  if (chance(0.03)) headers.push([pick(['X-Filter-User', 'x-filter-user', 'X-FILTER-TENANT', ' X-Filter-Groups', 'X-Authenticated-User']), pick(['admin', 'staff', 'springfield', 'teachers'])]);
  if (chance(0.01)) headers.push(['X-Filter-Signature', '0'.repeat(64)]);
  // Requests cluster in school hours (in the tenant's rough local time), with some evenings and weekends.
  const day = Math.floor(rand() * 70);
  const hourUtc = chance(0.8) ? 6 + rand() * 14 : rand() * 24;
  const ts = START + day * 86_400_000 + Math.floor(hourUtc * 3_600_000) - 12 * 3_600_000 + Math.floor(rand() * 1000);
  const rec: ReplayRecord = { v: 1, id: `s${i}`, ts: Math.min(ts, START + SPAN), tenant: u.tenant, user: u.user, groups: u.groups, method: t.method, target: t.target, headers };
  if (chance(0.01)) rec.bypassToken = `${ts}.${'ab'.repeat(8)}`;
  buffer.push(JSON.stringify(rec));
  if (buffer.length >= 10_000 || i === count - 1) {
    writeSync(fd, buffer.join('\n') + '\n');
    buffer = [];
  }
}
closeSync(fd);
console.log(`wrote ${count} records to ${values.out}`);
