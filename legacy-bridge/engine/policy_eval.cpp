// Module 5: the verdict for an identity on a request at a given time.
//
// Order: deny list (reason "deny_list"; a bypass token cannot lift it), a valid bypass token
// for the host ("bypass"), allow list ("allow_list"), the tenant's rules by priority — ties in
// file order — first match wins ("rule"), the phrase threshold ("phrase"), the default action
// ("default"). A rule matches when its groups (ASCII case-insensitive; empty or "*" = everyone)
// and its schedule hold, and — if it sets any of categories, phrase_score, domains — at least
// one of those holds. Schedules use the tenant's local time: the standard offset plus one hour
// while its DST rule is in effect (US: second Sunday of March 02:00 local to first Sunday of
// November 02:00 local daylight time; EU: last Sunday of March to last Sunday of October,
// 01:00 UTC). A schedule ending before it starts wraps past midnight; its day is the day of
// the moment being checked (the legacy simplification).
#include "policy_eval.h"

#include "block_page.h"
#include "common.h"

namespace filter {

static const int64_t MS_PER_MINUTE = 60000;
static const int64_t MS_PER_HOUR = 3600000;
static const int64_t MS_PER_DAY = 86400000;

namespace {

int64_t floor_div(int64_t a, int64_t b) {
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    return q;
}

int64_t floor_mod(int64_t a, int64_t b) { return a - floor_div(a, b) * b; }

// Days since 1970-01-01 of a civil date (proleptic Gregorian).
int64_t days_from_civil(int64_t y, int m, int d) {
    y -= m <= 2;
    int64_t era = floor_div(y, 400);
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int64_t year_from_days(int64_t z) {
    z += 719468;
    int64_t era = floor_div(z, 146097);
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t y = yoe + era * 400;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int m = (int)(mp < 10 ? mp + 3 : mp - 9);
    return y + (m <= 2);
}

int weekday(int64_t days) { return (int)floor_mod(days + 4, 7); }  // 0 = Sunday

// Day number of the n-th Sunday of a month (n >= 1), or of the last Sunday when n == 0.
int64_t sunday_of(int64_t year, int month, int n) {
    if (n == 0) {
        int next_month = month == 12 ? 1 : month + 1;
        int64_t next_year = month == 12 ? year + 1 : year;
        int64_t last = days_from_civil(next_year, next_month, 1) - 1;
        return last - weekday(last);
    }
    int64_t first = days_from_civil(year, month, 1);
    return first + (7 - weekday(first)) % 7 + 7 * (n - 1);
}

bool dst_in_effect(const Tenant& t, int64_t time_ms) {
    if (t.dst == DST_NONE) return false;
    int64_t std_ms = time_ms + (int64_t)t.tz_offset_minutes * MS_PER_MINUTE;
    int64_t year = year_from_days(floor_div(std_ms, MS_PER_DAY));
    if (t.dst == DST_US) {
        int64_t start = sunday_of(year, 3, 2) * MS_PER_DAY + 2 * MS_PER_HOUR;
        int64_t end = sunday_of(year, 11, 1) * MS_PER_DAY + 1 * MS_PER_HOUR;
        return std_ms >= start && std_ms < end;
    }
    int64_t start = sunday_of(year, 3, 0) * MS_PER_DAY + 1 * MS_PER_HOUR;
    int64_t end = sunday_of(year, 10, 0) * MS_PER_DAY + 1 * MS_PER_HOUR;
    return time_ms >= start && time_ms < end;
}

bool schedule_active(const Tenant& t, const Schedule& s, int64_t time_ms) {
    int64_t local = time_ms + (int64_t)t.tz_offset_minutes * MS_PER_MINUTE;
    if (dst_in_effect(t, time_ms)) local += MS_PER_HOUR;
    int64_t days = floor_div(local, MS_PER_DAY);
    int minute = (int)(floor_mod(local, MS_PER_DAY) / MS_PER_MINUTE);
    if (!(s.days & (1 << weekday(days)))) return false;
    if (s.start_minute <= s.end_minute) return minute >= s.start_minute && minute < s.end_minute;
    return minute >= s.start_minute || minute < s.end_minute;
}

bool domain_match(const std::string& host, const std::vector<std::string>& domains) {
    for (size_t i = 0; i < domains.size(); i++) {
        const std::string& d = domains[i];
        if (d.empty()) continue;
        if (host == d) return true;
        if (host.size() > d.size() && host[host.size() - d.size() - 1] == '.' && ends_with(host, d)) return true;
    }
    return false;
}

bool groups_match(const PolicyRule& r, const std::vector<std::string>& groups) {
    if (r.groups.empty()) return true;
    for (size_t i = 0; i < r.groups.size(); i++) {
        if (r.groups[i] == "*") return true;
        std::string rg = lower(r.groups[i]);
        for (size_t k = 0; k < groups.size(); k++) {
            if (lower(groups[k]) == rg) return true;
        }
    }
    return false;
}

}  // namespace

PolicyEvalOutput policy_eval(const Engine& engine, const PolicyEvalInput& in) {
    const Tenant& t = find_tenant(engine.policy, in.tenant);
    PolicyEvalOutput out;
    std::string host = lower(in.host);

    if (domain_match(host, t.deny_domains)) {
        out.action = "block";
        out.reason = "deny_list";
        return out;
    }
    if (!in.bypass_token.empty() && bypass_token_valid(t, host, in.bypass_token, in.time_ms)) {
        out.action = "allow";
        out.reason = "bypass";
        return out;
    }
    if (domain_match(host, t.allow_domains)) {
        out.action = "allow";
        out.reason = "allow_list";
        return out;
    }
    for (size_t i = 0; i < t.rules.size(); i++) {
        const PolicyRule& r = t.rules[i];
        if (!groups_match(r, in.groups)) continue;
        if (!r.schedule.empty()) {
            std::map<std::string, Schedule>::const_iterator s = t.schedules.find(r.schedule);
            if (s == t.schedules.end() || !schedule_active(t, s->second, in.time_ms)) continue;
        }
        bool has_condition = !r.categories.empty() || r.phrase_score > 0 || !r.domains.empty();
        int category = 0;
        bool hit = !has_condition;
        for (size_t c = 0; c < in.categories.size() && !category; c++) {
            for (size_t k = 0; k < r.categories.size(); k++) {
                if (r.categories[k] == in.categories[c]) {
                    category = in.categories[c];
                    break;
                }
            }
        }
        if (category) hit = true;
        if (r.phrase_score > 0 && in.phrase_score >= r.phrase_score) hit = true;
        if (!r.domains.empty() && domain_match(host, r.domains)) hit = true;
        if (!hit) continue;
        out.action = r.action;
        out.reason = "rule";
        out.rule_id = r.id;
        out.category = category;
        return out;
    }
    if (t.phrase_threshold > 0 && in.phrase_score >= t.phrase_threshold) {
        out.action = "block";
        out.reason = "phrase";
        return out;
    }
    out.action = t.default_action;
    out.reason = "default";
    return out;
}

}  // namespace filter
