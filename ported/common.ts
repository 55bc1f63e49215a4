/**
 * Byte-string helpers mirroring legacy-bridge/engine/common.cpp. Strings are byte strings (one
 * code unit per byte); case folding is ASCII only, as in the C locale.
 */

/** @legacy common.cpp lower */
export function lower(s: string): string {
  // Fast path: V8's toLowerCase would fold bytes >= 0x80 (e.g. 0xC0 -> 0xE0), the C code does not.
  let needs = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) { needs = true; break; }
  }
  if (!needs) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[i];
  }
  return out;
}

/** @legacy common.cpp is_space */
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10 || c === 11 || c === 12;
}

function isTrimmed(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10;
}

/** @legacy common.cpp trim */
export function trim(s: string): string {
  let b = 0;
  let e = s.length;
  while (b < e && isTrimmed(s.charCodeAt(b))) b++;
  while (e > b && isTrimmed(s.charCodeAt(e - 1))) e--;
  return b === 0 && e === s.length ? s : s.slice(b, e);
}

/** @legacy common.cpp split */
export function split(s: string, sep: string): string[] {
  return s.split(sep);
}

/** @legacy common.cpp split_list */
export function splitList(s: string): string[] {
  const out: string[] = [];
  for (const part of s.split(',')) {
    const t = trim(part);
    if (t.length > 0) out.push(t);
  }
  return out;
}

/** @legacy common.cpp starts_with */
export function startsWith(s: string, prefix: string): boolean {
  return s.startsWith(prefix);
}

/** @legacy common.cpp ends_with */
export function endsWith(s: string, suffix: string): boolean {
  return s.endsWith(suffix);
}
