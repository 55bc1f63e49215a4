// The policy: tenants, schedules and rules, parsed from an INI-like text (see FORMATS.md).
#ifndef FILTER_POLICY_H
#define FILTER_POLICY_H

#include <stdint.h>
#include <map>
#include <string>
#include <vector>

namespace filter {

enum DstRule { DST_NONE = 0, DST_US = 1, DST_EU = 2 };

struct Schedule {
    std::string name;
    int days;          // bit 0 = Sunday ... bit 6 = Saturday
    int start_minute;  // local minute of day, inclusive
    int end_minute;    // local minute of day, exclusive
    int line;
};

struct PolicyRule {
    std::string id;
    int priority;                      // lower runs first
    std::vector<std::string> groups;   // empty or "*" = everyone
    std::string schedule;              // empty = always
    std::vector<int> categories;       // match if any of the request's categories is listed
    int phrase_score;                  // match if score >= phrase_score (0 = not used)
    std::vector<std::string> domains;  // match host or a parent domain
    std::string action;                // "allow", "block", "warn", "safesearch"
    int line;                          // file order breaks priority ties
};

struct SafeSearchSettings {
    bool google;
    bool bing;
    bool duckduckgo;
    bool yahoo;
    std::string youtube;             // "off", "moderate", "strict"
    std::string googapps_domains;    // value of X-GoogApps-Allowed-Domains, empty = none
    std::string ms_tenants;          // value of Restrict-Access-To-Tenants, empty = none
    std::string ms_tenant_context;   // value of Restrict-Access-Context
    SafeSearchSettings() : google(false), bing(false), duckduckgo(false), yahoo(false), youtube("off") {}
};

struct Tenant {
    std::string name;
    int tz_offset_minutes;  // standard-time offset from UTC (e.g. -300 for US Eastern)
    DstRule dst;
    std::string default_action;  // "allow" or "block" etc.
    int phrase_threshold;        // 0 = disabled
    std::string secret;          // HMAC secret (bytes)
    std::vector<std::string> allow_domains;
    std::vector<std::string> deny_domains;
    SafeSearchSettings safesearch;
    std::string block_url;     // base of the block page, e.g. "http://block.example/blocked"
    int bypass_ttl_seconds;    // lifetime of bypass tokens and block links
    std::map<std::string, Schedule> schedules;
    std::vector<PolicyRule> rules;  // sorted by priority after parsing
    int line;
    Tenant() : tz_offset_minutes(0), dst(DST_NONE), default_action("allow"), phrase_threshold(0), bypass_ttl_seconds(3600), line(0) {}
};

struct Policy {
    std::map<std::string, Tenant> tenants;
};

// Parse the policy; throws FilterError with source "policy" and the line.
void parse_policy(const std::string& text, Policy& out);

// The tenant, or throws FilterError E_UNKNOWN_TENANT.
const Tenant& find_tenant(const Policy& policy, const std::string& name);

}  // namespace filter

#endif
