/**
 * The proxy end to end over real sockets, against local upstreams on 127.0.0.1: forwarding,
 * identity, block / warn / bypass, SafeSearch, identity headers, CONNECT to a TLS server (with
 * SafeSearch host mapping), upgrades, shadow mismatches that replay reproduces, a throwing
 * legacy engine, framing defences, the address policy, recording, metrics and reload under load.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { EngineError, LegacyEngine, bundledSources, decide, type DecisionRequest, type Identity, type RuleEngine } from '../../legacy-bridge/index.js';
import { PortedEngine } from '../../ported/index.js';
import { parseRecord, replay } from '../../differential/index.js';
import { FilterProxy, defaultConfig, type ProxyConfig } from '../../proxy/index.js';
import { basic, closeServer, echoUpstream, raw, tlsThroughTunnel, tlsUpstream, viaProxy, type Seen } from './helpers.js';
import { divergentCandidate, DIVERGENT_CANDIDATE_PATH } from './divergent-candidate.js';

interface DirUser {
  user: string;
  password: string;
  tenant: string;
  groups: string[];
}
const directory = JSON.parse(readFileSync(resolve('fixtures/users.json'), 'utf8')) as { users: DirUser[] };
const sources = bundledSources();
const oracle = LegacyEngine.fromSources(sources);

function ident(u: DirUser): Identity {
  return { tenant: u.tenant, user: u.user, groups: u.groups };
}

/** Finds a (user, url) whose legacy decision has the wanted action, so tests follow the fixtures. */
function find(action: string, urls: string[], pred: (u: DirUser) => boolean = () => true): { user: DirUser; url: string } {
  for (const user of directory.users.filter(pred)) {
    for (const url of urls) {
      const req: DecisionRequest = { method: 'GET', target: url, headers: [], identity: ident(user), timeMs: Date.now(), bypassToken: '' };
      try {
        if (decide(oracle, req).verdict?.action === action) return { user, url };
      } catch (e) {
        if (!(e instanceof EngineError)) throw e;
      }
    }
  }
  throw new Error(`no fixture user/url gives ${action}`);
}

const catDomains = (cat: number, n = 200) =>
  readFileSync(resolve('fixtures/categories.db'), 'latin1')
    .split('\n')
    .filter((l) => new RegExp(`^${cat}\\s+[a-z0-9.-]+\\.[a-z]+\\s*$`).test(l))
    .slice(0, n)
    .map((l) => l.split(/\s+/)[1]!);

let up: Awaited<ReturnType<typeof echoUpstream>>;
let tls: Awaited<ReturnType<typeof tlsUpstream>>;
let proxy: FilterProxy;
let port: number;
let dir: string;
let cfg: ProxyConfig;
const student = directory.users.find((u) => u.groups.includes('students')) ?? directory.users[0]!;
const auth = basic(student.user, student.password);

beforeAll(async () => {
  up = await echoUpstream();
  tls = await tlsUpstream();
  dir = mkdtempSync(resolve(tmpdir(), 'proxy-test-'));
  cfg = defaultConfig({
    forward: { host: '127.0.0.1', port: 0 },
    transparent: { host: '127.0.0.1', port: 0 },
    trusted: { host: '127.0.0.1', port: 0 },
    recording: { dir: resolve(dir, 'rec'), maxFileBytes: 4096, maxFiles: 50 },
    mismatchDir: resolve(dir, 'mismatches'),
    logLevel: 'silent',
  });
  cfg.limits.headersTimeoutMs = 1000;
  cfg.upstream.allowAddresses = ['127.0.0.1'];
  cfg.upstream.hosts = { 'forcesafesearch.google.com': '127.0.0.1', 'www.google.com': '127.0.0.1', 'upstream.test': '127.0.0.1', 'restrict.youtube.com': '127.0.0.1' };
  proxy = await new FilterProxy(cfg, pino({ level: 'silent' })).start();
  port = proxy.address().port;
});

afterAll(async () => {
  await proxy.stop(1000);
  await closeServer(up.server);
  await closeServer(tls.server);
  rmSync(dir, { recursive: true, force: true });
});

const header = (s: Seen, name: string): string[] => {
  const out: string[] = [];
  for (let i = 0; i < s.rawHeaders.length; i += 2) if (s.rawHeaders[i]!.toLowerCase() === name.toLowerCase()) out.push(s.rawHeaders[i + 1]!);
  return out;
};

