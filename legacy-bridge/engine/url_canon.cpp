// Module 1: canonicalize a request target.
//
// In the spirit of Safe Browsing canonicalization, plus the evasions a web filter must see
// through. Error codes (returned in UrlCanonOutput::error, never thrown):
//   E_URL_EMPTY       nothing left after stripping whitespace and control bytes
//   E_URL_BAD_SCHEME  scheme other than http, https, ws, wss, ftp (or malformed)
//   E_URL_NO_HOST     no host (origin-form without a Host header, empty authority)
//   E_URL_BAD_HOST    host holds a control byte, space, '/', '\', '@', '#' or '?' after unescaping
//   E_URL_BAD_PORT    port not 1..65535 decimal digits
//   E_URL_BAD_IPV6    bracketed host that is not an IPv6 address
//   E_URL_TOO_LONG    target, host, path, query or result over its limit
//
// Limits: target 8192 bytes, host 253, path 2048 and query 2048 (after escaping), URL 4096.
// The query is not unescaped (search terms decode it themselves); '%' is escaped only in the
// host and path, which were fully unescaped first.
#include "url_canon.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "common.h"

namespace filter {

static const size_t MAX_TARGET = 8192;
static const size_t MAX_HOST = 253;
static const size_t MAX_PATH = 2048;
static const size_t MAX_QUERY = 2048;
static const size_t MAX_URL = 4096;
static const int MAX_UNESCAPE_ROUNDS = 4;

enum {
    F_CONTROL_STRIPPED = 1 << 0,
    F_USERINFO = 1 << 1,
    F_FRAGMENT = 1 << 2,
    F_PERCENT_HOST = 1 << 3,
    F_MULTI_ESCAPE = 1 << 4,
    F_IP_OBFUSCATED = 1 << 5,
    F_DOT_FIXED = 1 << 6,
    F_DEFAULT_PORT = 1 << 7,
    F_PATH_NORMALIZED = 1 << 8
};

static const char* FLAG_NAMES[] = {"control_stripped", "userinfo", "fragment", "percent_host", "multi_escape",
                                   "ip_obfuscated", "dot_fixed", "default_port", "path_normalized"};

namespace {

int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// One left-to-right pass of %XX decoding; invalid escapes stay as they are.
std::string unescape_once(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); i++) {
        if (s[i] == '%' && i + 2 < s.size() && hexval(s[i + 1]) >= 0 && hexval(s[i + 2]) >= 0) {
            out += (char)(hexval(s[i + 1]) * 16 + hexval(s[i + 2]));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

// Unescape until stable (bounded); returns the number of rounds that changed something.
int unescape_repeatedly(std::string& s) {
    int changed = 0;
    for (int round = 0; round < MAX_UNESCAPE_ROUNDS; round++) {
        std::string next = unescape_once(s);
        if (next == s) break;
        s = next;
        changed++;
    }
    return changed;
}

// Percent-escape bytes <= 0x20, >= 0x7f and '#', plus '%' when escape_percent.
std::string escape(const std::string& s, bool escape_percent) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); i++) {
        unsigned char c = (unsigned char)s[i];
        if (c <= 0x20 || c >= 0x7f || c == '#' || (escape_percent && c == '%')) {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        } else {
            out += (char)c;
        }
    }
    return out;
}

// inet_aton: one to four parts, each decimal, octal (leading 0) or hex (0x); the last part
// fills the remaining bytes. Returns false when the host is not such a number.
bool parse_inet_aton(const std::string& host, uint32_t* out) {
    std::vector<std::string> parts = split(host, '.');
    if (parts.empty() || parts.size() > 4) return false;
    uint64_t vals[4];
    for (size_t p = 0; p < parts.size(); p++) {
        const std::string& s = parts[p];
        if (s.empty()) return false;
        uint64_t v = 0;
        size_t i = 0;
        int base = 10;
        if (s.size() > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
            base = 16;
            i = 2;
            if (i >= s.size()) return false;
        } else if (s.size() > 1 && s[0] == '0') {
            base = 8;
            i = 1;
        }
        if (s.size() - i > 12) return false;
        for (; i < s.size(); i++) {
            int d = hexval(s[i]);
            if (d < 0 || d >= base) return false;
            v = v * (uint64_t)base + (uint64_t)d;
        }
        vals[p] = v;
    }
    size_t n = parts.size();
    for (size_t p = 0; p + 1 < n; p++) {
        if (vals[p] > 255) return false;
    }
    uint64_t last_max = n == 1 ? 0xffffffffULL : n == 2 ? 0xffffffULL : n == 3 ? 0xffffULL : 0xffULL;
    if (vals[n - 1] > last_max) return false;
    uint32_t ip = 0;
    for (size_t p = 0; p + 1 < n; p++) ip |= (uint32_t)vals[p] << (24 - 8 * p);
    ip |= (uint32_t)vals[n - 1];
    *out = ip;
    return true;
}

