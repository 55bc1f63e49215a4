// Module 2: categories of a canonical URL.
//
// Order of evidence, as the 2010 lookup walked it: path-prefix rules (longest prefix first, on
// the host and each parent domain, nearest domain first), exact hosts (a leading "www." is
// stripped once and the rest tried as an exact host too — the legacy "www" handling), domain
// suffixes on label boundaries (longest first), CIDR rules for IPv4 hosts (longest prefix
// first), then regular expressions in file order against the host. Deduplicated by category
// (first match wins), capped at MAX_MATCHES.
#include "category_lookup.h"

#include <string.h>

#include "common.h"

namespace filter {

static const size_t MAX_MATCHES = 8;
static const size_t MAX_REGEX_HOST = 253;

namespace {

struct Collector {
    CategoryLookupOutput* out;
    bool add(int category, int line, const char* kind) {
        for (size_t i = 0; i < out->matches.size(); i++) {
            if (out->matches[i].category == category) return out->matches.size() < MAX_MATCHES;
        }
        if (out->matches.size() >= MAX_MATCHES) return false;
        CategoryMatch m;
        m.category = category;
        m.line = line;
        m.kind = kind;
        out->matches.push_back(m);
        return out->matches.size() < MAX_MATCHES;
    }
};

// The host, then each parent domain at a label boundary: a.b.c -> a.b.c, b.c, c
std::vector<std::string> suffixes(const std::string& host) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start < host.size()) {
        out.push_back(host.substr(start));
        size_t dot = host.find('.', start);
        if (dot == std::string::npos) break;
        start = dot + 1;
    }
    return out;
}

}  // namespace

CategoryLookupOutput category_lookup(const Engine& engine, const CategoryLookupInput& in) {
    CategoryLookupOutput out;
    Collector c;
    c.out = &out;
    const CategoryDb& db = engine.db;
    std::string host = lower(in.host);
    bool is_name = in.host_kind == "name";
    std::vector<std::string> parents;
    if (is_name) parents = suffixes(host);

    // 1. path prefixes
    if (is_name && !in.path.empty()) {
        for (size_t s = 0; s < parents.size(); s++) {
            std::unordered_map<std::string, std::vector<PathRule> >::const_iterator it = db.path_rules.find(parents[s]);
            if (it == db.path_rules.end()) continue;
            const std::vector<PathRule>& rules = it->second;
            for (size_t i = 0; i < rules.size(); i++) {
                if (in.path.compare(0, rules[i].prefix.size(), rules[i].prefix) == 0) {
                    if (!c.add(rules[i].category, rules[i].line, "path")) return out;
                }
            }
        }
    }

    // 2. exact host (and the host without one leading "www.")
    if (is_name || in.host_kind == "ipv4") {
        std::unordered_map<std::string, std::vector<CategoryRule> >::const_iterator it = db.exact_hosts.find(host);
        if (it != db.exact_hosts.end()) {
            for (size_t i = 0; i < it->second.size(); i++) {
                if (!c.add(it->second[i].category, it->second[i].line, "exact")) return out;
            }
        }
        if (starts_with(host, "www.") && host.size() > 4) {
            it = db.exact_hosts.find(host.substr(4));
            if (it != db.exact_hosts.end()) {
                for (size_t i = 0; i < it->second.size(); i++) {
                    if (!c.add(it->second[i].category, it->second[i].line, "exact")) return out;
                }
            }
        }
    }

    // 3. domain suffixes, longest first
    for (size_t s = 0; s < parents.size(); s++) {
        std::unordered_map<std::string, std::vector<CategoryRule> >::const_iterator it = db.domains.find(parents[s]);
        if (it == db.domains.end()) continue;
        for (size_t i = 0; i < it->second.size(); i++) {
            if (!c.add(it->second[i].category, it->second[i].line, "domain")) return out;
        }
    }

    // 4. CIDR for IPv4 hosts, longest prefix first (the rules are sorted at load)
    uint32_t ip;
    if (in.host_kind == "ipv4" && parse_dotted_quad(host, &ip)) {
        for (size_t i = 0; i < db.cidr_rules.size(); i++) {
            const CidrRule& r = db.cidr_rules[i];
            uint32_t mask = r.prefix_len == 0 ? 0 : (0xffffffffu << (32 - r.prefix_len));
            if ((ip & mask) == r.network) {
                if (!c.add(r.category, r.line, "cidr")) return out;
            }
        }
    }

    // 5. regular expressions in file order, against the host
    if (host.size() <= MAX_REGEX_HOST) {
        for (size_t i = 0; i < db.regex_rules.size(); i++) {
            if (std::regex_search(host, db.regex_rules[i].re)) {
                if (!c.add(db.regex_rules[i].category, db.regex_rules[i].line, "regex")) return out;
            }
        }
    }
    return out;
}

}  // namespace filter
