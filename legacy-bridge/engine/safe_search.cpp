// Module 6: SafeSearch enforcement for allowed requests.
//
// Only for actions "allow" and "safesearch"; "safesearch" forces every engine on (YouTube
// strict) whatever the tenant's switches. Tunnels (connect) only get their host mapped to the
// engine's enforced variant. Plain requests get their query rewritten — every existing value
// of the parameter replaced in place, appended when missing — and headers added: YouTube-
// Restrict on YouTube hosts, X-GoogApps-Allowed-Domains on Google hosts, Restrict-Access-To-
// Tenants / Restrict-Access-Context on Microsoft login hosts.
#include "safe_search.h"

#include <ctype.h>
#include <string.h>

#include "common.h"

namespace filter {

namespace {

bool is_cc(const std::string& s) { return s.size() == 2 && isalpha((unsigned char)s[0]) && isalpha((unsigned char)s[1]); }

// google.<tld> with an optional "www."
bool google_search_host(const std::string& host) {
    std::string h = starts_with(host, "www.") ? host.substr(4) : host;
    if (!starts_with(h, "google.")) return false;
    std::string tld = h.substr(7);
    return tld == "com" || is_cc(tld) || (starts_with(tld, "co.") && is_cc(tld.substr(3))) || (starts_with(tld, "com.") && is_cc(tld.substr(4)));
}

bool google_any_host(const std::string& h) {
    return google_search_host(h) || h == "google.com" || ends_with(h, ".google.com") || ends_with(h, ".googleapis.com") || ends_with(h, ".googleusercontent.com");
}

bool youtube_host(const std::string& h) {
    return h == "youtube.com" || h == "www.youtube.com" || h == "m.youtube.com" || h == "youtubei.googleapis.com" || h == "youtube.googleapis.com" ||
           h == "www.youtube-nocookie.com" || h == "youtube-nocookie.com";
}

bool bing_host(const std::string& h) { return h == "bing.com" || h == "www.bing.com"; }
bool ddg_host(const std::string& h) { return h == "duckduckgo.com" || h == "www.duckduckgo.com" || h == "html.duckduckgo.com"; }
bool yahoo_host(const std::string& h) { return h == "search.yahoo.com" || ends_with(h, ".search.yahoo.com"); }
bool ms_login_host(const std::string& h) { return h == "login.microsoftonline.com" || h == "login.microsoft.com" || h == "login.windows.net"; }

// Sets name=value in a query: every existing occurrence's value replaced, appended if none.
bool force_param(std::string& query, bool& has_query, const char* name, const char* value) {
    std::vector<std::string> pairs = has_query ? split(query, '&') : std::vector<std::string>();
    size_t n = strlen(name);
    bool found = false;
    std::string wanted = std::string(name) + "=" + value;
    bool changed = false;
    for (size_t i = 0; i < pairs.size(); i++) {
        if (pairs[i] == name || (pairs[i].size() > n && pairs[i].compare(0, n, name) == 0 && pairs[i][n] == '=')) {
            found = true;
            if (pairs[i] != wanted) {
                pairs[i] = wanted;
                changed = true;
            }
        }
    }
    if (!found) {
        if (!pairs.empty() && pairs.size() == 1 && pairs[0].empty()) pairs[0] = wanted;
        else pairs.push_back(wanted);
        changed = true;
    }
    std::string q;
    for (size_t i = 0; i < pairs.size(); i++) {
        if (i) q += '&';
        q += pairs[i];
    }
    query = q;
    has_query = true;
    return changed;
}

void add_header(SafeSearchOutput& out, const char* name, const std::string& value) {
    Header h;
    h.name = name;
    h.value = value;
    out.headers.push_back(h);
}

}  // namespace

SafeSearchOutput safe_search(const Engine& engine, const SafeSearchInput& in) {
    const Tenant& t = find_tenant(engine.policy, in.tenant);
    SafeSearchOutput out;
    out.host = in.host;
    out.path = in.path;
    out.query = in.query;
    out.has_query = in.has_query;
    if (in.action != "allow" && in.action != "safesearch") return out;
    bool force = in.action == "safesearch";
    const SafeSearchSettings& s = t.safesearch;
    std::string host = lower(in.host);
    std::string youtube = force ? std::string("strict") : s.youtube;

    if (in.connect) {
        std::string mapped;
        if ((s.google || force) && google_search_host(host)) mapped = "forcesafesearch.google.com";
        else if (youtube != "off" && youtube_host(host)) mapped = youtube == "strict" ? "restrict.youtube.com" : "restrictmoderate.youtube.com";
        else if ((s.bing || force) && bing_host(host)) mapped = "strict.bing.com";
        else if ((s.duckduckgo || force) && ddg_host(host)) mapped = "safe.duckduckgo.com";
        if (!mapped.empty() && mapped != host) {
            out.host = mapped;
            out.changed = true;
        }
        return out;
    }

    if ((s.google || force) && google_search_host(host) && (in.path == "/search" || in.path == "/webhp" || in.path == "/images" || in.path == "/")) {
        if (force_param(out.query, out.has_query, "safe", "active")) out.changed = true;
    } else if ((s.bing || force) && bing_host(host) && (in.path == "/search" || starts_with(in.path, "/images/"))) {
        if (force_param(out.query, out.has_query, "adlt", "strict")) out.changed = true;
    } else if ((s.duckduckgo || force) && ddg_host(host)) {
        if (force_param(out.query, out.has_query, "kp", "1")) out.changed = true;
    } else if ((s.yahoo || force) && yahoo_host(host) && starts_with(in.path, "/search")) {
        if (force_param(out.query, out.has_query, "vm", "r")) out.changed = true;
    }

    if (youtube != "off" && youtube_host(host)) add_header(out, "YouTube-Restrict", youtube == "strict" ? "Strict" : "Moderate");
    if (!s.googapps_domains.empty() && google_any_host(host)) add_header(out, "X-GoogApps-Allowed-Domains", s.googapps_domains);
    if (!s.ms_tenants.empty() && ms_login_host(host)) {
        add_header(out, "Restrict-Access-To-Tenants", s.ms_tenants);
        if (!s.ms_tenant_context.empty()) add_header(out, "Restrict-Access-Context", s.ms_tenant_context);
    }
    if (!out.headers.empty()) out.changed = true;
    return out;
}

}  // namespace filter