bool valid_ipv6(const std::string& s) {
    if (s.empty() || s.size() > 45 || s.find(':') == std::string::npos) return false;
    int groups = 0, cur = 0;
    bool dbl = false, ipv4_tail = false;
    for (size_t i = 0; i < s.size(); i++) {
        char c = s[i];
        if (c == ':') {
            if (i + 1 < s.size() && s[i + 1] == ':') {
                if (dbl) return false;
                dbl = true;
                if (cur > 0) groups++;
                cur = 0;
                i++;
                continue;
            }
            if (cur == 0 && i != 0) return false;
            if (cur > 0) groups++;
            cur = 0;
        } else if (c == '.') {
            ipv4_tail = true;
        } else if (hexval(c) >= 0 && !(c >= 'A' && c <= 'F')) {
            if (++cur > 4 && !ipv4_tail) return false;
        } else {
            return false;
        }
    }
    if (cur > 0) groups++;
    if (ipv4_tail) groups++;  // the dotted tail counts as two groups, its text as one "group" here
    if (s[0] == ':' && (s.size() < 2 || s[1] != ':')) return false;
    if (s[s.size() - 1] == ':' && (s.size() < 2 || s[s.size() - 2] != ':')) return false;
    if (dbl) return groups <= 7;
    return groups == 8;
}

std::string dotted(uint32_t ip) {
    char buf[16];
    snprintf(buf, sizeof(buf), "%u.%u.%u.%u", (ip >> 24) & 255, (ip >> 16) & 255, (ip >> 8) & 255, ip & 255);
    return buf;
}

int default_port(const std::string& scheme) {
    if (scheme == "http" || scheme == "ws") return 80;
    if (scheme == "https" || scheme == "wss") return 443;
    if (scheme == "ftp") return 21;
    return 0;
}

// Resolves "." and "..", collapses empty segments; keeps a trailing slash.
std::string normalize_path(const std::string& path) {
    std::vector<std::string> segs = split(path, '/');
    std::vector<std::string> out;
    bool trailing = false;
    for (size_t i = 1; i < segs.size(); i++) {
        const std::string& s = segs[i];
        bool last = i + 1 == segs.size();
        if (s == "." || s == "..") {
            if (s == ".." && !out.empty()) out.pop_back();
            if (last) trailing = true;
        } else if (s.empty()) {
            if (last) trailing = true;
        } else {
            out.push_back(s);
        }
    }
    std::string r;
    for (size_t i = 0; i < out.size(); i++) r += "/" + out[i];
    if (r.empty() || trailing) r += "/";
    return r;
}

struct Parts {
    std::string scheme, authority, rest;
};

UrlCanonOutput error_out(const char* code, int flags) {
    UrlCanonOutput o;
    o.error = code;
    for (int i = 0; i < 9; i++) {
        if (flags & (1 << i)) o.flags.push_back(FLAG_NAMES[i]);
    }
    return o;
}

}  // namespace