describe('forwarding and identity', () => {
  it('requires authentication (407 with a Basic challenge)', async () => {
    const r = await viaProxy(port, `http://upstream.test:${up.port}/x`);
    expect(r.status).toBe(407);
    expect(r.headers['proxy-authenticate']).toMatch(/^Basic/);
    const bad = await viaProxy(port, `http://upstream.test:${up.port}/x`, { 'Proxy-Authorization': basic(student.user, 'wrong') });
    expect(bad.status).toBe(407);
  });

  it('forwards an allowed request with the identity block, spoofed identity headers gone', async () => {
    const before = up.seen.length;
    const r = await viaProxy(port, `http://upstream.test:${up.port}/hello?a=1`, { 'Proxy-Authorization': auth, 'X-Filter-User': 'admin', 'x-filter-tenant': 'evil', 'X_Filter_Groups': 'staff', 'X-Keep': 'yes' });
    expect(r.status).toBe(200);
    expect(r.headers['x-upstream']).toBe('echo');
    const seen = up.seen[before]!;
    expect(seen.url).toBe('/hello?a=1');
    expect(header(seen, 'X-Filter-User')).toEqual([student.user]);
    expect(header(seen, 'X-Filter-Tenant')).toEqual([student.tenant]);
    expect(header(seen, 'X-Filter-Groups')).toEqual([student.groups.join(',')]);
    expect(header(seen, 'X_Filter_Groups')).toEqual([]);
    expect(header(seen, 'X-Keep')).toEqual(['yes']);
    expect(header(seen, 'Proxy-Authorization')).toEqual([]);
    expect(header(seen, 'X-Filter-Signature')[0]).toMatch(/^[0-9a-f]{16,}$/);
  });

  it('streams request bodies upstream', async () => {
    const before = up.seen.length;
    const body = 'x'.repeat(100_000);
    const r = await viaProxy(port, `http://upstream.test:${up.port}/post`, { 'Proxy-Authorization': auth }, 'POST', body);
    expect(r.status).toBe(200);
    expect(up.seen[before]!.body.length).toBe(100_000);
  });

  it('accepts trusted identity headers only on the trusted listener', async () => {
    const trusted = proxy.address('trusted').port;
    const h = { 'X-Filter-Tenant': student.tenant, 'X-Filter-User': 'appliance-user', 'X-Filter-Groups': student.groups.join(',') };
    expect((await viaProxy(trusted, `http://upstream.test:${up.port}/t`, h)).status).toBe(200);
    expect((await viaProxy(port, `http://upstream.test:${up.port}/t`, h)).status).toBe(407);
  });

  it('identifies a client by its source address (fixtures/users.json sources)', async () => {
    const before = up.seen.length;
    const r = await raw(port, `GET http://upstream.test:${up.port}/by-source HTTP/1.1\r\nHost: upstream.test:${up.port}\r\nConnection: close\r\n\r\n`, { localAddress: '127.0.0.2' });
    expect(r).toMatch(/^HTTP\/1\.1 200/);
    expect(header(up.seen[before]!, 'X-Filter-User')).toEqual(['bart']);
  });

  it('serves origin-form requests on the transparent listener', async () => {
    const tp = proxy.address('transparent').port;
    const r = await raw(tp, `GET /transparent HTTP/1.1\r\nHost: upstream.test:${up.port}\r\nProxy-Authorization: ${auth}\r\nConnection: close\r\n\r\n`);
    expect(r).toMatch(/^HTTP\/1\.1 200/);
  });
});

describe('verdicts', () => {
  it('serves a block page with reason and category', async () => {
    const { user, url } = find('block', catDomains(1).map((d) => `http://${d}/`));
    const r = await viaProxy(port, url, { 'Proxy-Authorization': basic(user.user, user.password) });
    expect(r.status).toBe(403);
    expect(r.headers['x-filter-verdict']).toBe('block');
    expect(r.body).toContain('This page is blocked');
    expect(r.body).toMatch(/data-reason="[a-z_]+"/);
  });

  it('warns with an interstitial whose proceed link carries a bypass token that works', async () => {
    const candidates = [3, 4, 5, 2, 7, 8, 9, 6].flatMap((c) => catDomains(c, 40)).map((d) => `http://${d}:${up.port}/game`);
    const { user, url } = find('warn', candidates);
    const a = basic(user.user, user.password);
    const r = await viaProxy(port, url, { 'Proxy-Authorization': a });
    expect(r.headers['x-filter-verdict']).toBe('warn');
    const proceed = /id="proceed" href="([^"]+)"/.exec(r.body)?.[1]?.replace(/&amp;/g, '&');
    expect(proceed).toMatch(/__filter_bypass=/);
    cfg.upstream.hosts[new URL(url).hostname] = '127.0.0.1';
    const before = up.seen.length;
    const p = await viaProxy(port, proceed!, { 'Proxy-Authorization': a });
    expect(p.status).toBe(200);
    expect(up.seen[before]!.url).not.toContain('__filter_bypass');
  });

  it('rewrites a Google search for SafeSearch and adds its headers upstream', async () => {
    const before = up.seen.length;
    const r = await viaProxy(port, `http://www.google.com:${up.port}/search?q=cats&safe=off`, { 'Proxy-Authorization': auth });
    if (r.status !== 200) throw new Error(`unexpected ${r.status}: ${r.body.slice(0, 300)}`);
    const seen = up.seen[before]!;
    expect(seen.url).toMatch(/safe=active/);
    expect(seen.url).not.toMatch(/safe=off/);
  });

  it('answers 400 for a target that cannot be canonicalized', async () => {
    const r = await raw(port, `GET http://exa%20mple.com/ HTTP/1.1\r\nHost: x\r\nProxy-Authorization: ${auth}\r\nConnection: close\r\n\r\n`);
    expect(r).toMatch(/^HTTP\/1\.1 400/);
    expect(r).toContain('E_PROXY_BAD_TARGET');
  });
});

