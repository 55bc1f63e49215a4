import type { Header, IdentityHeadersInput, IdentityHeadersOutput } from '../legacy-bridge/index.js';
import { hmacSha256Hex } from './hmac_sha256.js';
import { findTenant } from './policy.js';
import type { EngineState } from './state.js';

const IDENTITY_NAMES = new Set(['x-filter-tenant', 'x-filter-user', 'x-filter-groups', 'x-filter-timestamp', 'x-filter-signature', 'x-authenticated-user', 'x-authenticated-groups', 'x-forwarded-user', 'x-remote-user']);

/** @legacy identity_headers.cpp is_identity_name */
function isIdentityName(name: string): boolean {
  let b = 0;
  let e = name.length;
  while (b < e && (name.charCodeAt(b) === 32 || name.charCodeAt(b) === 9)) b++;
  while (e > b && (name.charCodeAt(e - 1) === 32 || name.charCodeAt(e - 1) === 9)) e--;
  if (e - b < 13 || e - b > 22) return false; // shortest and longest identity names
  let n = '';
  for (let i = b; i < e; i++) {
    let c = name.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if (c === 95) c = 45;
    n += String.fromCharCode(c);
  }
  return IDENTITY_NAMES.has(n);
}

/** @legacy identity_headers.cpp sanitize */
function sanitize(v: string): string {
  let ok = true;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if ((c < 0x20 && c !== 9) || c === 0x7f) {
      ok = false;
      break;
    }
  }
  if (ok) return v;
  let out = '';
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if ((c < 0x20 && c !== 9) || c === 0x7f) continue;
    out += v[i];
  }
  return out;
}

/** @legacy identity_headers.cpp make (the header literals) */
/** @legacy identity_headers.cpp identity_headers */
export function identity_headers(state: EngineState, input: IdentityHeadersInput): IdentityHeadersOutput {
  const t = findTenant(state.policy, input.tenant);
  const tenant = sanitize(input.tenant);
  const user = sanitize(input.user);
  const groups = input.groups.map(sanitize).join(',');
  const ts = String(input.timeMs);
  const sig = hmacSha256Hex(t.secret, tenant + '\n' + user + '\n' + groups + '\n' + ts);
  const headers: Header[] = [
    { name: 'X-Filter-Tenant', value: tenant },
    { name: 'X-Filter-User', value: user },
    { name: 'X-Filter-Groups', value: groups },
    { name: 'X-Filter-Timestamp', value: ts },
    { name: 'X-Filter-Signature', value: sig },
  ];
  let removed = 0;
  for (const h of input.headers) {
    if (isIdentityName(h.name)) removed++;
    else headers.push({ name: h.name, value: h.value });
  }
  return { headers, removed };
}
