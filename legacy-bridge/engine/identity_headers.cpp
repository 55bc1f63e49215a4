// Module 7: strip client-supplied identity headers, prepend the signed identity block.
//
// A client header is an identity header when its name — spaces and tabs trimmed, ASCII
// lowercased, '_' read as '-' (CGI-style spoofing) — is one of IDENTITY_NAMES. Every such
// header is removed, however often it appears. The block: X-Filter-Tenant, X-Filter-User,
// X-Filter-Groups (comma-joined), X-Filter-Timestamp (epoch ms), X-Filter-Signature
// (lowercase hex HMAC-SHA256 with the tenant secret over tenant "\n" user "\n" groups "\n"
// timestamp, of the sanitized values). Sanitizing drops bytes < 0x20 other than TAB, and 0x7f,
// so no CR/LF/NUL can be injected.
#include "identity_headers.h"

#include <stdio.h>

#include "common.h"
#include "hmac_sha256.h"

namespace filter {

static const char* IDENTITY_NAMES[] = {"x-filter-tenant",      "x-filter-user",          "x-filter-groups",  "x-filter-timestamp",
                                       "x-filter-signature",   "x-authenticated-user",   "x-authenticated-groups",
                                       "x-forwarded-user",     "x-remote-user",          NULL};

namespace {

bool is_identity_name(const std::string& name) {
    std::string n;
    size_t b = 0, e = name.size();
    while (b < e && (name[b] == ' ' || name[b] == '\t')) b++;
    while (e > b && (name[e - 1] == ' ' || name[e - 1] == '\t')) e--;
    for (size_t i = b; i < e; i++) {
        char c = name[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (c == '_') c = '-';
        n += c;
    }
    for (int i = 0; IDENTITY_NAMES[i]; i++) {
        if (n == IDENTITY_NAMES[i]) return true;
    }
    return false;
}

std::string sanitize(const std::string& v) {
    std::string out;
    for (size_t i = 0; i < v.size(); i++) {
        unsigned char c = (unsigned char)v[i];
        if ((c < 0x20 && c != '\t') || c == 0x7f) continue;
        out += (char)c;
    }
    return out;
}

Header make(const char* name, const std::string& value) {
    Header h;
    h.name = name;
    h.value = value;
    return h;
}

}  // namespace

IdentityHeadersOutput identity_headers(const Engine& engine, const IdentityHeadersInput& in) {
    const Tenant& t = find_tenant(engine.policy, in.tenant);
    IdentityHeadersOutput out;
    std::string tenant = sanitize(in.tenant);
    std::string user = sanitize(in.user);
    std::string groups;
    for (size_t i = 0; i < in.groups.size(); i++) {
        if (i) groups += ',';
        groups += sanitize(in.groups[i]);
    }
    char ts[32];
    snprintf(ts, sizeof(ts), "%lld", (long long)in.time_ms);
    std::string sig = hex_encode(hmac_sha256(t.secret, tenant + "\n" + user + "\n" + groups + "\n" + ts));
    out.headers.push_back(make("X-Filter-Tenant", tenant));
    out.headers.push_back(make("X-Filter-User", user));
    out.headers.push_back(make("X-Filter-Groups", groups));
    out.headers.push_back(make("X-Filter-Timestamp", ts));
    out.headers.push_back(make("X-Filter-Signature", sig));
    for (size_t i = 0; i < in.headers.size(); i++) {
        if (is_identity_name(in.headers[i].name)) {
            out.removed++;
            continue;
        }
        out.headers.push_back(in.headers[i]);
    }
    return out;
}

}  // namespace filter
