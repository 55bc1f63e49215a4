import { EngineError, type BlockPageInput, type BlockPageOutput } from '../legacy-bridge/index.js';
import { lower, percentDecode } from './common.js';
import { hmacSha256Hex } from './hmac_sha256.js';
import { findTenant, type Tenant } from './policy.js';
import type { EngineState } from './state.js';

const MAX_LINK_URL = 1024;
const LINK_SIG_HEX = 16;
const TOKEN_SIG_HEX = 32;
const MAX_SKEW_MS = 60000;
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const HEX_UPPER = '0123456789ABCDEF';

/** @legacy block_page.cpp b64url_encode */
function b64urlEncode(s: string): string {
  return Buffer.from(s, 'latin1').toString('base64url');
}

/** @legacy block_page.cpp b64val (B64.indexOf) */
/** @legacy block_page.cpp b64url_decode */
function b64urlDecode(s: string): string | undefined {
  if (s.length % 4 === 1) return undefined;
  let acc = 0;
  let bits = 0;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const v = B64.indexOf(s[i]!);
    if (v < 0) return undefined;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((acc >> bits) & 0xff);
    }
  }
  return out;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** @legacy block_page.cpp pct_encode */
function pctEncode(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isAlnum(c) || c === 45 || c === 46 || c === 95 || c === 126) out += s[i];
    else out += '%' + HEX_UPPER[c >> 4] + HEX_UPPER[c & 15];
  }
  return out;
}

/** Strict decimal with optional '-', at most 16 digits; undefined if not one. @legacy block_page.cpp parse_i64 */
function parseI64(s: string): number | undefined {
  const i = s.length > 0 && s[0] === '-' ? 1 : 0;
  if (i >= s.length || s.length - i > 16) return undefined;
  for (let k = i; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57) return undefined;
  }
  return Number(s) + 0; // + 0: "-0" is 0 as with strtoll
}

/** @legacy block_page.cpp is_hex */
function isHex(s: string, len: number): boolean {
  if (s.length !== len) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

/** @legacy block_page.cpp same */
function same(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** @legacy block_page.cpp token_sig */
function tokenSig(t: Tenant, host: string, timeText: string): string {
  return hmacSha256Hex(t.secret, 'bypass|' + lower(host) + '|' + timeText).slice(0, TOKEN_SIG_HEX);
}

/** @legacy block_page.cpp age_status */
function ageStatus(t: Tenant, issued: number, now: number): 'forged' | 'expired' | 'valid' {
  if (issued - now > MAX_SKEW_MS) return 'forged';
  if (now - issued >= t.bypassTtlSeconds * 1000) return 'expired';
  return 'valid';
}

function empty(): BlockPageOutput {
  return { status: 'malformed', location: '', token: '', reason: '', category: 0, url: '', issuedMs: 0 };
}

/** @legacy block_page.cpp verify_token */
function verifyToken(t: Tenant, host: string, token: string, now: number, out: BlockPageOutput): void {
  const dot = token.lastIndexOf('.');
  const issued = dot < 0 ? undefined : parseI64(token.slice(0, dot));
  if (dot < 0 || issued === undefined || !isHex(token.slice(dot + 1), TOKEN_SIG_HEX)) {
    out.status = 'malformed';
    return;
  }
  if (!same(token.slice(dot + 1), tokenSig(t, host, token.slice(0, dot)))) {
    out.status = 'forged';
    return;
  }
  out.issuedMs = issued;
  out.status = ageStatus(t, issued, now);
}

/** @legacy block_page.cpp param */
function param(query: string, name: string): string | undefined {
  for (const kv of query.split('&')) {
    if (kv.length > name.length && kv.startsWith(name) && kv[name.length] === '=') return kv.slice(name.length + 1);
  }
  return undefined;
}

/** @legacy block_page.cpp verify_link */
function verifyLink(t: Tenant, link: string, now: number, out: BlockPageOutput): void {
  out.status = 'malformed';
  const q = link.indexOf('?');
  if (q < 0) return;
  const query = link.slice(q + 1);
  const sAt = query.lastIndexOf('&s=');
  if (sAt < 0) return;
  const signedPart = query.slice(0, sAt);
  const sig = query.slice(sAt + 3);
  const r = param(signedPart, 'r');
  const c = param(signedPart, 'c');
  const u = param(signedPart, 'u');
  const tt = param(signedPart, 't');
  if (r === undefined || c === undefined || u === undefined || tt === undefined) return;
  const category = parseI64(c);
  const issued = parseI64(tt);
  if (category === undefined || category < -2147483647 || category > 2147483647 || issued === undefined) return;
  const url = b64urlDecode(u);
  if (url === undefined) return;
  if (!isHex(sig, LINK_SIG_HEX)) return;
  if (!same(sig, hmacSha256Hex(t.secret, signedPart).slice(0, LINK_SIG_HEX))) {
    out.status = 'forged';
    return;
  }
  out.status = ageStatus(t, issued, now);
  if (out.status === 'forged') return;
  out.reason = percentDecode(r, false);
  out.category = category;
  out.url = url;
  out.issuedMs = issued;
}

/** @legacy block_page.cpp bypass_token_valid */
export function bypassTokenValid(tenant: Tenant, host: string, token: string, timeMs: number): boolean {
  const out = empty();
  verifyToken(tenant, host, token, timeMs, out);
  return out.status === 'valid';
}

/** @legacy block_page.cpp num (number-to-text in template literals) */
/** @legacy block_page.cpp block_page */
export function block_page(state: EngineState, input: BlockPageInput): BlockPageOutput {
  if (input.op !== 'build' && input.op !== 'bypass' && input.op !== 'verify') throw new EngineError('E_BAD_INPUT', 'block_page op must be build, bypass or verify', 'input');
  const t = findTenant(state.policy, input.tenant);
  const out = empty();
  if (input.op === 'build') {
    const url = input.url.length > MAX_LINK_URL ? input.url.slice(0, MAX_LINK_URL) : input.url;
    const query = `r=${pctEncode(input.reason)}&c=${input.category}&u=${b64urlEncode(url)}&t=${input.timeMs}`;
    const sig = hmacSha256Hex(t.secret, query).slice(0, LINK_SIG_HEX);
    const base = t.blockUrl.length === 0 ? 'http://block.filter.local/blocked' : t.blockUrl;
    out.location = base + (base.includes('?') ? '&' : '?') + query + '&s=' + sig;
    out.status = 'ok';
    return out;
  }
  if (input.op === 'bypass') {
    const timeText = String(input.timeMs);
    out.token = timeText + '.' + tokenSig(t, input.host, timeText);
    out.status = 'ok';
    return out;
  }
  if (input.subject.includes('s=') && input.subject.includes('u=')) verifyLink(t, input.subject, input.timeMs, out);
  else verifyToken(t, input.host, input.subject, input.timeMs, out);
  return out;
}
