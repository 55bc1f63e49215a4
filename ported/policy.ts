import { EngineError, type Bytes, type ErrorCode } from '../legacy-bridge/index.js';
import { lower, split, splitList, startsWith, trim } from './common.js';

export type DstRule = 'none' | 'us' | 'eu';
export type PolicyAction = 'allow' | 'block' | 'warn' | 'safesearch';

export interface Schedule {
  name: Bytes;
  days: number;
  startMinute: number;
  endMinute: number;
  line: number;
}

export interface PolicyRule {
  id: Bytes;
  priority: number;
  groups: Bytes[];
  /** Lowercased groups, precomputed for matching. */
  groupsLower: Bytes[];
  schedule: Bytes;
  categories: number[];
  phraseScore: number;
  domains: Bytes[];
  action: PolicyAction;
  line: number;
}

export interface SafeSearchSettings {
  google: boolean;
  bing: boolean;
  duckduckgo: boolean;
  yahoo: boolean;
  youtube: 'off' | 'moderate' | 'strict';
  googappsDomains: Bytes;
  msTenants: Bytes;
  msTenantContext: Bytes;
}

export interface Tenant {
  name: Bytes;
  tzOffsetMinutes: number;
  dst: DstRule;
  defaultAction: PolicyAction;
  phraseThreshold: number;
  secret: Bytes;
  allowDomains: Bytes[];
  denyDomains: Bytes[];
  safesearch: SafeSearchSettings;
  blockUrl: Bytes;
  bypassTtlSeconds: number;
  schedules: Map<Bytes, Schedule>;
  rules: PolicyRule[];
  line: number;
}

/** Parsed policy (port of `struct Policy`). */
export interface Policy {
  tenants: Map<Bytes, Tenant>;
  tenantCount: number;
}

