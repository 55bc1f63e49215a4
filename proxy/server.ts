/**
 * The filtering forward proxy. A request goes through these phases, in order (see
 * proxy/README.md for the chart):
 *
 *   accept     the HTTP parser and `defend()` refuse malformed framing (400/431/408)
 *   admin      origin-form requests to the proxy itself: /metrics, /healthz, /readyz
 *   identity   Basic auth, trusted appliance headers, or source address; else 407
 *   decide     the eight modules through the mixed engine of the cut-over manifest
 *   verdict    block page, warn interstitial, bad target — served by the proxy
 *   upstream   SafeSearch-rewritten request with identity headers, streamed both ways
 *   shadow     (after the response) the other engine re-runs every module call; compared
 *   record     (after the response) the decision input is appended to the recording
 *
 * Each phase returns what happens next; shadow and record run only once the response is
 * finished, and nothing they do can change or fail it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Socket } from 'node:net';
import pino, { type Logger } from 'pino';
import type { Agent } from 'undici';
import { EngineError, decide, type Decision, type DecisionRequest, type Header, type Identity } from '../legacy-bridge/index.js';
import { fromDecisionRequest } from '../differential/index.js';
import type { ProxyConfig } from './config.js';
import { loadEngineSet, recordingMixedEngine, type EngineSet, type ModuleCall } from './engines.js';
import { ProxyError } from './errors.js';
import { identify, loadDirectory, type Directory } from './identity.js';
import { createMetrics, type Metrics } from './metrics.js';
import { blockPage, errorPage, warnPage, type BlockInfo } from './pages.js';
import { RotatingJsonlWriter } from './recorder.js';
import { Shadow } from './shadow.js';
import { HOP_BY_HOP, assertAllowedHost, classifyUpstreamError, connectTcp, createAgent } from './upstream.js';

export const PHASES = ['accept', 'admin', 'identity', 'decide', 'verdict', 'upstream', 'shadow', 'record'] as const;
export type ListenerKind = 'forward' | 'transparent' | 'trusted';

/** Query parameter carrying a warn page's bypass token on the proceed link. */
export const BYPASS_PARAM = '__filter_bypass';

type Next = { done: true } | { done: false };
const DONE: Next = { done: true };

function pairs(raw: string[]): Header[] {
  const out: Header[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) out.push({ name: raw[i]!, value: raw[i + 1]! });
  return out;
}

/** Splits the bypass token off a target: `…?a=1&__filter_bypass=T` → (`…?a=1`, `T`). */
export function extractBypass(target: string): { target: string; token: string } {
  const q = target.indexOf('?');
  if (q < 0 || !target.includes(BYPASS_PARAM + '=')) return { target, token: '' };
  const hash = target.indexOf('#', q);
  const query = target.slice(q + 1, hash < 0 ? undefined : hash);
  let token = '';
  const kept = query.split('&').filter((kv) => {
    if (kv.startsWith(BYPASS_PARAM + '=')) {
      token = decodeURIComponent(kv.slice(BYPASS_PARAM.length + 1));
      return false;
    }
    return true;
  });
  return { target: target.slice(0, q) + (kept.length ? '?' + kept.join('&') : '') + (hash < 0 ? '' : target.slice(hash)), token };
}

function loadCategoryNames(fixturesDir: string): Map<number, string> {
  const names = new Map<number, string>();
  try {
    for (const m of readFileSync(resolve(fixturesDir, 'categories.db'), 'latin1').matchAll(/^@category\s+(\d+)\s+\S+\s+"([^"]*)"/gm)) names.set(Number(m[1]), m[2]!);
  } catch {
    // names are cosmetic
  }
  return names;
}

export class FilterProxy {
  readonly metrics: Metrics;
  readonly shadow: Shadow;
  readonly log: Logger;
  readonly recorder?: RotatingJsonlWriter;
  readonly mismatchLog?: RotatingJsonlWriter;
  #set: EngineSet;
  #dir: Directory;
  #categoryNames: Map<number, string>;
  #agent: Agent;
  #servers = new Map<ListenerKind, Server>();
  #tunnels = new Set<Socket | Duplex>();
  #inFlight = 0;
  #ready = false;
  #draining = false;