UrlCanonOutput url_canon(const UrlCanonInput& in) {
    int flags = 0;
    if (in.target.size() > MAX_TARGET) return error_out("E_URL_TOO_LONG", flags);

    // Strip surrounding whitespace and control bytes, then TAB/CR/LF anywhere.
    size_t b = 0, e = in.target.size();
    while (b < e && ((unsigned char)in.target[b] <= 0x20 || (unsigned char)in.target[b] == 0x7f)) b++;
    while (e > b && ((unsigned char)in.target[e - 1] <= 0x20 || (unsigned char)in.target[e - 1] == 0x7f)) e--;
    std::string t;
    t.reserve(e - b);
    for (size_t i = b; i < e; i++) {
        char c = in.target[i];
        if (c == '\t' || c == '\r' || c == '\n') continue;
        t += c;
    }
    if (b != 0 || e != in.target.size() || t.size() != e - b) flags |= F_CONTROL_STRIPPED;
    if (t.empty()) return error_out("E_URL_EMPTY", flags);

    bool connect = lower(in.method) == "connect";
    std::string scheme, authority, rest;
    if (connect) {
        authority = t;
    } else if (t[0] == '/' && !(t.size() > 1 && t[1] == '/')) {
        std::string h = trim(in.host_header);
        if (h.empty()) return error_out("E_URL_NO_HOST", flags);
        scheme = "http";
        authority = h;
        rest = t;
    } else {
        size_t sep = t.find("://");
        size_t first_special = t.find_first_of("/?#");
        if (sep != std::string::npos && (first_special == std::string::npos || sep < first_special || first_special == sep + 1)) {
            scheme = lower(t.substr(0, sep));
            for (size_t i = 0; i < scheme.size(); i++) {
                char c = scheme[i];
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) return error_out("E_URL_BAD_SCHEME", flags);
            }
            t = t.substr(sep + 3);
        } else if (starts_with(t, "//")) {
            scheme = "http";
            t = t.substr(2);
        } else {
            scheme = "http";
        }
        if (default_port(scheme) == 0) return error_out("E_URL_BAD_SCHEME", flags);
        size_t end = t.find_first_of("/?#");
        authority = end == std::string::npos ? t : t.substr(0, end);
        rest = end == std::string::npos ? "" : t.substr(end);
    }

    // Fragment
    size_t hash = rest.find('#');
    if (hash != std::string::npos) {
        rest.erase(hash);
        flags |= F_FRAGMENT;
    }

    // Userinfo: everything up to the last '@'
    size_t at = authority.rfind('@');
    if (at != std::string::npos) {
        authority = authority.substr(at + 1);
        flags |= F_USERINFO;
    }
    if (connect && authority.find_first_of("/?#") != std::string::npos) return error_out("E_URL_BAD_HOST", flags);

    // Host and port
    std::string host, port_text;
    bool bracketed = false;
    bool has_port = false;
    if (!authority.empty() && authority[0] == '[') {
        size_t close = authority.find(']');
        if (close == std::string::npos) return error_out("E_URL_BAD_IPV6", flags);
        host = authority.substr(1, close - 1);
        bracketed = true;
        std::string after = authority.substr(close + 1);
        if (!after.empty()) {
            if (after[0] != ':') return error_out("E_URL_BAD_IPV6", flags);
            port_text = after.substr(1);
            has_port = true;
        }
    } else {
        size_t colon = authority.rfind(':');
        if (colon != std::string::npos) {
            host = authority.substr(0, colon);
            port_text = authority.substr(colon + 1);
            has_port = true;
        } else {
            host = authority;
        }
    }
    int port = connect ? 443 : default_port(scheme);
    if (has_port && !port_text.empty()) {
        if (port_text.size() > 5) return error_out("E_URL_BAD_PORT", flags);
        int p = 0;
        for (size_t i = 0; i < port_text.size(); i++) {
            if (!isdigit((unsigned char)port_text[i])) return error_out("E_URL_BAD_PORT", flags);
            p = p * 10 + (port_text[i] - '0');
        }
        if (p < 1 || p > 65535) return error_out("E_URL_BAD_PORT", flags);
        if (!connect && p == default_port(scheme)) flags |= F_DEFAULT_PORT;
        port = p;
    }

    int rounds = unescape_repeatedly(host);
    if (rounds > 0) flags |= F_PERCENT_HOST;
    if (rounds > 1) flags |= F_MULTI_ESCAPE;
    host = lower(host);

    std::string host_kind = "name";
    if (bracketed) {
        if (!valid_ipv6(host)) return error_out("E_URL_BAD_IPV6", flags);
        host_kind = "ipv6";
    } else {
        for (size_t i = 0; i < host.size(); i++) {
            unsigned char c = (unsigned char)host[i];
            if (c <= 0x20 || c == 0x7f || c == '/' || c == '\\' || c == '@' || c == '#' || c == '?' || c == ':') return error_out("E_URL_BAD_HOST", flags);
        }
        // Leading/trailing dots removed, runs collapsed.
        std::string fixed;
        for (size_t i = 0; i < host.size(); i++) {
            if (host[i] == '.' && (fixed.empty() || fixed[fixed.size() - 1] == '.')) continue;
            fixed += host[i];
        }
        while (!fixed.empty() && fixed[fixed.size() - 1] == '.') fixed.erase(fixed.size() - 1);
        if (fixed != host) flags |= F_DOT_FIXED;
        host = fixed;
        if (host.empty()) return error_out("E_URL_NO_HOST", flags);
        uint32_t ip;
        if (parse_inet_aton(host, &ip)) {
            std::string quad = dotted(ip);
            if (quad != host) flags |= F_IP_OBFUSCATED;
            host = quad;
            host_kind = "ipv4";
        }
    }
    if (host.empty()) return error_out("E_URL_NO_HOST", flags);
    std::string ehost = host_kind == "ipv6" ? host : escape(host, true);
    if (ehost.size() > MAX_HOST) return error_out("E_URL_TOO_LONG", flags);

    UrlCanonOutput o;
    o.host = ehost;
    o.host_kind = host_kind;
    o.port = port;
    if (connect) {
        o.scheme = "";
        o.url = (host_kind == "ipv6" ? "[" + ehost + "]" : ehost) + ":" + std::to_string(port);
    } else {
        std::string path = rest, query;
        size_t q = rest.find('?');
        if (q != std::string::npos) {
            path = rest.substr(0, q);
            query = rest.substr(q + 1);
            o.has_query = true;
        }
        if (path.empty()) path = "/";
        int prounds = unescape_repeatedly(path);
        if (prounds > 1) flags |= F_MULTI_ESCAPE;
        std::string norm = normalize_path(path);
        if (norm != path) flags |= F_PATH_NORMALIZED;
        o.path = escape(norm, true);
        o.query = escape(query, false);
        if (o.path.size() > MAX_PATH || o.query.size() > MAX_QUERY) return error_out("E_URL_TOO_LONG", flags);
        o.scheme = scheme;
        std::string url = scheme + "://" + (host_kind == "ipv6" ? "[" + ehost + "]" : ehost);
        if (port != default_port(scheme)) url += ":" + std::to_string(port);
        url += o.path;
        if (o.has_query) url += "?" + o.query;
        if (url.size() > MAX_URL) return error_out("E_URL_TOO_LONG", flags);
        o.url = url;
    }
    for (int i = 0; i < 9; i++) {
        if (flags & (1 << i)) o.flags.push_back(FLAG_NAMES[i]);
    }
    return o;
}

}  // namespace filter