/** @legacy policy.cpp fail */
function fail(code: ErrorCode, msg: string, line: number): never {
  throw new EngineError(code, msg, 'policy', line);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * The C++ walks the value as a C string, so a NUL byte ends it: "12\0x" reads as 12.
 * @legacy policy.cpp parse_int
 */
function parseInt32(v: string, lo: number, hi: number, line: number): number {
  if (v.length === 0) fail('E_POLICY_BAD_NUMBER', 'empty number', line);
  const nul = v.indexOf('\0');
  const s = nul >= 0 ? v.slice(0, nul) : v;
  let i = 0;
  if (s[0] === '-' || s[0] === '+') i = 1;
  if (i >= s.length) fail('E_POLICY_BAD_NUMBER', `not a number: ${v}`, line);
  for (let k = i; k < s.length; k++) if (!isDigit(s.charCodeAt(k))) fail('E_POLICY_BAD_NUMBER', `not a number: ${v}`, line);
  if (s.length - i > 9) fail('E_POLICY_BAD_NUMBER', `number out of range: ${v}`, line);
  const n = Number(s) | 0;
  if (n < lo || n > hi) fail('E_POLICY_BAD_NUMBER', `number out of range: ${v}`, line);
  return n;
}

/** @legacy policy.cpp parse_on_off */
function parseOnOff(v: string, line: number): boolean {
  const l = lower(v);
  if (l === 'on' || l === 'yes' || l === 'true' || l === '1') return true;
  if (l === 'off' || l === 'no' || l === 'false' || l === '0') return false;
  return fail('E_POLICY_BAD_VALUE', `expected on or off: ${v}`, line);
}

/** @legacy policy.cpp parse_action */
function parseAction(v: string, line: number): PolicyAction {
  const l = lower(v);
  if (l === 'allow' || l === 'block' || l === 'warn' || l === 'safesearch') return l;
  return fail('E_POLICY_BAD_VALUE', `unknown action: ${v}`, line);
}

/** @legacy policy.cpp parse_hhmm */
function parseHhmm(v: string, line: number): number {
  if (v.length !== 5 || v[2] !== ':' || !isDigit(v.charCodeAt(0)) || !isDigit(v.charCodeAt(1)) || !isDigit(v.charCodeAt(3)) || !isDigit(v.charCodeAt(4))) {
    fail('E_POLICY_BAD_VALUE', `expected HH:MM: ${v}`, line);
  }
  const h = (v.charCodeAt(0) - 48) * 10 + (v.charCodeAt(1) - 48);
  const m = (v.charCodeAt(3) - 48) * 10 + (v.charCodeAt(4) - 48);
  if (h > 23 || m > 59) fail('E_POLICY_BAD_VALUE', `time out of range: ${v}`, line);
  return h * 60 + m;
}

const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** @legacy policy.cpp parse_days */
function parseDays(v: string, line: number): number {
  const items = splitList(v);
  if (items.length === 0) fail('E_POLICY_BAD_VALUE', 'no days', line);
  let mask = 0;
  for (const item of items) {
    const d = lower(item);
    if (d === 'weekdays') mask |= 0x3e;
    else if (d === 'weekend') mask |= 0x41;
    else if (d === 'all') mask |= 0x7f;
    else {
      const found = DAY_NAMES.indexOf(d);
      if (found < 0) fail('E_POLICY_BAD_VALUE', `unknown day: ${item}`, line);
      mask |= 1 << found;
    }
  }
  return mask;
}

/** @legacy policy.cpp parse_domains */
function parseDomains(v: string): string[] {
  return splitList(v).map((item) => {
    let d = lower(item);
    if (startsWith(d, '*.')) d = d.slice(2);
    let b = 0;
    while (b < d.length && d.charCodeAt(b) === 46) b++;
    let e = d.length;
    while (e > b && d.charCodeAt(e - 1) === 46) e--;
    return d.slice(b, e);
  });
}

function newTenant(name: string, line: number): Tenant {
  return {
    name,
    tzOffsetMinutes: 0,
    dst: 'none',
    defaultAction: 'allow',
    phraseThreshold: 0,
    secret: '',
    allowDomains: [],
    denyDomains: [],
    safesearch: { google: false, bing: false, duckduckgo: false, yahoo: false, youtube: 'off', googappsDomains: '', msTenants: '', msTenantContext: '' },
    blockUrl: '',
    bypassTtlSeconds: 3600,
    schedules: new Map(),
    rules: [],
    line,
  };
}

/** @legacy policy.cpp tenant_key */
function tenantKey(t: Tenant, key: string, value: string, line: number): void {
  switch (key) {
    case 'tz_offset':
      t.tzOffsetMinutes = parseInt32(value, -840, 840, line);
      return;
    case 'dst': {
      const d = lower(value);
      if (d !== 'none' && d !== 'us' && d !== 'eu') fail('E_POLICY_BAD_VALUE', `dst must be none, us or eu: ${value}`, line);
      t.dst = d;
      return;
    }
    case 'default_action':
      t.defaultAction = parseAction(value, line);
      return;
    case 'phrase_threshold':
      t.phraseThreshold = parseInt32(value, 0, 1000000, line);
      return;
    case 'secret':
      t.secret = value;
      return;
    case 'allow':
      t.allowDomains = parseDomains(value);
      return;
    case 'deny':
      t.denyDomains = parseDomains(value);
      return;
    case 'block_url':
      if (!startsWith(lower(value), 'http://') && !startsWith(lower(value), 'https://')) fail('E_POLICY_BAD_VALUE', 'block_url must be http(s)', line);
      t.blockUrl = value;
      return;
    case 'bypass_ttl':
      t.bypassTtlSeconds = parseInt32(value, 60, 86400, line);
      return;
    case 'safesearch.google':
      t.safesearch.google = parseOnOff(value, line);
      return;
    case 'safesearch.bing':
      t.safesearch.bing = parseOnOff(value, line);
      return;
    case 'safesearch.duckduckgo':
      t.safesearch.duckduckgo = parseOnOff(value, line);
      return;
    case 'safesearch.yahoo':
      t.safesearch.yahoo = parseOnOff(value, line);
      return;
    case 'safesearch.youtube': {
      const y = lower(value);
      if (y !== 'off' && y !== 'moderate' && y !== 'strict') fail('E_POLICY_BAD_VALUE', 'youtube must be off, moderate or strict', line);
      t.safesearch.youtube = y;
      return;
    }
    case 'safesearch.googapps_domains':
      t.safesearch.googappsDomains = value;
      return;
    case 'safesearch.ms_tenants':
      t.safesearch.msTenants = value;
      return;
    case 'safesearch.ms_context':
      t.safesearch.msTenantContext = value;
      return;
    default:
      fail('E_POLICY_UNKNOWN_KEY', `unknown tenant key: ${key}`, line);
  }
}

/** @legacy policy.cpp schedule_key */
function scheduleKey(s: Schedule, key: string, value: string, line: number): void {
  if (key === 'days') s.days = parseDays(value, line);
  else if (key === 'start') s.startMinute = parseHhmm(value, line);
  else if (key === 'end') s.endMinute = parseHhmm(value, line);
  else fail('E_POLICY_UNKNOWN_KEY', `unknown schedule key: ${key}`, line);
}

/** Returns the line of a `schedule` key (0 if this key is not one). @legacy policy.cpp rule_key */
function ruleKey(r: PolicyRule, key: string, value: string, line: number): number {
  switch (key) {
    case 'priority':
      r.priority = parseInt32(value, -1000000, 1000000, line);
      return 0;
    case 'groups':
      r.groups = splitList(value);
      r.groupsLower = r.groups.map(lower);
      return 0;
    case 'schedule':
      r.schedule = value;
      return line;
    case 'categories':
      r.categories = splitList(value).map((c) => parseInt32(c, 1, 9999, line));
      return 0;
    case 'phrase_score':
      r.phraseScore = parseInt32(value, 0, 1000000, line);
      return 0;
    case 'domains':
      r.domains = parseDomains(value);
      return 0;
    case 'action':
      r.action = parseAction(value, line);
      return 0;
    default:
      return fail('E_POLICY_UNKNOWN_KEY', `unknown rule key: ${key}`, line);
  }
}

function splitWords(s: string): string[] {
  const words: string[] = [];
  let cur = '';
  for (let i = 0; i <= s.length; i++) {
    if (i === s.length || s[i] === ' ' || s[i] === '\t') {
      if (cur.length) words.push(cur);
      cur = '';
    } else cur += s[i];
  }
  return words;
}

/**
 * Parser state lives in local variables; the rule order is the sort comparator at the end.
 * @legacy policy.cpp ParseState
 * @legacy policy.cpp rule_before
 */
/** @legacy policy.cpp parse_policy */
export function parsePolicy(text: Bytes): Policy {
  const tenants = new Map<string, Tenant>();
  let kind: 'none' | 'tenant' | 'schedule' | 'rule' = 'none';
  let curTenant = '';
  let curName = '';
  const scheduleLines = new Map<string, number[]>();
  const actionSeen = new Map<string, number[]>();
  const lines = split(text, '\n');

  for (let li = 0; li < lines.length; li++) {
    const line = li + 1;
    const l = trim(lines[li]!);
    if (l.length === 0 || l[0] === '#' || l[0] === ';') continue;

    if (l[0] === '[') {
      if (l[l.length - 1] !== ']') fail('E_POLICY_SYNTAX', 'unterminated section header', line);
      const inner = l.slice(1, l.length - 1);
      const words = splitWords(inner);
      if (words.length === 0) fail('E_POLICY_UNKNOWN_SECTION', 'empty section header', line);
      const k = lower(words[0]!);
      if (k === 'tenant' && words.length === 2) {
        const name = words[1]!;
        if (tenants.has(name)) fail('E_POLICY_DUPLICATE', `tenant declared twice: ${name}`, line);
        tenants.set(name, newTenant(name, line));
        kind = 'tenant';
        curTenant = name;
      } else if ((k === 'schedule' || k === 'rule') && words.length === 3) {
        const t = tenants.get(words[1]!);
        if (!t) fail('E_POLICY_UNKNOWN_TENANT', `section for undeclared tenant: ${words[1]}`, line);
        curTenant = words[1]!;
        curName = words[2]!;
        if (k === 'schedule') {
          if (t.schedules.has(curName)) fail('E_POLICY_DUPLICATE', `schedule declared twice: ${curName}`, line);
          t.schedules.set(curName, { name: curName, days: 0x7f, startMinute: 0, endMinute: 1440, line });
          kind = 'schedule';
        } else {
          for (const r of t.rules) if (r.id === curName) fail('E_POLICY_DUPLICATE', `rule declared twice: ${curName}`, line);
          t.rules.push({ id: curName, priority: 0, groups: [], groupsLower: [], schedule: '', categories: [], phraseScore: 0, domains: [], action: 'allow', line });
          (scheduleLines.get(curTenant) ?? scheduleLines.set(curTenant, []).get(curTenant)!).push(0);
          (actionSeen.get(curTenant) ?? actionSeen.set(curTenant, []).get(curTenant)!).push(0);
          kind = 'rule';
        }
      } else {
        fail('E_POLICY_UNKNOWN_SECTION', `unknown section: ${inner}`, line);
      }
      continue;
    }

    const eq = l.indexOf('=');
    if (eq < 0) fail('E_POLICY_SYNTAX', 'expected key = value', line);
    const key = lower(trim(l.slice(0, eq)));
    const value = trim(l.slice(eq + 1));
    if (key.length === 0) fail('E_POLICY_SYNTAX', 'empty key', line);
    if (kind === 'none') fail('E_POLICY_SYNTAX', 'key outside of a section', line);
    const t = tenants.get(curTenant)!;
    if (kind === 'tenant') tenantKey(t, key, value, line);
    else if (kind === 'schedule') scheduleKey(t.schedules.get(curName)!, key, value, line);
    else {
      const schedLine = ruleKey(t.rules[t.rules.length - 1]!, key, value, line);
      if (schedLine) {
        const sl = scheduleLines.get(curTenant)!;
        sl[sl.length - 1] = schedLine;
      }
      if (key === 'action') {
        const al = actionSeen.get(curTenant)!;
        al[al.length - 1] = line;
      }
    }
  }

  // std::map iterates tenants in byte order of their names.
  const names = [...tenants.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const t = tenants.get(name)!;
    if (t.secret.length === 0) fail('E_POLICY_MISSING_KEY', `tenant ${t.name} has no secret`, t.line);
    const sl = scheduleLines.get(name) ?? [];
    const al = actionSeen.get(name) ?? [];
    t.rules.forEach((r, i) => {
      if (r.schedule.length && !t.schedules.has(r.schedule)) fail('E_POLICY_UNKNOWN_SCHEDULE', `rule ${r.id} uses undeclared schedule ${r.schedule}`, sl[i]!);
      if (al[i] === 0) fail('E_POLICY_MISSING_KEY', `rule ${r.id} has no action`, r.line);
    });
    t.rules.sort((a, b) => a.priority - b.priority || a.line - b.line);
  }
  return { tenants, tenantCount: tenants.size };
}

/** @legacy policy.cpp find_tenant */
export function findTenant(policy: Policy, name: Bytes): Tenant {
  const t = policy.tenants.get(name);
  if (!t) throw new EngineError('E_UNKNOWN_TENANT', 'unknown tenant', 'input');
  return t;
}