  constructor(readonly cfg: ProxyConfig, logger?: Logger) {
    this.log = logger ?? pino({ level: cfg.logLevel, base: { svc: 'filter-proxy' } });
    this.metrics = createMetrics();
    this.#set = loadEngineSet(cfg.fixturesDir, cfg.manifestPath);
    this.#dir = loadDirectory(cfg.usersPath);
    this.#categoryNames = loadCategoryNames(cfg.fixturesDir);
    this.#agent = createAgent(cfg.upstream);
    if (cfg.recording) this.recorder = new RotatingJsonlWriter({ dir: cfg.recording.dir, prefix: 'traffic', maxFileBytes: cfg.recording.maxFileBytes, maxFiles: cfg.recording.maxFiles });
    if (cfg.mismatchDir) this.mismatchLog = new RotatingJsonlWriter({ dir: cfg.mismatchDir, prefix: 'mismatches', maxFileBytes: 64 * 1024 * 1024, maxFiles: 20 });
    this.shadow = new Shadow(cfg.shadow, this.metrics, this.mismatchLog, (e) => this.log.warn({ err: e }, 'shadow comparison failed'));
  }

  get engines(): EngineSet {
    return this.#set;
  }

  /** Replaces the engines (for tests: e.g. a deliberately divergent port). */
  setEngines(set: EngineSet): void {
    this.#set = set;
  }