describe('tunnels', () => {
  it('CONNECT reaches a local TLS server', async () => {
    const r = await tlsThroughTunnel(port, `upstream.test:${tls.port}`, auth);
    expect(r.status).toMatch(/^HTTP\/1\.1 200/);
    expect(r.body).toContain('tls ok /inside');
  });

  it('CONNECT to a blocked host is refused', async () => {
    const { user } = find('block', catDomains(1).map((d) => `http://${d}/`));
    const blocked = find('block', catDomains(1).map((d) => `http://${d}/`), (u) => u.user === user.user).url;
    const host = new URL(blocked).hostname;
    const r = await raw(port, `CONNECT ${host}:443 HTTP/1.1\r\nHost: ${host}:443\r\nProxy-Authorization: ${basic(user.user, user.password)}\r\n\r\n`, { until: /\r\n\r\n/ });
    expect(r).toMatch(/^HTTP\/1\.1 403/);
  });

  it('maps a Google tunnel to its SafeSearch host', async () => {
    const r = await tlsThroughTunnel(port, `www.google.com:${tls.port}`, auth, 'forcesafesearch.google.com');
    expect(r.status).toMatch(/^HTTP\/1\.1 200/);
    expect(r.status).toMatch(/X-Filter-Mapped-Host: forcesafesearch\.google\.com/);
    expect(r.body).toContain('tls ok');
  });

  it('passes an upgrade (WebSocket) through after the decision', async () => {
    const r = await raw(port, `GET http://upstream.test:${up.port}/ws HTTP/1.1\r\nHost: upstream.test:${up.port}\r\nProxy-Authorization: ${auth}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n`, {
      until: /echo:ping/,
      keepOpen: (s) => setTimeout(() => s.write('ping'), 200),
    });
    expect(r).toMatch(/^HTTP\/1\.1 101/);
    expect(r).toContain('echo:ping');
  });
});

describe('defences', () => {
  const host = () => `upstream.test:${up.port}`;
  it('rejects Content-Length together with Transfer-Encoding', async () => {
    const r = await raw(port, `POST http://${host()}/ HTTP/1.1\r\nHost: ${host()}\r\nProxy-Authorization: ${auth}\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`);
    expect(r).toMatch(/^HTTP\/1\.1 400/);
  });
  it('rejects duplicate and invalid Content-Length', async () => {
    expect(await raw(port, `POST http://${host()}/ HTTP/1.1\r\nHost: ${host()}\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc`)).toMatch(/^HTTP\/1\.1 400/);
    expect(await raw(port, `POST http://${host()}/ HTTP/1.1\r\nHost: ${host()}\r\nContent-Length: 3x\r\n\r\nabc`)).toMatch(/^HTTP\/1\.1 400/);
  });
  it('rejects invalid chunked framing and obs-fold', async () => {
    expect(await raw(port, `POST http://${host()}/ HTTP/1.1\r\nHost: ${host()}\r\nProxy-Authorization: ${auth}\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n`)).not.toMatch(/^HTTP\/1\.1 200/);
    expect(await raw(port, `GET http://${host()}/ HTTP/1.1\r\nHost: ${host()}\r\nX-Folded: a\r\n  b\r\n\r\n`)).toMatch(/^HTTP\/1\.1 400/);
  });
  it('answers 431 for oversized headers', async () => {
    expect(await raw(port, `GET http://${host()}/ HTTP/1.1\r\nHost: ${host()}\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`)).toMatch(/^HTTP\/1\.1 431/);
  });
  it('times out a slowloris client that never finishes its headers', async () => {
    const t0 = Date.now();
    const r = await raw(port, `GET http://${host()}/ HTTP/1.1\r\nHost: ${host()}\r\n`, { timeoutMs: 5000 });
    expect(Date.now() - t0).toBeLessThan(4500);
    expect(r === '' || /^HTTP\/1\.1 408/.test(r)).toBe(true);
  });
  it('refuses loopback, link-local and metadata upstreams unless configured', async () => {
    for (const target of ['http://127.0.0.2:9/x', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]:9/x']) {
      const r = await viaProxy(port, target, { 'Proxy-Authorization': auth });
      expect(r.headers['x-filter-error'], target).toBe('E_PROXY_FORBIDDEN_UPSTREAM');
      expect(r.status).toBe(403);
    }
  });
});

