#include "pipeline.h"

#include <stdio.h>

namespace native {

static std::string host_header(const std::vector<filter::Header>& headers) {
    for (size_t i = 0; i < headers.size(); i++) {
        if (filter::lower(headers[i].name) == "host") return headers[i].value;
    }
    return std::string();
}

void decide(const filter::Engine& engine, const DecisionRequest& req, Decision& out) {
    filter::UrlCanonInput ci;
    ci.method = req.method;
    ci.target = req.target;
    ci.host_header = host_header(req.headers);
    out.canon = filter::url_canon(ci);
    if (!out.canon.error.empty()) return;
    out.decided = true;

    filter::CategoryLookupInput li;
    li.host = out.canon.host;
    li.host_kind = out.canon.host_kind;
    li.path = out.canon.path;
    out.categories = filter::category_lookup(engine, li);

    filter::SearchTermsInput si;
    si.host = out.canon.host;
    si.path = out.canon.path;
    si.query = out.canon.query;
    si.has_query = out.canon.has_query;
    out.search = filter::search_terms(si);

    filter::PhraseScoreInput pi;
    pi.terms = out.search.terms;
    pi.url = out.canon.url;
    out.phrases = filter::phrase_score(engine, pi);

    filter::PolicyEvalInput ei;
    ei.tenant = req.tenant;
    ei.user = req.user;
    ei.groups = req.groups;
    ei.time_ms = req.time_ms;
    ei.host = out.canon.host;
    ei.url = out.canon.url;
    for (size_t i = 0; i < out.categories.matches.size(); i++) ei.categories.push_back(out.categories.matches[i].category);
    ei.phrase_score = out.phrases.score;
    ei.bypass_token = req.bypass_token;
    out.verdict = filter::policy_eval(engine, ei);

    if (out.verdict.action == "block" || out.verdict.action == "warn") {
        filter::BlockPageInput bi;
        bi.op = "build";
        bi.tenant = req.tenant;
        bi.reason = out.verdict.reason;
        bi.category = out.verdict.category;
        bi.url = out.canon.url;
        bi.host = out.canon.host;
        bi.time_ms = req.time_ms;
        out.block_page = filter::block_page(engine, bi);
        out.has_block_page = true;
        if (out.verdict.action == "warn") {
            filter::BlockPageInput ti;
            ti.op = "bypass";
            ti.tenant = req.tenant;
            ti.host = out.canon.host;
            ti.time_ms = req.time_ms;
            out.bypass = filter::block_page(engine, ti);
            out.has_bypass = true;
        }
        return;
    }

    filter::SafeSearchInput ssi;
    ssi.tenant = req.tenant;
    ssi.action = out.verdict.action;
    ssi.connect = req.method == "CONNECT";
    ssi.host = out.canon.host;
    ssi.path = out.canon.path;
    ssi.query = out.canon.query;
    ssi.has_query = out.canon.has_query;
    out.safe_search = filter::safe_search(engine, ssi);
    out.has_safe_search = true;

    filter::IdentityHeadersInput hi;
    hi.tenant = req.tenant;
    hi.user = req.user;
    hi.groups = req.groups;
    hi.time_ms = req.time_ms;
    hi.headers = req.headers;
    hi.headers.insert(hi.headers.end(), out.safe_search.headers.begin(), out.safe_search.headers.end());
    out.upstream_headers = filter::identity_headers(engine, hi);
}

static void esc(std::string& out, const std::string& s) {
    static const char* hex = "0123456789abcdef";
    for (size_t i = 0; i < s.size(); i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x7f && c != '\\' && c != '|') {
            out += (char)c;
        } else {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
}

static std::string num(long long v) {
    char buf[32];
    snprintf(buf, sizeof(buf), "%lld", v);
    return buf;
}

std::string summarize(const Decision& d) {
    std::string out;
    if (!d.decided) {
        out += "error|";
        esc(out, d.canon.error);
        return out;
    }
    out += d.verdict.action;
    out += '|';
    esc(out, d.verdict.reason);
    out += '|';
    esc(out, d.verdict.rule_id);
    out += '|';
    out += num(d.verdict.category);
    out += '|';
    esc(out, d.canon.url);
    out += '|';
    for (size_t i = 0; i < d.categories.matches.size(); i++) {
        if (i) out += ',';
        out += num(d.categories.matches[i].category);
    }
    out += '|';
    out += num(d.phrases.score);
    out += '|';
    if (d.has_block_page) esc(out, d.block_page.location);
    out += '|';
    if (d.has_bypass) esc(out, d.bypass.token);
    out += '|';
    if (d.has_safe_search) {
        esc(out, d.safe_search.host);
        esc(out, d.safe_search.path);
        if (d.safe_search.has_query) {
            out += '?';
            esc(out, d.safe_search.query);
        }
        out += '|';
        for (size_t i = 0; i < d.upstream_headers.headers.size(); i++) {
            if (i) out += ';';
            esc(out, d.upstream_headers.headers[i].name);
            out += ':';
            esc(out, d.upstream_headers.headers[i].value);
        }
    } else {
        out += '|';
    }
    return out;
}

}  // namespace native
