import type { PolicyEvalInput, PolicyEvalOutput } from '../legacy-bridge/index.js';
import { bypassTokenValid } from './block_page.js';
import { lower } from './common.js';
import { findTenant, type Schedule, type Tenant, type PolicyRule } from './policy.js';
import type { EngineState } from './state.js';

const MS_PER_MINUTE = 60000;
const MS_PER_HOUR = 3600000;
const MS_PER_DAY = 86400000;

/** @legacy policy_eval.cpp floor_div */
function floorDiv(a: number, b: number): number {
  // % is exact on doubles, so (a - r) / b is exact too: no rounding near day boundaries.
  const r = a % b;
  let q = (a - r) / b;
  if (r !== 0 && r < 0 !== b < 0) q -= 1;
  return q;
}

/** @legacy policy_eval.cpp floor_mod */
function floorMod(a: number, b: number): number {
  return a - floorDiv(a, b) * b;
}

/** @legacy policy_eval.cpp days_from_civil */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = floorDiv(y, 400);
  const yoe = y - era * 400;
  const doy = Math.trunc((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.trunc(yoe / 4) - Math.trunc(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** @legacy policy_eval.cpp year_from_days */
function yearFromDays(z: number): number {
  z += 719468;
  const era = floorDiv(z, 146097);
  const doe = z - era * 146097;
  const yoe = Math.trunc((doe - Math.trunc(doe / 1460) + Math.trunc(doe / 36524) - Math.trunc(doe / 146096)) / 365);
  const y = yoe + era * 400;
  const doy = doe - (365 * yoe + Math.trunc(yoe / 4) - Math.trunc(yoe / 100));
  const mp = Math.trunc((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  return y + (m <= 2 ? 1 : 0);
}

/** 0 = Sunday. @legacy policy_eval.cpp weekday */
function weekday(days: number): number {
  return floorMod(days + 4, 7);
}

/** @legacy policy_eval.cpp sunday_of */
function sundayOf(year: number, month: number, n: number): number {
  if (n === 0) {
    const nextMonth = month === 12 ? 1 : month + 1;
    const nextYear = month === 12 ? year + 1 : year;
    const last = daysFromCivil(nextYear, nextMonth, 1) - 1;
    return last - weekday(last);
  }
  const first = daysFromCivil(year, month, 1);
  return first + ((7 - weekday(first)) % 7) + 7 * (n - 1);
}

/** @legacy policy_eval.cpp dst_in_effect */
function dstInEffect(t: Tenant, timeMs: number): boolean {
  if (t.dst === 'none') return false;
  const stdMs = timeMs + t.tzOffsetMinutes * MS_PER_MINUTE;
  const year = yearFromDays(floorDiv(stdMs, MS_PER_DAY));
  if (t.dst === 'us') {
    const start = sundayOf(year, 3, 2) * MS_PER_DAY + 2 * MS_PER_HOUR;
    const end = sundayOf(year, 11, 1) * MS_PER_DAY + 1 * MS_PER_HOUR;
    return stdMs >= start && stdMs < end;
  }
  const start = sundayOf(year, 3, 0) * MS_PER_DAY + MS_PER_HOUR;
  const end = sundayOf(year, 10, 0) * MS_PER_DAY + MS_PER_HOUR;
  return timeMs >= start && timeMs < end;
}

/** @legacy policy_eval.cpp schedule_active */
function scheduleActive(t: Tenant, s: Schedule, timeMs: number): boolean {
  let local = timeMs + t.tzOffsetMinutes * MS_PER_MINUTE;
  if (dstInEffect(t, timeMs)) local += MS_PER_HOUR;
  const days = floorDiv(local, MS_PER_DAY);
  const minute = Math.trunc(floorMod(local, MS_PER_DAY) / MS_PER_MINUTE);
  if (!(s.days & (1 << weekday(days)))) return false;
  if (s.startMinute <= s.endMinute) return minute >= s.startMinute && minute < s.endMinute;
  return minute >= s.startMinute || minute < s.endMinute;
}

/** @legacy policy_eval.cpp domain_match */
export function domainMatch(host: string, domains: string[]): boolean {
  for (const d of domains) {
    if (d.length === 0) continue;
    if (host === d) return true;
    if (host.length > d.length && host.charCodeAt(host.length - d.length - 1) === 46 && host.endsWith(d)) return true;
  }
  return false;
}

/** @legacy policy_eval.cpp groups_match */
function groupsMatch(r: PolicyRule, groupsLower: string[]): boolean {
  if (r.groups.length === 0) return true;
  for (let i = 0; i < r.groups.length; i++) {
    if (r.groups[i] === '*') return true;
    const rg = r.groupsLower[i]!;
    for (const g of groupsLower) if (g === rg) return true;
  }
  return false;
}

/** @legacy policy_eval.cpp policy_eval */
export function policy_eval(state: EngineState, input: PolicyEvalInput): PolicyEvalOutput {
  const t = findTenant(state.policy, input.tenant);
  const host = lower(input.host);
  if (domainMatch(host, t.denyDomains)) return { action: 'block', reason: 'deny_list', ruleId: '', category: 0 };
  if (input.bypassToken.length > 0 && bypassTokenValid(t, host, input.bypassToken, input.timeMs)) return { action: 'allow', reason: 'bypass', ruleId: '', category: 0 };
  if (domainMatch(host, t.allowDomains)) return { action: 'allow', reason: 'allow_list', ruleId: '', category: 0 };
  let groupsLower: string[] | undefined;
  for (const r of t.rules) {
    if (r.groups.length > 0) {
      groupsLower ??= input.groups.map(lower);
      if (!groupsMatch(r, groupsLower)) continue;
    }
    if (r.schedule.length > 0) {
      const s = t.schedules.get(r.schedule);
      if (!s || !scheduleActive(t, s, input.timeMs)) continue;
    }
    const hasCondition = r.categories.length > 0 || r.phraseScore > 0 || r.domains.length > 0;
    let category = 0;
    let hit = !hasCondition;
    for (let c = 0; c < input.categories.length && !category; c++) {
      if (r.categories.includes(input.categories[c]!)) category = input.categories[c]!;
    }
    if (category) hit = true;
    if (r.phraseScore > 0 && input.phraseScore >= r.phraseScore) hit = true;
    if (r.domains.length > 0 && domainMatch(host, r.domains)) hit = true;
    if (!hit) continue;
    return { action: r.action, reason: 'rule', ruleId: r.id, category };
  }
  if (t.phraseThreshold > 0 && input.phraseScore >= t.phraseThreshold) return { action: 'block', reason: 'phrase', ruleId: '', category: 0 };
  return { action: t.defaultAction, reason: 'default', ruleId: '', category: 0 };
}