  async start(): Promise<this> {
    const listeners: [ListenerKind, ProxyConfig['forward'] | undefined][] = [
      ['forward', this.cfg.forward],
      ['transparent', this.cfg.transparent],
      ['trusted', this.cfg.trusted],
    ];
    for (const [kind, l] of listeners) {
      if (!l) continue;
      const server = this.#createServer(kind);
      await new Promise<void>((res, rej) => {
        server.once('error', rej);
        server.listen(l.port, l.host, () => {
          server.off('error', rej);
          res();
        });
      });
      this.#servers.set(kind, server);
    }
    this.#ready = true;
    this.log.info({ listeners: Object.fromEntries([...this.#servers].map(([k, s]) => [k, s.address()])), manifest: this.#set.manifest.modules }, 'filter proxy listening');
    return this;
  }

  address(kind: ListenerKind = 'forward'): { host: string; port: number } {
    const a = this.#servers.get(kind)?.address();
    if (!a || typeof a === 'string') throw new ProxyError('E_PROXY_CONFIG', `no ${kind} listener`);
    return { host: a.address, port: a.port };
  }

  /** Reloads the manifest, fixtures and user directory; keeps the old ones if anything fails. */
  reload(): boolean {
    try {
      const set = loadEngineSet(this.cfg.fixturesDir, this.cfg.manifestPath);
      const dir = loadDirectory(this.cfg.usersPath);
      this.#set = set;
      this.#dir = dir;
      this.#categoryNames = loadCategoryNames(this.cfg.fixturesDir);
      this.metrics.reloads.inc({ result: 'ok' });
      this.log.info({ manifest: set.manifest.modules }, 'reloaded manifest and fixtures');
      return true;
    } catch (e) {
      this.metrics.reloads.inc({ result: 'failed' });
      this.log.error({ err: e }, 'reload failed; keeping the previous engines');
      return false;
    }
  }

  /** Graceful shutdown: stop accepting, let in-flight requests finish (up to graceMs), drain the shadow. */
  async stop(graceMs = 10_000): Promise<void> {
    this.#ready = false;
    this.#draining = true;
    const closed = [...this.#servers.values()].map((s) => new Promise<void>((r) => s.close(() => r())));
    for (const s of this.#servers.values()) s.closeIdleConnections();
    const deadline = Date.now() + graceMs;
    while (this.#inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    for (const s of this.#servers.values()) s.closeAllConnections();
    for (const t of this.#tunnels) t.destroy();
    await Promise.all(closed);
    await this.shadow.drain();
    // Pooled upstream connections close gracefully, but never hold the shutdown past the grace.
    const agentClosed = this.#agent.close();
    const late = await Promise.race([agentClosed.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), Math.max(100, deadline - Date.now())))]);
    if (late) await this.#agent.destroy();
    await Promise.all([this.recorder?.close(), this.mismatchLog?.close()]);
    this.log.info('filter proxy stopped');
  }

  // ---- accept ---------------------------------------------------------------------------------

  #createServer(kind: ListenerKind): Server {
    const server = createServer({
      maxHeaderSize: this.cfg.limits.maxHeaderBytes,
      headersTimeout: this.cfg.limits.headersTimeoutMs,
      requestTimeout: this.cfg.limits.headersTimeoutMs + this.cfg.upstream.totalTimeoutMs,
      keepAliveTimeout: this.cfg.limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: 500,
      requireHostHeader: false,
    });
    server.on('request', (req, res) => void this.#onRequest(kind, req, res));
    server.on('connect', (req, socket, head) => void this.#onConnect(kind, req, socket, head));
    server.on('upgrade', (req, socket, head) => void this.#onUpgrade(kind, req, socket, head));
    server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
      const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
      const text = status === 431 ? 'Request Header Fields Too Large' : status === 408 ? 'Request Timeout' : 'Bad Request';
      this.metrics.rejected.inc({ code: err.code ?? 'parse' });
      this.log.debug({ code: err.code }, 'client error');
      if (socket.writable && !(socket as Socket).destroyed) socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      else socket.destroy();
    });
    return server;
  }

  /** Framing defences the HTTP parser leaves to us: duplicate Content-Length, CL together with TE. */
  #defend(req: IncomingMessage): ProxyError | undefined {
    let cl = 0;
    let te = false;
    for (let i = 0; i < req.rawHeaders.length; i += 2) {
      const n = req.rawHeaders[i]!.toLowerCase();
      if (n === 'content-length') cl++;
      else if (n === 'transfer-encoding') te = true;
    }
    if (cl > 1) return new ProxyError('E_PROXY_BAD_REQUEST', 'duplicate Content-Length');
    if (cl > 0 && te) return new ProxyError('E_PROXY_BAD_REQUEST', 'both Content-Length and Transfer-Encoding');
    return undefined;
  }

  // ---- HTTP requests --------------------------------------------------------------------------

  async #onRequest(kind: ListenerKind, req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.#inFlight++;
    res.once('close', () => this.#inFlight--);
    try {
      const bad = this.#defend(req);
      if (bad) return this.#fail(res, bad, true);
      const url = req.url ?? '';
      if (url.startsWith('/') && kind !== 'transparent') {
        await this.#admin(url, res);
        return;
      }
      if (this.cfg.passthrough) return await this.#passthrough(req, res, url);
      const id = identify(this.#dir, req.headers, req.socket.remoteAddress, kind === 'trusted');
      if (!id.ok) return this.#authRequired(res, id.reason);
      const { target, token } = extractBypass(url);
      const request: DecisionRequest = { method: req.method ?? 'GET', target, headers: pairs(req.rawHeaders), identity: id.identity, timeMs: Date.now(), bypassToken: token };
      const set = this.#set;
      const calls: ModuleCall[] = [];
      const decision = this.#decide(set, request, calls);
      res.once('finish', () => this.#after(set, request, calls));
      if (!decision) return this.#fail(res, new ProxyError('E_PROXY_ENGINE'));
      if ((await this.#verdict(request, decision, res)).done) return;
      await this.#upstream(req, res, decision);
    } catch (e) {
      this.#fail(res, e instanceof ProxyError ? e : classifyUpstreamError(e));
    }
  }

  async #admin(path: string, res: ServerResponse): Promise<void> {
    if (path === '/metrics') {
      res.writeHead(200, { 'content-type': this.metrics.registry.contentType });
      res.end(await this.metrics.registry.metrics());
    } else if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
    } else if (path === '/readyz') {
      const ok = this.#ready && !this.#draining;
      res.writeHead(ok ? 200 : 503, { 'content-type': 'text/plain' }).end(ok ? 'ready\n' : 'not ready\n');
    } else {
      this.#fail(res, new ProxyError('E_PROXY_BAD_REQUEST', 'this is a proxy: send absolute-form requests (curl -x)'));
    }
  }

  #authRequired(res: ServerResponse, reason: string): void {
    this.metrics.rejected.inc({ code: 'E_PROXY_AUTH_REQUIRED' });
    res.writeHead(407, { 'proxy-authenticate': 'Basic realm="school web filter"', 'content-type': 'text/html; charset=utf-8', 'x-filter-error': 'E_PROXY_AUTH_REQUIRED' });
    res.end(errorPage(407, 'Proxy Authentication Required', reason));
  }

  #decide(set: EngineSet, request: DecisionRequest, calls: ModuleCall[]): Decision | undefined {
    const t0 = performance.now();
    try {
      return decide(recordingMixedEngine(set, calls), request);
    } catch (e) {
      // Any failure of the deciding engine is an internal error (500), never an upstream one.
      if (e instanceof EngineError) this.log.warn({ code: e.code, tenant: request.identity.tenant }, 'decision failed');
      else this.log.error({ err: e }, 'decision engine threw');
      return undefined;
    } finally {
      this.metrics.decisionSeconds.observe((performance.now() - t0) / 1000);
    }
  }

  #blockInfo(request: DecisionRequest, d: Decision): BlockInfo {
    const v = d.verdict!;
    return {
      url: d.canon.ok ? d.canon.url : request.target,
      reason: v.reason,
      category: v.category,
      categoryName: this.#categoryNames.get(v.category) ?? String(v.category),
      ruleId: v.ruleId,
      link: d.blockPage?.location ?? '',
    };
  }

  async #verdict(request: DecisionRequest, d: Decision, res: ServerResponse): Promise<Next> {
    if (!d.canon.ok || !d.verdict) {
      this.metrics.requests.inc({ kind: 'http', action: 'invalid' });
      this.#fail(res, new ProxyError('E_PROXY_BAD_TARGET', d.canon.ok ? undefined : d.canon.error));
      return DONE;
    }
    const action = d.verdict.action;
    this.metrics.requests.inc({ kind: 'http', action });
    if (d.canon.host === this.cfg.blockHost) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'x-filter-verdict': 'block-page' });
      res.end(errorPage(200, 'Blocked', 'This page explains a block; ask your teacher if you need the site.'));
      return DONE;
    }
    if (action === 'block') {
      res.writeHead(403, { 'content-type': 'text/html; charset=utf-8', 'x-filter-verdict': 'block', 'x-filter-reason': d.verdict.reason, 'x-filter-category': String(d.verdict.category), 'cache-control': 'no-store' });
      res.end(blockPage(this.#blockInfo(request, d)));
      return DONE;
    }
    if (action === 'warn') {
      const token = d.bypass?.token ?? '';
      const sep = request.target.includes('?') ? '&' : '?';
      const hash = request.target.indexOf('#');
      const base = hash < 0 ? request.target : request.target.slice(0, hash);
      const proceed = `${base}${sep}${BYPASS_PARAM}=${encodeURIComponent(token)}`;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'x-filter-verdict': 'warn', 'x-filter-reason': d.verdict.reason, 'cache-control': 'no-store' });
      res.end(warnPage(this.#blockInfo(request, d), proceed));
      return DONE;
    }
    return { done: false };
  }

  async #upstream(req: IncomingMessage, res: ServerResponse, d: Decision): Promise<void> {
    if (!d.canon.ok || !d.safeSearch || !d.upstreamHeaders) throw new ProxyError('E_PROXY_ENGINE', 'allowed decision without upstream data');
    const c = d.canon;
    const s = d.safeSearch;
    assertAllowedHost(this.cfg.upstream, s.host);
    const host = c.hostKind === 'ipv6' && !s.host.startsWith('[') ? `[${s.host}]` : s.host;
    const origin = `${c.scheme === 'https' ? 'https' : 'http'}://${host}:${c.port}`;
    const path = (s.path || '/') + (s.hasQuery ? '?' + s.query : '');
    const headers: string[] = [];
    for (const h of d.upstreamHeaders.headers) {
      const n = h.name.trim().toLowerCase();
      if (HOP_BY_HOP.has(n) || n.startsWith('proxy-')) continue;
      headers.push(h.name, h.value);
    }
    const defaultPort = c.scheme === 'https' ? 443 : 80;
    headers.push('host', c.port === defaultPort ? host : `${host}:${c.port}`);
    const hasBody = req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined;
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(new ProxyError('E_PROXY_UPSTREAM_TIMEOUT', 'total timeout')), this.cfg.upstream.totalTimeoutMs);
    res.once('close', () => {
      if (!res.writableFinished) ac.abort(new Error('client went away'));
    });
    try {
      const up = await this.#agent.request({ origin, path, method: (req.method ?? 'GET') as never, headers, body: hasBody ? req : null, signal: ac.signal });
      const out: Record<string, string | string[]> = {};
      for (const [k, v] of Object.entries(up.headers)) if (v !== undefined && !HOP_BY_HOP.has(k)) out[k] = v;
      res.writeHead(up.statusCode, out);
      await pipeline(up.body, res);
    } catch (e) {
      const err = e instanceof ProxyError ? e : classifyUpstreamError(ac.signal.aborted && ac.signal.reason instanceof ProxyError ? ac.signal.reason : e);
      this.metrics.upstreamErrors.inc({ code: err.code });
      if (!res.headersSent) this.#fail(res, err);
      else res.destroy(err);
    } finally {
      clearTimeout(timer);
    }
  }

  /** No identity, no decision: the same forwarding path, for the benchmark's baseline. */
  async #passthrough(req: IncomingMessage, res: ServerResponse, url: string): Promise<void> {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      throw new ProxyError('E_PROXY_BAD_TARGET', 'not an absolute URL');
    }
    const headers: string[] = [];
    for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
      const n = req.rawHeaders[i]!.toLowerCase();
      if (!HOP_BY_HOP.has(n) && !n.startsWith('proxy-')) headers.push(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
    }
    headers.push('host', u.host);
    const hasBody = req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined;
    try {
      const up = await this.#agent.request({ origin: u.origin, path: u.pathname + u.search, method: (req.method ?? 'GET') as never, headers, body: hasBody ? req : null });
      const out: Record<string, string | string[]> = {};
      for (const [k, v] of Object.entries(up.headers)) if (v !== undefined && !HOP_BY_HOP.has(k)) out[k] = v;
      res.writeHead(up.statusCode, out);
      await pipeline(up.body, res);
    } catch (e) {
      const err = classifyUpstreamError(e);
      if (!res.headersSent) this.#fail(res, err);
      else res.destroy(err);
    }
  }

  #fail(res: ServerResponse, err: ProxyError, close = false): void {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (err.side === 'downstream') this.metrics.rejected.inc({ code: err.code });
    this.log.debug({ code: err.code, side: err.side, msg: err.message }, 'request failed');
    const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8', 'x-filter-error': err.code };
    if (close) headers.connection = 'close';
    res.writeHead(err.status, headers);
    res.end(errorPage(err.status, err.code, err.message));
  }

  // ---- CONNECT tunnels ------------------------------------------------------------------------

  async #onConnect(kind: ListenerKind, req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    this.#tunnels.add(socket);
    socket.once('close', () => this.#tunnels.delete(socket));
    socket.on('error', () => socket.destroy());
    const reply = (status: number, text: string, extra = ''): void => void socket.end(`HTTP/1.1 ${status} ${text}\r\n${extra}Content-Length: 0\r\nConnection: close\r\n\r\n`);
    try {
      const id = identify(this.#dir, req.headers, req.socket.remoteAddress, kind === 'trusted');
      if (!id.ok) {
        this.metrics.rejected.inc({ code: 'E_PROXY_AUTH_REQUIRED' });
        return reply(407, 'Proxy Authentication Required', 'Proxy-Authenticate: Basic realm="school web filter"\r\n');
      }
      const request: DecisionRequest = { method: 'CONNECT', target: req.url ?? '', headers: pairs(req.rawHeaders), identity: id.identity, timeMs: Date.now(), bypassToken: '' };
      const set = this.#set;
      const calls: ModuleCall[] = [];
      const d = this.#decide(set, request, calls);
      socket.once('close', () => this.#after(set, request, calls));
      if (!d) return reply(500, 'Internal Server Error', 'X-Filter-Error: E_PROXY_ENGINE\r\n');
      if (!d.canon.ok || !d.verdict) {
        this.metrics.requests.inc({ kind: 'connect', action: 'invalid' });
        return reply(400, 'Bad Request', 'X-Filter-Error: E_PROXY_BAD_TARGET\r\n');
      }
      this.metrics.requests.inc({ kind: 'connect', action: d.verdict.action });
      if (d.verdict.action === 'block' || d.verdict.action === 'warn') {
        return reply(403, 'Forbidden', `X-Filter-Verdict: ${d.verdict.action}\r\nX-Filter-Reason: ${d.verdict.reason}\r\nX-Filter-Category: ${d.verdict.category}\r\n`);
      }
      const host = d.safeSearch?.host || d.canon.host;
      let upstream: Socket;
      try {
        upstream = await connectTcp(this.cfg.upstream, host, d.canon.port);
      } catch (e) {
        const err = e instanceof ProxyError ? e : classifyUpstreamError(e);
        this.metrics.upstreamErrors.inc({ code: err.code });
        return reply(err.status, 'Tunnel Failed', `X-Filter-Error: ${err.code}\r\n`);
      }
      this.#tunnels.add(upstream);
      upstream.once('close', () => this.#tunnels.delete(upstream));
      upstream.setTimeout(this.cfg.upstream.idleTimeoutMs, () => upstream.destroy());
      socket.write(`HTTP/1.1 200 Connection Established\r\nX-Filter-Verdict: ${d.verdict.action}\r\n${host !== d.canon.host ? `X-Filter-Mapped-Host: ${host}\r\n` : ''}\r\n`);
      if (head.length) upstream.write(head);
      this.#splice(socket, upstream);
    } catch (e) {
      this.log.error({ err: e }, 'tunnel failed');
      socket.destroy();
    }
  }

  // ---- upgrades (WebSocket) -------------------------------------------------------------------

  async #onUpgrade(kind: ListenerKind, req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    this.#tunnels.add(socket);
    socket.once('close', () => this.#tunnels.delete(socket));
    socket.on('error', () => socket.destroy());
    const reply = (status: number, text: string, extra = ''): void => void socket.end(`HTTP/1.1 ${status} ${text}\r\n${extra}Content-Length: 0\r\nConnection: close\r\n\r\n`);
    try {
      const id = identify(this.#dir, req.headers, req.socket.remoteAddress, kind === 'trusted');
      if (!id.ok) return reply(407, 'Proxy Authentication Required', 'Proxy-Authenticate: Basic realm="school web filter"\r\n');
      const request: DecisionRequest = { method: req.method ?? 'GET', target: req.url ?? '', headers: pairs(req.rawHeaders), identity: id.identity, timeMs: Date.now(), bypassToken: '' };
      const set = this.#set;
      const calls: ModuleCall[] = [];
      const d = this.#decide(set, request, calls);
      socket.once('close', () => this.#after(set, request, calls));
      if (!d || !d.canon.ok || !d.verdict) return reply(400, 'Bad Request');
      this.metrics.requests.inc({ kind: 'upgrade', action: d.verdict.action });
      if (d.verdict.action === 'block' || d.verdict.action === 'warn') return reply(403, 'Forbidden', `X-Filter-Verdict: ${d.verdict.action}\r\n`);
      const s = d.safeSearch!;
      const upstream = await connectTcp(this.cfg.upstream, s.host, d.canon.port);
      this.#tunnels.add(upstream);
      upstream.once('close', () => this.#tunnels.delete(upstream));
      let headText = `${req.method} ${(s.path || '/') + (s.hasQuery ? '?' + s.query : '')} HTTP/1.1\r\nHost: ${s.host}:${d.canon.port}\r\n`;
      for (const h of d.upstreamHeaders!.headers) {
        const n = h.name.trim().toLowerCase();
        if (n === 'host' || n.startsWith('proxy-') || n === 'keep-alive') continue;
        headText += `${h.name}: ${h.value}\r\n`;
      }
      upstream.write(Buffer.from(headText + '\r\n', 'latin1'));
      if (head.length) upstream.write(head);
      this.#splice(socket, upstream);
    } catch (e) {
      const err = e instanceof ProxyError ? e : classifyUpstreamError(e);
      reply(err.status, 'Upgrade Failed', `X-Filter-Error: ${err.code}\r\n`);
    }
  }

  /** Joins a client socket and an upstream socket; when either goes away, so does the other. */
  #splice(client: Duplex, upstream: Socket): void {
    upstream.on('error', () => client.destroy());
    client.once('close', () => upstream.destroy());
    upstream.once('close', () => client.destroy());
    client.pipe(upstream);
    upstream.pipe(client);
  }

  // ---- shadow and record (after the response) -------------------------------------------------

  #after(set: EngineSet, request: DecisionRequest, calls: ModuleCall[]): void {
    try {
      if (this.cfg.shadow.enabled) this.shadow.offer(set, request, calls);
      if (this.recorder) {
        if (this.recorder.write(JSON.stringify(fromDecisionRequest(request)))) this.metrics.recorded.inc();
        else this.metrics.recordDropped.inc();
      }
    } catch (e) {
      this.log.warn({ err: e }, 'after-response phase failed');
    }
  }
}

export type { Identity };
