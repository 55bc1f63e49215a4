// Module 8: block-page redirects and bypass tokens.
//
// build:  <block_url>?r=<reason %-encoded>&c=<category>&u=<base64url(url cut to MAX_LINK_URL
//         bytes), no padding>&t=<time ms>&s=<first 16 hex of HMAC(secret, everything after
//         '?' up to "&s=")>   ('&' instead of '?' when block_url already has a query)
// bypass: <time ms>.<first 32 hex of HMAC(secret, "bypass|" + lowercase host + "|" + time ms)>
// verify: a subject holding "s=" and "u=" is a block link, otherwise a bypass token (checked
//         against the input host). malformed: cannot be parsed; forged: signature mismatch
//         (compared in constant time) or issued more than MAX_SKEW_MS in the future; expired:
//         older than the tenant's bypass_ttl; valid otherwise. Block links decode their
//         reason, category, url and time for valid and expired links.
#include "block_page.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "errors.h"
#include "hmac_sha256.h"

namespace filter {

static const size_t MAX_LINK_URL = 1024;
static const size_t LINK_SIG_HEX = 16;
static const size_t TOKEN_SIG_HEX = 32;
static const int64_t MAX_SKEW_MS = 60000;

namespace {

const char* B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

std::string b64url_encode(const std::string& in) {
    std::string out;
    size_t i = 0;
    while (i + 2 < in.size()) {
        uint32_t v = ((uint32_t)(unsigned char)in[i] << 16) | ((uint32_t)(unsigned char)in[i + 1] << 8) | (unsigned char)in[i + 2];
        out += B64[(v >> 18) & 63];
        out += B64[(v >> 12) & 63];
        out += B64[(v >> 6) & 63];
        out += B64[v & 63];
        i += 3;
    }
    if (i + 1 == in.size()) {
        uint32_t v = (uint32_t)(unsigned char)in[i] << 16;
        out += B64[(v >> 18) & 63];
        out += B64[(v >> 12) & 63];
    } else if (i + 2 == in.size()) {
        uint32_t v = ((uint32_t)(unsigned char)in[i] << 16) | ((uint32_t)(unsigned char)in[i + 1] << 8);
        out += B64[(v >> 18) & 63];
        out += B64[(v >> 12) & 63];
        out += B64[(v >> 6) & 63];
    }
    return out;
}

int b64val(char c) {
    const char* p = strchr(B64, c);
    return (p && c) ? (int)(p - B64) : -1;
}

bool b64url_decode(const std::string& in, std::string* out) {
    if (in.size() % 4 == 1) return false;
    uint32_t acc = 0;
    int bits = 0;
    for (size_t i = 0; i < in.size(); i++) {
        int v = b64val(in[i]);
        if (v < 0) return false;
        acc = (acc << 6) | (uint32_t)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            *out += (char)((acc >> bits) & 0xff);
        }
    }
    return true;
}

std::string pct_encode(const std::string& s) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (size_t i = 0; i < s.size(); i++) {
        unsigned char c = (unsigned char)s[i];
        if (isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
            out += (char)c;
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string pct_decode(const std::string& s) {
    std::string out;
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

std::string num(int64_t v) {
    char buf[32];
    snprintf(buf, sizeof(buf), "%lld", (long long)v);
    return buf;
}

// Strict decimal int64 with optional '-', at most 16 digits.
bool parse_i64(const std::string& s, int64_t* out) {
    size_t i = s.size() && s[0] == '-' ? 1 : 0;
    if (i >= s.size() || s.size() - i > 16) return false;
    for (size_t k = i; k < s.size(); k++) {
        if (!isdigit((unsigned char)s[k])) return false;
    }
    *out = strtoll(s.c_str(), NULL, 10);
    return true;
}

bool is_hex(const std::string& s, size_t len) {
    if (s.size() != len) return false;
    for (size_t i = 0; i < s.size(); i++) {
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f'))) return false;
    }
    return true;
}

bool same(const std::string& a, const std::string& b) {
    if (a.size() != b.size()) return false;
    unsigned char diff = 0;
    for (size_t i = 0; i < a.size(); i++) diff |= (unsigned char)(a[i] ^ b[i]);
    return diff == 0;
}

std::string token_sig(const Tenant& t, const std::string& host, const std::string& time_text) {
    return hex_encode(hmac_sha256(t.secret, "bypass|" + lower(host) + "|" + time_text)).substr(0, TOKEN_SIG_HEX);
}

std::string age_status(const Tenant& t, int64_t issued, int64_t now) {
    if (issued - now > MAX_SKEW_MS) return "forged";
    if (now - issued >= (int64_t)t.bypass_ttl_seconds * 1000) return "expired";
    return "valid";
}

void verify_token(const Tenant& t, const std::string& host, const std::string& token, int64_t now, BlockPageOutput& out) {
    size_t dot = token.rfind('.');
    int64_t issued;
    if (dot == std::string::npos || !parse_i64(token.substr(0, dot), &issued) || !is_hex(token.substr(dot + 1), TOKEN_SIG_HEX)) {
        out.status = "malformed";
        return;
    }
    if (!same(token.substr(dot + 1), token_sig(t, host, token.substr(0, dot)))) {
        out.status = "forged";
        return;
    }
    out.issued_ms = issued;
    out.status = age_status(t, issued, now);
}

// First value of a parameter in a query string; false when absent.
bool param(const std::string& query, const char* name, std::string* value) {
    std::vector<std::string> pairs = split(query, '&');
    size_t n = strlen(name);
    for (size_t i = 0; i < pairs.size(); i++) {
        if (pairs[i].size() > n && pairs[i].compare(0, n, name) == 0 && pairs[i][n] == '=') {
            *value = pairs[i].substr(n + 1);
            return true;
        }
    }
    return false;
}

void verify_link(const Tenant& t, const std::string& link, int64_t now, BlockPageOutput& out) {
    out.status = "malformed";
    size_t q = link.find('?');
    if (q == std::string::npos) return;
    std::string query = link.substr(q + 1);
    size_t s_at = query.rfind("&s=");
    if (s_at == std::string::npos) return;
    std::string signed_part = query.substr(0, s_at);
    std::string sig = query.substr(s_at + 3);
    std::string r, c, u, tt;
    if (!param(signed_part, "r", &r) || !param(signed_part, "c", &c) || !param(signed_part, "u", &u) || !param(signed_part, "t", &tt)) return;
    int64_t category, issued;
    std::string url;
    if (!parse_i64(c, &category) || category < -2147483647 || category > 2147483647 || !parse_i64(tt, &issued) || !b64url_decode(u, &url)) return;
    if (!is_hex(sig, LINK_SIG_HEX)) return;
    std::string expect = hex_encode(hmac_sha256(t.secret, signed_part)).substr(0, LINK_SIG_HEX);
    if (!same(sig, expect)) {
        out.status = "forged";
        return;
    }
    out.status = age_status(t, issued, now);
    if (out.status == "forged") return;
    out.reason = pct_decode(r);
    out.category = (int)category;
    out.url = url;
    out.issued_ms = issued;
}

}  // namespace

bool bypass_token_valid(const Tenant& tenant, const std::string& host, const std::string& token, int64_t time_ms) {
    BlockPageOutput out;
    verify_token(tenant, host, token, time_ms, out);
    return out.status == "valid";
}

BlockPageOutput block_page(const Engine& engine, const BlockPageInput& in) {
    if (in.op != "build" && in.op != "bypass" && in.op != "verify") throw FilterError("E_BAD_INPUT", "block_page op must be build, bypass or verify", "input");
    const Tenant& t = find_tenant(engine.policy, in.tenant);
    BlockPageOutput out;
    if (in.op == "build") {
        std::string url = in.url.size() > MAX_LINK_URL ? in.url.substr(0, MAX_LINK_URL) : in.url;
        std::string query = "r=" + pct_encode(in.reason) + "&c=" + num(in.category) + "&u=" + b64url_encode(url) + "&t=" + num(in.time_ms);
        std::string sig = hex_encode(hmac_sha256(t.secret, query)).substr(0, LINK_SIG_HEX);
        std::string base = t.block_url.empty() ? std::string("http://block.filter.local/blocked") : t.block_url;
        out.location = base + (base.find('?') == std::string::npos ? "?" : "&") + query + "&s=" + sig;
        out.status = "ok";
        return out;
    }
    if (in.op == "bypass") {
        std::string time_text = num(in.time_ms);
        out.token = time_text + "." + token_sig(t, in.host, time_text);
        out.status = "ok";
        return out;
    }
    if (in.subject.find("s=") != std::string::npos && in.subject.find("u=") != std::string::npos) verify_link(t, in.subject, in.time_ms, out);
    else verify_token(t, in.host, in.subject, in.time_ms, out);
    return out;
}

}  // namespace filter
