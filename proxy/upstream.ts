/**
 * Upstream side: address policy (no loopback, link-local or metadata addresses unless
 * configured), host overrides, pooled keep-alive HTTP through undici with connect / headers /
 * idle / total timeouts, and raw TCP for CONNECT tunnels and upgrades.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, connect as netConnect, type Socket } from 'node:net';
import { Agent } from 'undici';
import { ProxyError } from './errors.js';
import type { ProxyConfig } from './config.js';

const METADATA = new Set(['169.254.169.254', '169.254.170.2', '100.100.100.200', 'fd00:ec2::254']);

/** True for loopback, link-local, unspecified and cloud metadata addresses. */
export function isForbiddenAddress(addr: string): boolean {
  const a = addr.toLowerCase().replace(/^::ffff:/, '');
  if (METADATA.has(a)) return true;
  if (isIP(a) === 4) {
    const [x, y] = a.split('.').map(Number) as [number, number];
    return x === 127 || x === 0 || (x === 169 && y === 254);
  }
  if (isIP(a) === 6) return a === '::1' || a === '::' || /^fe[89ab]/.test(a);
  return false;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A dns.lookup replacement applying host overrides and the address policy (checked at connect time). */
export function guardedLookup(cfg: ProxyConfig['upstream']) {
  const allowed = new Set(cfg.allowAddresses);
  return (hostname: string, options: { all?: boolean } | number | undefined, callback: LookupCallback): void => {
    const host = cfg.hosts[hostname.toLowerCase()] ?? hostname;
    const opts = typeof options === 'object' && options !== null ? options : {};
    dnsLookup(host, { all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const list = addresses as LookupAddress[];
      const bad = list.find((a) => isForbiddenAddress(a.address) && !allowed.has(a.address));
      if (bad) {
        const e = new Error(`upstream ${hostname} resolves to forbidden address ${bad.address}`) as NodeJS.ErrnoException;
        e.code = 'E_PROXY_FORBIDDEN_UPSTREAM';
        return callback(e, []);
      }
      if (opts.all) return callback(null, list);
      const first = list[0];
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
      callback(null, first.address, first.family);
    });
  };
}

export function createAgent(cfg: ProxyConfig['upstream']): Agent {
  return new Agent({
    connect: { timeout: cfg.connectTimeoutMs, lookup: guardedLookup(cfg) as never },
    headersTimeout: cfg.headersTimeoutMs,
    bodyTimeout: cfg.idleTimeoutMs,
    keepAliveTimeout: 4_000,
    connections: 256,
  });
}

/**
 * Node connects to IP literals without a lookup, so the address policy is checked here as well
 * as in guardedLookup. Throws E_PROXY_FORBIDDEN_UPSTREAM.
 */
export function assertAllowedHost(cfg: ProxyConfig['upstream'], host: string): void {
  const h = host.replace(/^\[|\]$/g, '');
  const mapped = cfg.hosts[h.toLowerCase()] ?? h;
  if (isIP(mapped) && isForbiddenAddress(mapped) && !cfg.allowAddresses.includes(mapped)) {
    throw new ProxyError('E_PROXY_FORBIDDEN_UPSTREAM', `upstream address ${mapped} is not allowed`);
  }
}

/** Maps an upstream failure to a ProxyError. */
export function classifyUpstreamError(e: unknown): ProxyError {
  if (e instanceof ProxyError) return e;
  const err = e as { code?: string; name?: string; message?: string; cause?: { code?: string } };
  const code = err.code ?? err.cause?.code ?? '';
  if (code === 'E_PROXY_FORBIDDEN_UPSTREAM') return new ProxyError('E_PROXY_FORBIDDEN_UPSTREAM', err.message ?? err.cause?.toString(), { cause: e });
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new ProxyError('E_PROXY_DNS', err.message, { cause: e });
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || err.name === 'TimeoutError' || code === 'ETIMEDOUT') return new ProxyError('E_PROXY_UPSTREAM_TIMEOUT', err.message, { cause: e });
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'EHOSTUNREACH' || code === 'UND_ERR_SOCKET') return new ProxyError('E_PROXY_UPSTREAM_CONNECT', err.message, { cause: e });
  return new ProxyError('E_PROXY_UPSTREAM_FAILED', err.message, { cause: e });
}

/** Opens a TCP connection to the upstream for a tunnel or an upgrade, with the address policy. */
export function connectTcp(cfg: ProxyConfig['upstream'], host: string, port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    try {
      assertAllowedHost(cfg, host);
    } catch (e) {
      reject(e);
      return;
    }
    const socket = netConnect({ host, port, lookup: guardedLookup(cfg) as never });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new ProxyError('E_PROXY_UPSTREAM_TIMEOUT', `connect to ${host}:${port}`));
    }, cfg.connectTimeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.off('error', onError);
      resolve(socket);
    });
    const onError = (e: Error) => {
      clearTimeout(timer);
      reject(classifyUpstreamError(e));
    };
    socket.once('error', onError);
  });
}

/** Hop-by-hop and proxy headers never forwarded upstream. */
export const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-authorization', 'proxy-authenticate', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'host', 'expect']);
