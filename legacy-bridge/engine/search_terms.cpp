// Module 3: search terms of search-engine URLs.
//
// Engines: google (google.<tld>, google.co.<cc>, google.com.<cc>; /search, /webhp, /), bing
// (/search), duckduckgo (/, /html/, /lite/), yahoo (*search.yahoo.com /search*, parameter p),
// youtube (/results, search_query), wikipedia (<lang>[.m].wikipedia.org /w/index.php, search),
// ask (/web), ecosia (/search). The FIRST occurrence of the parameter wins (name compared
// case-sensitively); '+' and %XX are decoded (invalid escapes kept), ASCII case folded,
// whitespace runs collapsed to one space and trimmed, then cut to MAX_TERMS bytes.
#include "search_terms.h"

#include <ctype.h>
#include <string.h>

#include "common.h"

namespace filter {

static const size_t MAX_TERMS = 256;

namespace {

bool is_cc(const std::string& s) {
    return s.size() == 2 && isalpha((unsigned char)s[0]) && isalpha((unsigned char)s[1]);
}

// google.com, google.de, google.co.uk, google.com.au
bool google_host(const std::string& h) {
    if (!starts_with(h, "google.")) return false;
    std::string tld = h.substr(7);
    if (tld == "com" || is_cc(tld)) return true;
    if ((starts_with(tld, "co.") && is_cc(tld.substr(3))) || (starts_with(tld, "com.") && is_cc(tld.substr(4)))) return true;
    return false;
}

bool wikipedia_host(const std::string& h) {
    if (!ends_with(h, ".wikipedia.org")) return false;
    std::string lang = h.substr(0, h.size() - 14);
    if (ends_with(lang, ".m")) lang = lang.substr(0, lang.size() - 2);
    if (lang.empty() || lang.size() > 12) return false;
    for (size_t i = 0; i < lang.size(); i++) {
        if (!isalpha((unsigned char)lang[i]) && lang[i] != '-') return false;
    }
    return true;
}

int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string decode_param(const std::string& v) {
    std::string out;
    for (size_t i = 0; i < v.size(); i++) {
        if (v[i] == '+') {
            out += ' ';
        } else if (v[i] == '%' && i + 2 < v.size() && hexval(v[i + 1]) >= 0 && hexval(v[i + 2]) >= 0) {
            out += (char)(hexval(v[i + 1]) * 16 + hexval(v[i + 2]));
            i += 2;
        } else {
            out += v[i];
        }
    }
    return out;
}

const char* engine_for(const std::string& host, const std::string& path, const char** param) {
    std::string h = starts_with(host, "www.") ? host.substr(4) : host;
    if (google_host(h) && (path == "/search" || path == "/webhp" || path == "/")) {
        *param = "q";
        return "google";
    }
    if ((h == "bing.com" || h == "cn.bing.com") && path == "/search") {
        *param = "q";
        return "bing";
    }
    if ((h == "duckduckgo.com" || h == "html.duckduckgo.com" || h == "lite.duckduckgo.com") && (path == "/" || path == "/html/" || path == "/lite/" || path == "/html")) {
        *param = "q";
        return "duckduckgo";
    }
    if ((h == "search.yahoo.com" || ends_with(h, ".search.yahoo.com")) && starts_with(path, "/search")) {
        *param = "p";
        return "yahoo";
    }
    if ((h == "youtube.com" || h == "m.youtube.com") && path == "/results") {
        *param = "search_query";
        return "youtube";
    }
    if (wikipedia_host(h) && path == "/w/index.php") {
        *param = "search";
        return "wikipedia";
    }
    if (h == "ask.com" && path == "/web") {
        *param = "q";
        return "ask";
    }
    if (h == "ecosia.org" && path == "/search") {
        *param = "q";
        return "ecosia";
    }
    return NULL;
}

}  // namespace

SearchTermsOutput search_terms(const SearchTermsInput& in) {
    SearchTermsOutput out;
    const char* param = NULL;
    const char* engine = engine_for(lower(in.host), in.path, &param);
    if (!engine) return out;
    out.engine = engine;
    if (!in.has_query) return out;

    std::vector<std::string> pairs = split(in.query, '&');
    std::string raw;
    bool found = false;
    size_t plen = strlen(param);
    for (size_t i = 0; i < pairs.size() && !found; i++) {
        const std::string& kv = pairs[i];
        if (kv.size() > plen && kv.compare(0, plen, param) == 0 && kv[plen] == '=') {
            raw = kv.substr(plen + 1);
            found = true;
        } else if (kv == param) {
            found = true;
        }
    }
    if (!found) return out;

    std::string decoded = lower(decode_param(raw));
    std::string terms;
    bool pending_space = false;
    for (size_t i = 0; i < decoded.size(); i++) {
        if (is_space(decoded[i])) {
            pending_space = !terms.empty();
            continue;
        }
        if (pending_space) {
            terms += ' ';
            pending_space = false;
        }
        terms += decoded[i];
    }
    if (terms.size() > MAX_TERMS) {
        terms.resize(MAX_TERMS);
        out.truncated = true;
    }
    out.terms = terms;
    return out;
}

}  // namespace filter
