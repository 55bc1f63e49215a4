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

/**
 * Hex digit value, -1 when not one. The C++ repeats this helper in every module.
 * @legacy url_canon.cpp hexval
 * @legacy search_terms.cpp hexval
 * @legacy phrase_score.cpp hexval
 * @legacy block_page.cpp hexval
 */
export function hexval(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/**
 * One left-to-right pass of %XX decoding (invalid escapes kept as they are), with '+' read as a
 * space when plusAsSpace — the loop each of these C++ functions spells out.
 * @legacy url_canon.cpp unescape_once
 * @legacy search_terms.cpp decode_param
 * @legacy phrase_score.cpp decode_once
 * @legacy block_page.cpp pct_decode
 */
export function percentDecode(s: string, plusAsSpace: boolean): string {
  if (s.indexOf('%') < 0 && (!plusAsSpace || s.indexOf('+') < 0)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (plusAsSpace && c === 43) {
      out += ' ';
      continue;
    }
    if (c === 37 && i + 2 < s.length) {
      const h = hexval(s.charCodeAt(i + 1));
      const l = hexval(s.charCodeAt(i + 2));
      if (h >= 0 && l >= 0) {
        out += String.fromCharCode(h * 16 + l);
        i += 2;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}
