import { EngineError, type Bytes } from '../legacy-bridge/index.js';
import { lower, startsWith, trim } from './common.js';

export interface CategoryInfo {
  id: number;
  shortName: Bytes;
  displayName: Bytes;
  line: number;
}

export interface CategoryRule {
  category: number;
  line: number;
}

export interface PathRule {
  prefix: Bytes;
  category: number;
  line: number;
}

export interface CidrRule {
  network: number;
  prefixLen: number;
  mask: number;
  category: number;
  line: number;
}

export interface RegexRule {
  source: Bytes;
  re: RegExp;
  category: number;
  line: number;
}

/** Parsed category database (port of `struct CategoryDb`). */
export interface CategoryDb {
  categories: Map<number, CategoryInfo>;
  exactHosts: Map<Bytes, CategoryRule[]>;
  domains: Map<Bytes, CategoryRule[]>;
  pathRules: Map<Bytes, PathRule[]>;
  cidrRules: CidrRule[];
  regexRules: RegexRule[];
  ruleCount: number;
  categoryCount: number;
}

/** @legacy category_db.cpp fail */
function fail(code: 'E_CATDB_SYNTAX' | 'E_CATDB_BAD_ID' | 'E_CATDB_UNKNOWN_CATEGORY' | 'E_CATDB_DUP_CATEGORY' | 'E_CATDB_BAD_CIDR' | 'E_CATDB_BAD_REGEX' | 'E_CATDB_BAD_PATTERN', msg: string, line: number): never {
  throw new EngineError(code, msg, 'categories', line);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** @legacy category_db.cpp parse_id */
function parseId(s: string, line: number): number {
  if (s.length === 0 || s.length > 4) fail('E_CATDB_BAD_ID', `bad category id: ${s}`, line);
  for (let i = 0; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) fail('E_CATDB_BAD_ID', `bad category id: ${s}`, line);
  const id = Number(s);
  if (id < 1 || id > 9999) fail('E_CATDB_BAD_ID', `category id out of range: ${s}`, line);
  return id;
}

/** @legacy category_db.cpp normalize_domain */
function normalizeDomain(raw: string): string {
  let d = lower(raw);
  if (startsWith(d, '*.')) d = d.slice(2);
  let b = 0;
  while (b < d.length && d.charCodeAt(b) === 46) b++;
  let e = d.length;
  while (e > b && d.charCodeAt(e - 1) === 46) e--;
  return d.slice(b, e);
}

/** @legacy category_db.cpp looks_like_cidr */
function looksLikeCidr(p: string): boolean {
  let hasDot = false;
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    if (c === 46) hasDot = true;
    else if (c !== 47 && !isDigit(c)) return false;
  }
  return hasDot;
}

/**
 * Dotted-quad IPv4 to an unsigned 32-bit number; -1 when not exactly four decimal parts 0..255.
 * @legacy category_db.cpp parse_dotted_quad
 */
export function parseDottedQuad(s: string): number {
  let value = 0;
  let parts = 0;
  let i = 0;
  while (parts < 4) {
    if (i >= s.length || !isDigit(s.charCodeAt(i))) return -1;
    let n = 0;
    let digits = 0;
    while (i < s.length && isDigit(s.charCodeAt(i))) {
      n = n * 10 + (s.charCodeAt(i) - 48);
      if (++digits > 3) return -1;
      i++;
    }
    if (n > 255) return -1;
    value = ((value << 8) | n) >>> 0;
    parts++;
    if (parts < 4) {
      if (i >= s.length || s.charCodeAt(i) !== 46) return -1;
      i++;
    }
  }
  if (i !== s.length) return -1;
  return value;
}

/** @legacy category_db.cpp parse_cidr */
function parseCidr(p: string, category: number, line: number, out: CategoryDb): void {
  const slash = p.indexOf('/');
  const addr = slash < 0 ? p : p.slice(0, slash);
  let len = 32;
  if (slash >= 0) {
    const bits = p.slice(slash + 1);
    if (bits.length === 0 || bits.length > 2 || bits.includes('/')) fail('E_CATDB_BAD_CIDR', `bad prefix length: ${p}`, line);
    len = Number(bits);
    if (len > 32) fail('E_CATDB_BAD_CIDR', `prefix length over 32: ${p}`, line);
  }
  const ip = parseDottedQuad(addr);
  if (ip < 0) fail('E_CATDB_BAD_CIDR', `bad IPv4 address: ${p}`, line);
  const mask = len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
  out.cidrRules.push({ network: (ip & mask) >>> 0, prefixLen: len, mask, category, line });
}

/** @legacy category_db.cpp parse_declaration */
function parseDeclaration(l: string, line: number, out: CategoryDb): void {
  let i = 9;
  const ws = (k: number) => l.charCodeAt(k) === 32 || l.charCodeAt(k) === 9;
  if (l.length <= i || !ws(i)) fail('E_CATDB_SYNTAX', 'malformed @category', line);
  while (i < l.length && ws(i)) i++;
  const idStart = i;
  while (i < l.length && !ws(i)) i++;
  const idText = l.slice(idStart, i);
  while (i < l.length && ws(i)) i++;
  const nameStart = i;
  while (i < l.length && !ws(i)) i++;
  const shortName = l.slice(nameStart, i);
  while (i < l.length && ws(i)) i++;
  if (idText.length === 0 || shortName.length === 0 || i >= l.length || l[i] !== '"') fail('E_CATDB_SYNTAX', 'malformed @category', line);
  const id = parseId(idText, line);
  let display = '';
  i++;
  let closed = false;
  for (; i < l.length; i++) {
    if (l[i] === '\\' && i + 1 < l.length) {
      display += l[++i];
    } else if (l[i] === '"') {
      closed = true;
      i++;
      break;
    } else {
      display += l[i];
    }
  }
  if (!closed || trim(l.slice(i)).length !== 0) fail('E_CATDB_SYNTAX', 'malformed @category display name', line);
  if (out.categories.has(id)) fail('E_CATDB_DUP_CATEGORY', `category declared twice: ${idText}`, line);
  out.categories.set(id, { id, shortName, displayName: display, line });
}