describe('shadow mode, recording and operations', () => {
  it('counts a deliberately divergent module as a mismatch, writes a record that replay reproduces', async () => {
    const set = proxy.engines;
    proxy.setEngines({ ...set, ported: divergentCandidate(sources) as unknown as PortedEngine });
    try {
      const r = await viaProxy(port, `http://upstream.test:${up.port}/divergent?q=1`, { 'Proxy-Authorization': auth });
      expect(r.status).toBe(200);
      await proxy.shadow.drain();
    } finally {
      proxy.setEngines(set);
    }
    const metrics = await proxy.metrics.registry.getSingleMetricAsString('filter_shadow_mismatches_total');
    expect(metrics).toMatch(/module="search_terms"} [1-9]/);
    await proxy.mismatchLog!.close();
    const files = readdirSync(resolve(dir, 'mismatches')).map((f) => resolve(dir, 'mismatches', f));
    const lines = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean));
    const rec = parseRecord(lines[0]!, 1);
    expect(rec.mismatch?.module).toBe('search_terms');
    const rep = await replay({ files, sources: { categories: 'fixtures/categories.db', policy: 'fixtures/policy.ini', phrases: 'fixtures/phrases.txt' }, workers: 1, candidate: DIVERGENT_CANDIDATE_PATH });
    expect(rep.tally.search_terms.mismatches).toBeGreaterThan(0);
    const clean = await replay({ files, sources: { categories: 'fixtures/categories.db', policy: 'fixtures/policy.ini', phrases: 'fixtures/phrases.txt' }, workers: 1 });
    expect(clean.tally.search_terms.mismatches).toBe(0);
  });

  it('a throwing legacy engine in shadow never changes the response', async () => {
    const set = proxy.engines;
    const throwing = new Proxy(set.legacy, {
      get(target, prop, recv) {
        if (prop === 'category_lookup') return () => { throw new EngineError('E_INTERNAL', 'boom'); };
        const v = Reflect.get(target, prop, recv) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    const manifest = { version: 1 as const, modules: { ...set.manifest.modules, category_lookup: 'ported' as const } };
    proxy.setEngines({ ...set, legacy: throwing as LegacyEngine, manifest });
    try {
      const r = await viaProxy(port, `http://upstream.test:${up.port}/legacy-throws`, { 'Proxy-Authorization': auth });
      expect(r.status).toBe(200);
      await proxy.shadow.drain();
    } finally {
      proxy.setEngines(set);
    }
    expect(await proxy.metrics.registry.getSingleMetricAsString('filter_shadow_errors_total')).toMatch(/module="category_lookup"} [1-9]/);
  });

  it('records decision inputs to rotating files that replay reads as they are', async () => {
    for (let i = 0; i < 20; i++) await viaProxy(port, `http://upstream.test:${up.port}/rec/${i}`, { 'Proxy-Authorization': auth });
    const files = readdirSync(resolve(dir, 'rec')).filter((f) => f.endsWith('.jsonl')).map((f) => resolve(dir, 'rec', f));
    expect(files.length).toBeGreaterThan(1);
    const r = await replay({ files, sources: { categories: 'fixtures/categories.db', policy: 'fixtures/policy.ini', phrases: 'fixtures/phrases.txt' }, workers: 1 });
    expect(r.records).toBeGreaterThanOrEqual(20);
    expect(r.badLines).toEqual([]);
  });

  it('serves metrics, health and readiness', async () => {
    const m = await raw(port, 'GET /metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(m).toContain('filter_requests_total');
    expect(m).toContain('filter_shadow_comparisons_total');
    expect(await raw(port, 'GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1\.1 200/);
    expect(await raw(port, 'GET /readyz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1\.1 200/);
  });

  it('reloads under load without failing a request', async () => {
    let failures = 0;
    let done = 0;
    const load = (async () => {
      const end = Date.now() + 1500;
      while (Date.now() < end) {
        const rs = await Promise.all(Array.from({ length: 8 }, () => viaProxy(port, `http://upstream.test:${up.port}/load`, { 'Proxy-Authorization': auth })));
        for (const r of rs) if (r.status !== 200) failures++;
        done += rs.length;
      }
    })();
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r, 300));
      expect(proxy.reload()).toBe(true);
    }
    await load;
    expect(done).toBeGreaterThan(20);
    expect(failures).toBe(0);
  });
});

export type { RuleEngine };
