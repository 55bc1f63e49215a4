import type { HostKind, UrlCanonInput, UrlCanonOutput, UrlFlag } from '../legacy-bridge/index.js';
import { hexval, lower, percentDecode, startsWith, trim } from './common.js';

/** Error codes url_canon returns (as output values), as listed in url_canon.cpp. */
export const URL_CANON_ERRORS = ['E_URL_EMPTY', 'E_URL_BAD_SCHEME', 'E_URL_NO_HOST', 'E_URL_BAD_HOST', 'E_URL_BAD_PORT', 'E_URL_BAD_IPV6', 'E_URL_TOO_LONG'] as const;

const MAX_TARGET = 8192;
const MAX_HOST = 253;
const MAX_PATH = 2048;
const MAX_QUERY = 2048;
const MAX_URL = 4096;
const MAX_UNESCAPE_ROUNDS = 4;

const F_CONTROL_STRIPPED = 1 << 0;
const F_USERINFO = 1 << 1;
const F_FRAGMENT = 1 << 2;
const F_PERCENT_HOST = 1 << 3;
const F_MULTI_ESCAPE = 1 << 4;
const F_IP_OBFUSCATED = 1 << 5;
const F_DOT_FIXED = 1 << 6;
const F_DEFAULT_PORT = 1 << 7;
const F_PATH_NORMALIZED = 1 << 8;
const FLAG_NAMES: UrlFlag[] = ['control_stripped', 'userinfo', 'fragment', 'percent_host', 'multi_escape', 'ip_obfuscated', 'dot_fixed', 'default_port', 'path_normalized'];

const HEX_UPPER = '0123456789ABCDEF';

/** Unescapes until stable (bounded); returns the result and how many rounds changed it. @legacy url_canon.cpp unescape_repeatedly */
function unescapeRepeatedly(s: string): [string, number] {
  let changed = 0;
  for (let round = 0; round < MAX_UNESCAPE_ROUNDS; round++) {
    const next = percentDecode(s, false);
    if (next === s) break;
    s = next;
    changed++;
  }
  return [s, changed];
}

/** @legacy url_canon.cpp escape */
function escape(s: string, escapePercent: boolean): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || c >= 0x7f || c === 35 || (escapePercent && c === 37)) {
      out += s.slice(from, i) + '%' + HEX_UPPER[c >> 4] + HEX_UPPER[c & 15];
      from = i + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

/** inet_aton forms; -1 when the host is not such a number. @legacy url_canon.cpp parse_inet_aton */
function parseInetAton(host: string): number {
  const parts = host.split('.');
  if (parts.length === 0 || parts.length > 4) return -1;
  const vals: number[] = [];
  for (const s of parts) {
    if (s.length === 0) return -1;
    let v = 0;
    let i = 0;
    let base = 10;
    if (s.length > 1 && s[0] === '0' && (s[1] === 'x' || s[1] === 'X')) {
      base = 16;
      i = 2;
      if (i >= s.length) return -1;
    } else if (s.length > 1 && s[0] === '0') {
      base = 8;
      i = 1;
    }
    if (s.length - i > 12) return -1;
    for (; i < s.length; i++) {
      const d = hexval(s.charCodeAt(i));
      if (d < 0 || d >= base) return -1;
      v = v * base + d; // at most 12 hex digits: exact in a double
    }
    vals.push(v);
  }
  const n = parts.length;
  for (let p = 0; p + 1 < n; p++) if (vals[p]! > 255) return -1;
  const lastMax = n === 1 ? 0xffffffff : n === 2 ? 0xffffff : n === 3 ? 0xffff : 0xff;
  if (vals[n - 1]! > lastMax) return -1;
  let ip = 0;
  for (let p = 0; p + 1 < n; p++) ip = (ip | (vals[p]! << (24 - 8 * p))) >>> 0;
  return (ip | vals[n - 1]!) >>> 0;
}

/** @legacy url_canon.cpp valid_ipv6 */
function validIpv6(s: string): boolean {
  if (s.length === 0 || s.length > 45 || s.indexOf(':') < 0) return false;
  let groups = 0;
  let cur = 0;
  let dbl = false;
  let ipv4Tail = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 58) {
      if (i + 1 < s.length && s.charCodeAt(i + 1) === 58) {
        if (dbl) return false;
        dbl = true;
        if (cur > 0) groups++;
        cur = 0;
        i++;
        continue;
      }
      if (cur === 0 && i !== 0) return false;
      if (cur > 0) groups++;
      cur = 0;
    } else if (c === 46) {
      ipv4Tail = true;
    } else if (hexval(c) >= 0 && !(c >= 65 && c <= 70)) {
      if (++cur > 4 && !ipv4Tail) return false;
    } else {
      return false;
    }
  }
  if (cur > 0) groups++;
  if (ipv4Tail) groups++;
  if (s.charCodeAt(0) === 58 && (s.length < 2 || s.charCodeAt(1) !== 58)) return false;
  if (s.charCodeAt(s.length - 1) === 58 && (s.length < 2 || s.charCodeAt(s.length - 2) !== 58)) return false;
  if (dbl) return groups <= 7;
  return groups === 8;
}

