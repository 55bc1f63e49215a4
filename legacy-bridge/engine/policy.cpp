// Policy parser. Format: formats/policy.md. Written the way the 2010 appliance parsed its
// config: line by line, sections dispatched on their first word, values checked as they come.
#include "policy.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <algorithm>

#include "common.h"
#include "errors.h"

namespace filter {

namespace {

enum SectionKind { SEC_NONE, SEC_TENANT, SEC_SCHEDULE, SEC_RULE };

struct ParseState {
    SectionKind kind;
    std::string tenant;
    std::string name;
    int section_line;
    ParseState() : kind(SEC_NONE), section_line(0) {}
};

void fail(const char* code, const std::string& msg, int line) { throw FilterError(code, msg, "policy", line); }

// Strict decimal integer: optional sign, digits only, within [lo, hi].
int parse_int(const std::string& v, long lo, long hi, int line) {
    if (v.empty()) fail("E_POLICY_BAD_NUMBER", "empty number", line);
    const char* s = v.c_str();
    size_t i = 0;
    if (s[0] == '-' || s[0] == '+') i = 1;
    if (s[i] == '\0') fail("E_POLICY_BAD_NUMBER", "not a number: " + v, line);
    for (size_t k = i; s[k]; k++) {
        if (!isdigit((unsigned char)s[k])) fail("E_POLICY_BAD_NUMBER", "not a number: " + v, line);
    }
    if (strlen(s + i) > 9) fail("E_POLICY_BAD_NUMBER", "number out of range: " + v, line);
    long n = strtol(s, NULL, 10);
    if (n < lo || n > hi) fail("E_POLICY_BAD_NUMBER", "number out of range: " + v, line);
    return (int)n;
}

bool parse_on_off(const std::string& v, int line) {
    std::string l = lower(v);
    if (l == "on" || l == "yes" || l == "true" || l == "1") return true;
    if (l == "off" || l == "no" || l == "false" || l == "0") return false;
    fail("E_POLICY_BAD_VALUE", "expected on or off: " + v, line);
    return false;
}

std::string parse_action(const std::string& v, int line) {
    std::string l = lower(v);
    if (l == "allow" || l == "block" || l == "warn" || l == "safesearch") return l;
    fail("E_POLICY_BAD_VALUE", "unknown action: " + v, line);
    return "";
}

// "HH:MM" -> minute of day
int parse_hhmm(const std::string& v, int line) {
    if (v.size() != 5 || v[2] != ':' || !isdigit((unsigned char)v[0]) || !isdigit((unsigned char)v[1]) ||
        !isdigit((unsigned char)v[3]) || !isdigit((unsigned char)v[4])) {
        fail("E_POLICY_BAD_VALUE", "expected HH:MM: " + v, line);
    }
    int h = (v[0] - '0') * 10 + (v[1] - '0');
    int m = (v[3] - '0') * 10 + (v[4] - '0');
    if (h > 23 || m > 59) fail("E_POLICY_BAD_VALUE", "time out of range: " + v, line);
    return h * 60 + m;
}

int parse_days(const std::string& v, int line) {
    static const char* names[7] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
    std::vector<std::string> items = split_list(v);
    if (items.empty()) fail("E_POLICY_BAD_VALUE", "no days", line);
    int mask = 0;
    for (size_t i = 0; i < items.size(); i++) {
        std::string d = lower(items[i]);
        if (d == "weekdays") {
            mask |= 0x3e;
            continue;
        }
        if (d == "weekend") {
            mask |= 0x41;
            continue;
        }
        if (d == "all") {
            mask |= 0x7f;
            continue;
        }
        int found = -1;
        for (int k = 0; k < 7; k++) {
            if (d == names[k]) found = k;
        }
        if (found < 0) fail("E_POLICY_BAD_VALUE", "unknown day: " + items[i], line);
        mask |= 1 << found;
    }
    return mask;
}

std::vector<std::string> parse_domains(const std::string& v) {
    std::vector<std::string> items = split_list(v);
    for (size_t i = 0; i < items.size(); i++) {
        std::string d = lower(items[i]);
        // A leading "*." or "." means the same as the bare domain (subdomains always match).
        if (starts_with(d, "*.")) d = d.substr(2);
        while (!d.empty() && d[0] == '.') d = d.substr(1);
        while (!d.empty() && d[d.size() - 1] == '.') d.erase(d.size() - 1);
        items[i] = d;
    }
    return items;
}

bool rule_before(const PolicyRule& a, const PolicyRule& b) {
    if (a.priority != b.priority) return a.priority < b.priority;
    return a.line < b.line;
}

void tenant_key(Tenant& t, const std::string& key, const std::string& value, int line) {
    if (key == "tz_offset") {
        t.tz_offset_minutes = parse_int(value, -840, 840, line);
    } else if (key == "dst") {
        std::string d = lower(value);
        if (d == "none") t.dst = DST_NONE;
        else if (d == "us") t.dst = DST_US;
        else if (d == "eu") t.dst = DST_EU;
        else fail("E_POLICY_BAD_VALUE", "dst must be none, us or eu: " + value, line);
    } else if (key == "default_action") {
        t.default_action = parse_action(value, line);
    } else if (key == "phrase_threshold") {
        t.phrase_threshold = parse_int(value, 0, 1000000, line);
    } else if (key == "secret") {
        t.secret = value;
    } else if (key == "allow") {
        t.allow_domains = parse_domains(value);
    } else if (key == "deny") {
        t.deny_domains = parse_domains(value);
    } else if (key == "block_url") {
        if (!starts_with(lower(value), "http://") && !starts_with(lower(value), "https://")) fail("E_POLICY_BAD_VALUE", "block_url must be http(s)", line);
        t.block_url = value;
    } else if (key == "bypass_ttl") {
        t.bypass_ttl_seconds = parse_int(value, 60, 86400, line);
    } else if (key == "safesearch.google") {
        t.safesearch.google = parse_on_off(value, line);
    } else if (key == "safesearch.bing") {
        t.safesearch.bing = parse_on_off(value, line);
    } else if (key == "safesearch.duckduckgo") {
        t.safesearch.duckduckgo = parse_on_off(value, line);
    } else if (key == "safesearch.yahoo") {
        t.safesearch.yahoo = parse_on_off(value, line);
    } else if (key == "safesearch.youtube") {
        std::string y = lower(value);
        if (y != "off" && y != "moderate" && y != "strict") fail("E_POLICY_BAD_VALUE", "youtube must be off, moderate or strict", line);
        t.safesearch.youtube = y;
    } else if (key == "safesearch.googapps_domains") {
        t.safesearch.googapps_domains = value;
    } else if (key == "safesearch.ms_tenants") {
        t.safesearch.ms_tenants = value;
    } else if (key == "safesearch.ms_context") {
        t.safesearch.ms_tenant_context = value;
    } else {
        fail("E_POLICY_UNKNOWN_KEY", "unknown tenant key: " + key, line);
    }
}

void schedule_key(Schedule& s, const std::string& key, const std::string& value, int line) {
    if (key == "days") s.days = parse_days(value, line);
    else if (key == "start") s.start_minute = parse_hhmm(value, line);
    else if (key == "end") s.end_minute = parse_hhmm(value, line);
    else fail("E_POLICY_UNKNOWN_KEY", "unknown schedule key: " + key, line);
}

void rule_key(PolicyRule& r, const std::string& key, const std::string& value, int line, int* schedule_line) {
    if (key == "priority") {
        r.priority = parse_int(value, -1000000, 1000000, line);
    } else if (key == "groups") {
        r.groups = split_list(value);
    } else if (key == "schedule") {
        r.schedule = value;
        *schedule_line = line;
    } else if (key == "categories") {
        std::vector<std::string> items = split_list(value);
        r.categories.clear();
        for (size_t i = 0; i < items.size(); i++) r.categories.push_back(parse_int(items[i], 1, 9999, line));
    } else if (key == "phrase_score") {
        r.phrase_score = parse_int(value, 0, 1000000, line);
    } else if (key == "domains") {
        r.domains = parse_domains(value);
    } else if (key == "action") {
        r.action = parse_action(value, line);
    } else {
        fail("E_POLICY_UNKNOWN_KEY", "unknown rule key: " + key, line);
    }
}

}  // namespace

void parse_policy(const std::string& text, Policy& out) {
    ParseState st;
    std::vector<std::string> lines = split(text, '\n');
    // Rule lines of "schedule = x", indexed by tenant and rule position, for the final check.
    std::map<std::string, std::vector<int> > schedule_lines;
    std::map<std::string, std::vector<int> > action_seen;

    for (size_t li = 0; li < lines.size(); li++) {
        int line = (int)li + 1;
        std::string l = trim(lines[li]);
        if (l.empty() || l[0] == '#' || l[0] == ';') continue;

        if (l[0] == '[') {
            if (l[l.size() - 1] != ']') fail("E_POLICY_SYNTAX", "unterminated section header", line);
            std::vector<std::string> words;
            std::string inner = l.substr(1, l.size() - 2);
            std::string cur;
            for (size_t i = 0; i <= inner.size(); i++) {
                if (i == inner.size() || inner[i] == ' ' || inner[i] == '\t') {
                    if (!cur.empty()) words.push_back(cur);
                    cur.clear();
                } else {
                    cur += inner[i];
                }
            }
            if (words.empty()) fail("E_POLICY_UNKNOWN_SECTION", "empty section header", line);
            std::string kind = lower(words[0]);
            if (kind == "tenant" && words.size() == 2) {
                if (out.tenants.count(words[1])) fail("E_POLICY_DUPLICATE", "tenant declared twice: " + words[1], line);
                Tenant t;
                t.name = words[1];
                t.line = line;
                out.tenants[words[1]] = t;
                st.kind = SEC_TENANT;
                st.tenant = words[1];
            } else if ((kind == "schedule" || kind == "rule") && words.size() == 3) {
                std::map<std::string, Tenant>::iterator it = out.tenants.find(words[1]);
                if (it == out.tenants.end()) fail("E_POLICY_UNKNOWN_TENANT", "section for undeclared tenant: " + words[1], line);
                st.tenant = words[1];
                st.name = words[2];
                if (kind == "schedule") {
                    if (it->second.schedules.count(words[2])) fail("E_POLICY_DUPLICATE", "schedule declared twice: " + words[2], line);
                    Schedule s;
                    s.name = words[2];
                    s.days = 0x7f;
                    s.start_minute = 0;
                    s.end_minute = 1440;
                    s.line = line;
                    it->second.schedules[words[2]] = s;
                    st.kind = SEC_SCHEDULE;
                } else {
                    for (size_t i = 0; i < it->second.rules.size(); i++) {
                        if (it->second.rules[i].id == words[2]) fail("E_POLICY_DUPLICATE", "rule declared twice: " + words[2], line);
                    }
                    PolicyRule r;
                    r.id = words[2];
                    r.priority = 0;
                    r.phrase_score = 0;
                    r.line = line;
                    it->second.rules.push_back(r);
                    schedule_lines[words[1]].push_back(0);
                    action_seen[words[1]].push_back(0);
                    st.kind = SEC_RULE;
                }
            } else {
                fail("E_POLICY_UNKNOWN_SECTION", "unknown section: " + inner, line);
            }
            st.section_line = line;
            continue;
        }

        size_t eq = l.find('=');
        if (eq == std::string::npos) fail("E_POLICY_SYNTAX", "expected key = value", line);
        std::string key = lower(trim(l.substr(0, eq)));
        std::string value = trim(l.substr(eq + 1));
        if (key.empty()) fail("E_POLICY_SYNTAX", "empty key", line);
        if (st.kind == SEC_NONE) fail("E_POLICY_SYNTAX", "key outside of a section", line);

        Tenant& t = out.tenants[st.tenant];
        if (st.kind == SEC_TENANT) {
            tenant_key(t, key, value, line);
        } else if (st.kind == SEC_SCHEDULE) {
            schedule_key(t.schedules[st.name], key, value, line);
        } else {
            int sched_line = 0;
            rule_key(t.rules.back(), key, value, line, &sched_line);
            if (sched_line) schedule_lines[st.tenant].back() = sched_line;
            if (key == "action") action_seen[st.tenant].back() = line;
        }
    }

    for (std::map<std::string, Tenant>::iterator it = out.tenants.begin(); it != out.tenants.end(); ++it) {
        Tenant& t = it->second;
        if (t.secret.empty()) fail("E_POLICY_MISSING_KEY", "tenant " + t.name + " has no secret", t.line);
        std::vector<int>& sl = schedule_lines[t.name];
        std::vector<int>& al = action_seen[t.name];
        for (size_t i = 0; i < t.rules.size(); i++) {
            if (!t.rules[i].schedule.empty() && !t.schedules.count(t.rules[i].schedule)) {
                fail("E_POLICY_UNKNOWN_SCHEDULE", "rule " + t.rules[i].id + " uses undeclared schedule " + t.rules[i].schedule, sl[i]);
            }
            if (al[i] == 0) fail("E_POLICY_MISSING_KEY", "rule " + t.rules[i].id + " has no action", t.rules[i].line);
        }
        std::sort(t.rules.begin(), t.rules.end(), rule_before);
    }
}

const Tenant& find_tenant(const Policy& policy, const std::string& name) {
    std::map<std::string, Tenant>::const_iterator it = policy.tenants.find(name);
    if (it == policy.tenants.end()) throw FilterError("E_UNKNOWN_TENANT", "unknown tenant", "input");
    return it->second;
}

}  // namespace filter
