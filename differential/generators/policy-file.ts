import fc from 'fast-check';
import { epochTime } from './epoch-time.js';

/** A generated policy file plus the facts a request generator needs to aim at it. */
export interface PolicyFile {
  text: string;
  tenants: string[];
  offsets: number[];
  edges: number[];
  domains: string[];
  groups: string[];
}

/** Constraints of policyFile. */
export interface PolicyFileConstraints {
  /** Weight of malformed lines (0 = none). */
  malformed?: number;
}

const DOMAINS = ['games.test', 'video.test', 'news.test', 'school.k12.us', 'proxy.test', 'sub.games.test'];
const GROUPS = ['students', 'staff', 'teachers', 'Students'];
const ACTIONS = ['allow', 'block', 'warn', 'safesearch'];
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'weekdays', 'weekend', 'all', 'MON'];
const MALFORMED = ['garbage line', '[tenant]', '[rule nosuchtenant r9]', '[bogus x]', 'tz_offset = abc', 'tz_offset = 900', 'dst = mars', 'priority = 1x', 'action = explode', 'start = 25:00', 'days = funday', 'unknown_key = 1', '= value', 'phrase_threshold = -5', 'bypass_ttl = 10', 'schedule = nosuch'];

function hhmm(m: number): string {
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

const minuteOfDay = fc.oneof(fc.constantFrom(0, 60, 120, 150, 180, 450, 480, 720, 900, 930, 1320, 1439), fc.integer({ min: 0, max: 1439 }));

/**
 * Policies with one to three tenants using every feature — offsets (incl. half hours), each DST
 * rule, schedules (wrapping midnight, weekends), rules on groups/schedules/categories/phrase
 * scores/domains with tied priorities, allow and deny lists, SafeSearch keys — and occasionally a
 * malformed line, so both parsers must agree on the error code and line.
 */
export function policyFile(c: PolicyFileConstraints = {}): fc.Arbitrary<PolicyFile> {
  const tenant = fc.record({
    offset: fc.constantFrom(-300, -360, -480, 0, 60, 330, 345, -210, 840, -840),
    dst: fc.constantFrom('none', 'us', 'eu'),
    def: fc.constantFrom(...ACTIONS),
    threshold: fc.constantFrom(0, 50, 100),
    allow: fc.subarray(DOMAINS, { maxLength: 2 }),
    deny: fc.subarray(DOMAINS, { maxLength: 2 }),
    schedules: fc.array(fc.record({ days: fc.subarray(DAYS, { minLength: 1, maxLength: 3 }), start: minuteOfDay, end: minuteOfDay }), { minLength: 0, maxLength: 2 }),
    rules: fc.array(
      fc.record({
        priority: fc.integer({ min: 0, max: 5 }),
        groups: fc.subarray([...GROUPS, '*'], { maxLength: 2 }),
        schedule: fc.integer({ min: -1, max: 1 }),
        categories: fc.subarray([1, 2, 3, 4, 5, 6], { maxLength: 3 }),
        phrase: fc.constantFrom(0, 0, 30, 60),
        domains: fc.subarray(DOMAINS, { maxLength: 2 }),
        action: fc.constantFrom(...ACTIONS),
      }),
      { maxLength: 5 },
    ),
    youtube: fc.constantFrom('off', 'moderate', 'strict'),
    // A probe for clock-change bugs: a catch-all rule on a short schedule in the small hours of
    // Sunday, so the verdict flips exactly when the local time is off by an hour.
    probe: fc.option(fc.record({ start: fc.constantFrom(60, 120, 180), len: fc.constantFrom(60, 120), action: fc.constantFrom('block', 'warn') }), { freq: 3, nil: undefined }),
    bad: fc.oneof({ weight: 12, arbitrary: fc.constant(undefined) }, { weight: c.malformed ?? 1, arbitrary: fc.tuple(fc.constantFrom(...MALFORMED), fc.nat(40)) }),
  });
  return fc.array(tenant, { minLength: 1, maxLength: 3 }).map((ts) => {
    const lines: string[] = ['# generated policy'];
    const names: string[] = [];
    const edges = new Set<number>();
    ts.forEach((t, i) => {
      const name = `t${i}`;
      names.push(name);
      lines.push(`[tenant ${name}]`, `tz_offset = ${t.offset}`, `dst = ${t.dst}`, `default_action = ${t.def}`, `phrase_threshold = ${t.threshold}`, `secret = secret-${i}`);
      if (t.allow.length) lines.push(`allow = ${t.allow.join(', ')}`);
      if (t.deny.length) lines.push(`deny = ${t.deny.join(',')}`);
      lines.push(`safesearch.google = on`, `safesearch.youtube = ${t.youtube}`);
      t.schedules.forEach((s, j) => {
        lines.push(`[schedule ${name} s${j}]`, `days = ${s.days.join(',')}`, `start = ${hhmm(s.start)}`, `end = ${hhmm(s.end)}`);
        edges.add(s.start).add(s.end);
      });
      t.rules.forEach((r, j) => {
        lines.push(`[rule ${name} r${j}]`, `priority = ${r.priority}`);
        if (r.groups.length) lines.push(`groups = ${r.groups.join(', ')}`);
        if (r.schedule >= 0 && r.schedule < t.schedules.length) lines.push(`schedule = s${r.schedule}`);
        if (r.categories.length) lines.push(`categories = ${r.categories.join(',')}`);
        if (r.phrase) lines.push(`phrase_score = ${r.phrase}`);
        if (r.domains.length) lines.push(`domains = ${r.domains.join(', ')}`);
        lines.push(`action = ${r.action}`);
      });
      if (t.probe) {
        lines.push(`[schedule ${name} probe]`, 'days = sun', `start = ${hhmm(t.probe.start)}`, `end = ${hhmm(t.probe.start + t.probe.len)}`);
        lines.push(`[rule ${name} r-probe]`, 'priority = -1', 'schedule = probe', `action = ${t.probe.action}`);
        edges.add(t.probe.start).add(t.probe.start + t.probe.len);
      }
      if (t.bad) lines.splice(Math.min(lines.length, 1 + t.bad[1]), 0, t.bad[0]);
    });
    return { text: lines.join('\n') + '\n', tenants: names, offsets: [...new Set(ts.map((t) => t.offset))], edges: [...edges], domains: DOMAINS, groups: GROUPS };
  });
}

/** A time aimed at a generated policy's schedule edges and DST transitions. */
export function policyTime(p: PolicyFile): fc.Arbitrary<number> {
  return epochTime({ edges: p.edges.length ? p.edges : undefined, offsets: p.offsets });
}