/** @legacy url_canon.cpp dotted */
function dotted(ip: number): string {
  return `${ip >>> 24}.${(ip >>> 16) & 255}.${(ip >>> 8) & 255}.${ip & 255}`;
}

/** @legacy url_canon.cpp default_port */
function defaultPort(scheme: string): number {
  if (scheme === 'http' || scheme === 'ws') return 80;
  if (scheme === 'https' || scheme === 'wss') return 443;
  if (scheme === 'ftp') return 21;
  return 0;
}

/** @legacy url_canon.cpp normalize_path */
function normalizePath(path: string): string {
  const segs = path.split('/');
  const out: string[] = [];
  let trailing = false;
  for (let i = 1; i < segs.length; i++) {
    const s = segs[i]!;
    const last = i + 1 === segs.length;
    if (s === '.' || s === '..') {
      if (s === '..' && out.length) out.pop();
      if (last) trailing = true;
    } else if (s.length === 0) {
      if (last) trailing = true;
    } else {
      out.push(s);
    }
  }
  let r = out.length ? '/' + out.join('/') : '';
  if (r.length === 0 || trailing) r += '/';
  return r;
}

function flagList(flags: number): UrlFlag[] {
  const out: UrlFlag[] = [];
  for (let i = 0; i < 9; i++) if (flags & (1 << i)) out.push(FLAG_NAMES[i]!);
  return out;
}

/** @legacy url_canon.cpp error_out */
function errorOut(code: (typeof URL_CANON_ERRORS)[number], flags: number): UrlCanonOutput {
  return { ok: false, error: code, flags: flagList(flags) };
}

function isCtl(c: number): boolean {
  return c <= 0x20 || c === 0x7f;
}