/**
 * JavaScript's \s also matches U+00A0 (byte 0xA0 here) and U+FEFF; std::regex's \s on char is
 * isspace() in the C locale: space, \t \n \v \f \r only. Rewrite \s and \S to those bytes.
 * @legacy category_db.cpp parse_category_db (std::regex ECMAScript character classes)
 */
export function toStdRegexSource(src: string): string {
  if (!src.includes('\\s') && !src.includes('\\S')) return src;
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\' && i + 1 < src.length) {
      const n = src[i + 1]!;
      if (n === 's') out += inClass ? ' \\t\\n\\v\\f\\r' : '[ \\t\\n\\v\\f\\r]';
      else if (n === 'S') out += inClass ? '\\x00-\\x08\\x0e-\\x1f\\x21-\\uffff' : '[^ \\t\\n\\v\\f\\r]';
      else out += c + n;
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/**
 * std::regex (ECMAScript grammar) has no lookbehind, named groups, Unicode property escapes or
 * flags groups; JavaScript does. Refuse them as the C++ does.
 */
const UNSUPPORTED_BY_STD_REGEX = /\(\?<|\\[pPk]\{|\(\?[a-z]/;

/**
 * The sort comparators are the arrow functions at the end.
 * @legacy category_db.cpp cidr_before
 * @legacy category_db.cpp path_before
 */
/** @legacy category_db.cpp parse_category_db */
export function parseCategoryDb(text: Bytes): CategoryDb {
  const out: CategoryDb = { categories: new Map(), exactHosts: new Map(), domains: new Map(), pathRules: new Map(), cidrRules: [], regexRules: [], ruleCount: 0, categoryCount: 0 };
  const push = <T>(m: Map<string, T[]>, k: string, v: T) => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  let pos = 0;
  let line = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    line++;
    const l = trim(text.slice(pos, nl));
    pos = nl + 1;
    if (l.length === 0 || l[0] === '#') continue;
    if (l[0] === '@') {
      if (!startsWith(l, '@category')) fail('E_CATDB_SYNTAX', 'unknown directive', line);
      parseDeclaration(l, line, out);
      continue;
    }
    let i = 0;
    while (i < l.length && l[i] !== ' ' && l[i] !== '\t') i++;
    if (i >= l.length) fail('E_CATDB_SYNTAX', 'rule needs a category id and a pattern', line);
    const category = parseId(l.slice(0, i), line);
    if (!out.categories.has(category)) fail('E_CATDB_UNKNOWN_CATEGORY', `category not declared: ${l.slice(0, i)}`, line);
    const pattern = trim(l.slice(i));
    if (pattern.length === 0) fail('E_CATDB_SYNTAX', 'rule needs a pattern', line);

    if (pattern[0] === '~') {
      const source = pattern.slice(1);
      if (source.length === 0) fail('E_CATDB_BAD_PATTERN', 'empty regular expression', line);
      let re: RegExp;
      try {
        if (UNSUPPORTED_BY_STD_REGEX.test(source)) throw new SyntaxError('unsupported by std::regex');
        re = new RegExp(toStdRegexSource(source));
      } catch {
        fail('E_CATDB_BAD_REGEX', `regular expression does not compile: ${source}`, line);
      }
      out.regexRules.push({ source, re, category, line });
      out.ruleCount++;
      continue;
    }
    if (pattern.includes(' ') || pattern.includes('\t')) fail('E_CATDB_SYNTAX', 'pattern holds whitespace', line);
    const rule: CategoryRule = { category, line };
    if (pattern[0] === '=') {
      const host = normalizeDomain(pattern.slice(1));
      if (host.length === 0) fail('E_CATDB_BAD_PATTERN', 'empty exact host', line);
      push(out.exactHosts, host, rule);
    } else if (looksLikeCidr(pattern)) {
      parseCidr(pattern, category, line, out);
    } else {
      const slash = pattern.indexOf('/');
      const domain = normalizeDomain(slash < 0 ? pattern : pattern.slice(0, slash));
      if (domain.length === 0) fail('E_CATDB_BAD_PATTERN', 'pattern has no host', line);
      if (slash < 0) push(out.domains, domain, rule);
      else push(out.pathRules, domain, { prefix: pattern.slice(slash), category, line });
    }
    out.ruleCount++;
  }
  // std::sort with a total comparator (prefix length, then line): a plain sort is identical.
  out.cidrRules.sort((a, b) => b.prefixLen - a.prefixLen || a.line - b.line);
  for (const list of out.pathRules.values()) list.sort((a, b) => b.prefix.length - a.prefix.length || a.line - b.line);
  out.categoryCount = out.categories.size;
  return out;
}
