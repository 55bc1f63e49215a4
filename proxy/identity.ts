/**
 * Who is asking: Proxy-Authorization Basic against the user directory, the identity headers of
 * a trusted appliance (only on the listener configured for it), or the client's source address.
 * Unauthenticated requests get 407 from the caller.
 */
import { readFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { Identity } from '../legacy-bridge/index.js';
import { ProxyError } from './errors.js';

export interface DirectoryUser {
  user: string;
  password: string;
  tenant: string;
  groups: string[];
}

export interface Directory {
  users: Map<string, DirectoryUser>;
  sources: { network: number; mask: number; user: string }[];
}

function ipv4ToInt(ip: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return undefined;
  return ((parts[0]! << 24) | (parts[1]! << 16) | (parts[2]! << 8) | parts[3]!) >>> 0;
}

export function loadDirectory(path: string): Directory {
  let raw: { users?: DirectoryUser[]; sources?: { cidr: string; user: string }[] };
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ProxyError('E_PROXY_CONFIG', `cannot read the user directory ${path}: ${(e as Error).message}`);
  }
  const users = new Map<string, DirectoryUser>();
  for (const u of raw.users ?? []) users.set(u.user, u);
  const sources = (raw.sources ?? []).map((s) => {
    const [ip, bits = '32'] = s.cidr.split('/');
    const network = ipv4ToInt(ip ?? '');
    const len = Number(bits);
    if (network === undefined || !(len >= 0 && len <= 32)) throw new ProxyError('E_PROXY_CONFIG', `bad source cidr ${s.cidr}`);
    if (!users.has(s.user)) throw new ProxyError('E_PROXY_CONFIG', `source ${s.cidr} maps to unknown user ${s.user}`);
    const mask = len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
    return { network: (network & mask) >>> 0, mask, user: s.user };
  });
  return { users, sources };
}

function toIdentity(u: DirectoryUser): Identity {
  // Directory values are text; the contract wants byte strings.
  const b = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
  return { tenant: b(u.tenant), user: b(u.user), groups: u.groups.map(b) };
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export type IdentityResult = { ok: true; identity: Identity; via: 'basic' | 'trusted' | 'source' } | { ok: false; reason: string };

const TRUSTED = { tenant: 'x-filter-tenant', user: 'x-filter-user', groups: 'x-filter-groups' };

function one(h: IncomingHttpHeaders, name: string): string | undefined {
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
}

export function identify(dir: Directory, headers: IncomingHttpHeaders, remoteAddress: string | undefined, trustedListener: boolean, rawHeaders?: string[]): IdentityResult {
  const auth = one(headers, 'proxy-authorization');
  if (auth) {
    const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(auth);
    if (!m) return { ok: false, reason: 'unsupported Proxy-Authorization scheme' };
    const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const user = dir.users.get(colon < 0 ? decoded : decoded.slice(0, colon));
    if (user && colon >= 0 && safeEqual(user.password, decoded.slice(colon + 1))) return { ok: true, identity: toIdentity(user), via: 'basic' };
    return { ok: false, reason: 'bad credentials' };
  }
  if (trustedListener) {
    const tenant = one(headers, TRUSTED.tenant);
    const user = one(headers, TRUSTED.user);
    if (tenant && user) {
      // Values from raw headers keep their bytes (Node decodes header values as latin1 already).
      const groups = (one(headers, TRUSTED.groups) ?? '').split(',').map((g) => g.trim()).filter(Boolean);
      void rawHeaders;
      return { ok: true, identity: { tenant, user, groups }, via: 'trusted' };
    }
  }
  const addr = remoteAddress?.startsWith('::ffff:') ? remoteAddress.slice(7) : remoteAddress;
  const ip = addr ? ipv4ToInt(addr) : undefined;
  if (ip !== undefined) {
    for (const s of dir.sources) {
      if (((ip & s.mask) >>> 0) === s.network) return { ok: true, identity: toIdentity(dir.users.get(s.user)!), via: 'source' };
    }
  }
  return { ok: false, reason: 'no credentials' };
}