/** @legacy url_canon.cpp url_canon */
export function url_canon(input: UrlCanonInput): UrlCanonOutput {
  let flags = 0;
  const target = input.target;
  if (target.length > MAX_TARGET) return errorOut('E_URL_TOO_LONG', flags);

  let b = 0;
  let e = target.length;
  while (b < e && isCtl(target.charCodeAt(b))) b++;
  while (e > b && isCtl(target.charCodeAt(e - 1))) e--;
  let t = target.slice(b, e);
  if (t.indexOf('\t') >= 0 || t.indexOf('\r') >= 0 || t.indexOf('\n') >= 0) t = t.replace(/[\t\r\n]/g, '');
  if (b !== 0 || e !== target.length || t.length !== e - b) flags |= F_CONTROL_STRIPPED;
  if (t.length === 0) return errorOut('E_URL_EMPTY', flags);

  const connect = lower(input.method) === 'connect';
  let scheme = '';
  let authority: string;
  let rest = '';
  if (connect) {
    authority = t;
  } else if (t[0] === '/' && !(t.length > 1 && t[1] === '/')) {
    const h = trim(input.hostHeader);
    if (h.length === 0) return errorOut('E_URL_NO_HOST', flags);
    scheme = 'http';
    authority = h;
    rest = t;
  } else {
    const sep = t.indexOf('://');
    const firstSpecial = t.search(/[/?#]/);
    if (sep >= 0 && (firstSpecial < 0 || sep < firstSpecial || firstSpecial === sep + 1)) {
      scheme = lower(t.slice(0, sep));
      for (let i = 0; i < scheme.length; i++) {
        const c = scheme.charCodeAt(i);
        if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) return errorOut('E_URL_BAD_SCHEME', flags);
      }
      t = t.slice(sep + 3);
    } else if (startsWith(t, '//')) {
      scheme = 'http';
      t = t.slice(2);
    } else {
      scheme = 'http';
    }
    if (defaultPort(scheme) === 0) return errorOut('E_URL_BAD_SCHEME', flags);
    const end = t.search(/[/?#]/);
    authority = end < 0 ? t : t.slice(0, end);
    rest = end < 0 ? '' : t.slice(end);
  }

  const hash = rest.indexOf('#');
  if (hash >= 0) {
    rest = rest.slice(0, hash);
    flags |= F_FRAGMENT;
  }

  const at = authority.lastIndexOf('@');
  if (at >= 0) {
    authority = authority.slice(at + 1);
    flags |= F_USERINFO;
  }
  if (connect && /[/?#]/.test(authority)) return errorOut('E_URL_BAD_HOST', flags);

  let host: string;
  let portText = '';
  let bracketed = false;
  let hasPort = false;
  if (authority.length > 0 && authority[0] === '[') {
    const close = authority.indexOf(']');
    if (close < 0) return errorOut('E_URL_BAD_IPV6', flags);
    host = authority.slice(1, close);
    bracketed = true;
    const after = authority.slice(close + 1);
    if (after.length > 0) {
      if (after[0] !== ':') return errorOut('E_URL_BAD_IPV6', flags);
      portText = after.slice(1);
      hasPort = true;
    }
  } else {
    const colon = authority.lastIndexOf(':');
    if (colon >= 0) {
      host = authority.slice(0, colon);
      portText = authority.slice(colon + 1);
      hasPort = true;
    } else {
      host = authority;
    }
  }
  let port = connect ? 443 : defaultPort(scheme);
  if (hasPort && portText.length > 0) {
    if (portText.length > 5) return errorOut('E_URL_BAD_PORT', flags);
    let p = 0;
    for (let i = 0; i < portText.length; i++) {
      const c = portText.charCodeAt(i);
      if (c < 48 || c > 57) return errorOut('E_URL_BAD_PORT', flags);
      p = p * 10 + (c - 48);
    }
    if (p < 1 || p > 65535) return errorOut('E_URL_BAD_PORT', flags);
    if (!connect && p === defaultPort(scheme)) flags |= F_DEFAULT_PORT;
    port = p;
  }

  const [unescaped, rounds] = unescapeRepeatedly(host);
  if (rounds > 0) flags |= F_PERCENT_HOST;
  if (rounds > 1) flags |= F_MULTI_ESCAPE;
  host = lower(unescaped);

  let hostKind: HostKind = 'name';
  if (bracketed) {
    if (!validIpv6(host)) return errorOut('E_URL_BAD_IPV6', flags);
    hostKind = 'ipv6';
  } else {
    for (let i = 0; i < host.length; i++) {
      const c = host.charCodeAt(i);
      if (c <= 0x20 || c === 0x7f || c === 47 || c === 92 || c === 64 || c === 35 || c === 63 || c === 58) return errorOut('E_URL_BAD_HOST', flags);
    }
    let fixed = '';
    for (let i = 0; i < host.length; i++) {
      if (host[i] === '.' && (fixed.length === 0 || fixed[fixed.length - 1] === '.')) continue;
      fixed += host[i];
    }
    let fe = fixed.length;
    while (fe > 0 && fixed.charCodeAt(fe - 1) === 46) fe--;
    fixed = fixed.slice(0, fe);
    if (fixed !== host) flags |= F_DOT_FIXED;
    host = fixed;
    if (host.length === 0) return errorOut('E_URL_NO_HOST', flags);
    const ip = parseInetAton(host);
    if (ip >= 0) {
      const quad = dotted(ip);
      if (quad !== host) flags |= F_IP_OBFUSCATED;
      host = quad;
      hostKind = 'ipv4';
    }
  }
  if (host.length === 0) return errorOut('E_URL_NO_HOST', flags);
  const ehost = hostKind === 'ipv6' ? host : escape(host, true);
  if (ehost.length > MAX_HOST) return errorOut('E_URL_TOO_LONG', flags);
  const shownHost = hostKind === 'ipv6' ? '[' + ehost + ']' : ehost;

  if (connect) {
    return { ok: true, scheme: '', host: ehost, hostKind, port, path: '', query: '', hasQuery: false, url: `${shownHost}:${port}`, flags: flagList(flags) };
  }
  let path = rest;
  let query = '';
  let hasQuery = false;
  const q = rest.indexOf('?');
  if (q >= 0) {
    path = rest.slice(0, q);
    query = rest.slice(q + 1);
    hasQuery = true;
  }
  if (path.length === 0) path = '/';
  const [upath, prounds] = unescapeRepeatedly(path);
  if (prounds > 1) flags |= F_MULTI_ESCAPE;
  const norm = normalizePath(upath);
  if (norm !== upath) flags |= F_PATH_NORMALIZED;
  const epath = escape(norm, true);
  const equery = escape(query, false);
  if (epath.length > MAX_PATH || equery.length > MAX_QUERY) return errorOut('E_URL_TOO_LONG', flags);
  let url = scheme + '://' + shownHost;
  if (port !== defaultPort(scheme)) url += ':' + port;
  url += epath;
  if (hasQuery) url += '?' + equery;
  if (url.length > MAX_URL) return errorOut('E_URL_TOO_LONG', flags);
  return { ok: true, scheme, host: ehost, hostKind, port, path: epath, query: equery, hasQuery, url, flags: flagList(flags) };
}
