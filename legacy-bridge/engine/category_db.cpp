// Category database parser. Format: formats/categories.md.
#include "category_db.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <algorithm>

#include "common.h"
#include "errors.h"

namespace filter {

namespace {

void fail(const char* code, const std::string& msg, int line) { throw FilterError(code, msg, "categories", line); }

int parse_id(const std::string& s, int line) {
    if (s.empty() || s.size() > 4) fail("E_CATDB_BAD_ID", "bad category id: " + s, line);
    for (size_t i = 0; i < s.size(); i++) {
        if (!isdigit((unsigned char)s[i])) fail("E_CATDB_BAD_ID", "bad category id: " + s, line);
    }
    int id = atoi(s.c_str());
    if (id < 1 || id > 9999) fail("E_CATDB_BAD_ID", "category id out of range: " + s, line);
    return id;
}

bool cidr_before(const CidrRule& a, const CidrRule& b) {
    if (a.prefix_len != b.prefix_len) return a.prefix_len > b.prefix_len;
    return a.line < b.line;
}

bool path_before(const PathRule& a, const PathRule& b) {
    if (a.prefix.size() != b.prefix.size()) return a.prefix.size() > b.prefix.size();
    return a.line < b.line;
}

std::string normalize_domain(const std::string& raw) {
    std::string d = lower(raw);
    if (starts_with(d, "*.")) d = d.substr(2);
    while (!d.empty() && d[0] == '.') d.erase(0, 1);
    while (!d.empty() && d[d.size() - 1] == '.') d.erase(d.size() - 1);
    return d;
}

// "a.b.c.d/n" where every character is a digit, '.' or '/'.
bool looks_like_cidr(const std::string& p) {
    bool has_dot = false;
    for (size_t i = 0; i < p.size(); i++) {
        char c = p[i];
        if (c == '.') has_dot = true;
        else if (c != '/' && !isdigit((unsigned char)c)) return false;
    }
    return has_dot;
}

void parse_cidr(const std::string& p, int category, int line, CategoryDb& out) {
    size_t slash = p.find('/');
    std::string addr = slash == std::string::npos ? p : p.substr(0, slash);
    int len = 32;
    if (slash != std::string::npos) {
        std::string bits = p.substr(slash + 1);
        if (bits.empty() || bits.size() > 2 || bits.find('/') != std::string::npos) fail("E_CATDB_BAD_CIDR", "bad prefix length: " + p, line);
        len = atoi(bits.c_str());
        if (len > 32) fail("E_CATDB_BAD_CIDR", "prefix length over 32: " + p, line);
    }
    uint32_t ip;
    if (!parse_dotted_quad(addr, &ip)) fail("E_CATDB_BAD_CIDR", "bad IPv4 address: " + p, line);
    uint32_t mask = len == 0 ? 0 : (0xffffffffu << (32 - len));
    CidrRule r;
    r.network = ip & mask;
    r.prefix_len = len;
    r.category = category;
    r.line = line;
    out.cidr_rules.push_back(r);
}

void parse_declaration(const std::string& l, int line, CategoryDb& out) {
    // @category ID short-name "Display Name"
    size_t i = 9;  // after "@category"
    if (l.size() <= i || (l[i] != ' ' && l[i] != '\t')) fail("E_CATDB_SYNTAX", "malformed @category", line);
    while (i < l.size() && (l[i] == ' ' || l[i] == '\t')) i++;
    size_t id_start = i;
    while (i < l.size() && l[i] != ' ' && l[i] != '\t') i++;
    std::string id_text = l.substr(id_start, i - id_start);
    while (i < l.size() && (l[i] == ' ' || l[i] == '\t')) i++;
    size_t name_start = i;
    while (i < l.size() && l[i] != ' ' && l[i] != '\t') i++;
    std::string short_name = l.substr(name_start, i - name_start);
    while (i < l.size() && (l[i] == ' ' || l[i] == '\t')) i++;
    if (id_text.empty() || short_name.empty() || i >= l.size() || l[i] != '"') fail("E_CATDB_SYNTAX", "malformed @category", line);
    int id = parse_id(id_text, line);
    std::string display;
    i++;
    bool closed = false;
    for (; i < l.size(); i++) {
        if (l[i] == '\\' && i + 1 < l.size()) {
            display += l[++i];
        } else if (l[i] == '"') {
            closed = true;
            i++;
            break;
        } else {
            display += l[i];
        }
    }
    if (!closed || !trim(l.substr(i)).empty()) fail("E_CATDB_SYNTAX", "malformed @category display name", line);
    if (out.categories.count(id)) fail("E_CATDB_DUP_CATEGORY", "category declared twice: " + id_text, line);
    CategoryInfo info;
    info.id = id;
    info.short_name = short_name;
    info.display_name = display;
    info.line = line;
    out.categories[id] = info;
}

}  // namespace

bool parse_dotted_quad(const std::string& s, uint32_t* out) {
    uint32_t value = 0;
    int parts = 0;
    size_t i = 0;
    while (parts < 4) {
        if (i >= s.size() || !isdigit((unsigned char)s[i])) return false;
        int n = 0, digits = 0;
        while (i < s.size() && isdigit((unsigned char)s[i])) {
            n = n * 10 + (s[i] - '0');
            if (++digits > 3) return false;
            i++;
        }
        if (n > 255) return false;
        value = (value << 8) | (uint32_t)n;
        parts++;
        if (parts < 4) {
            if (i >= s.size() || s[i] != '.') return false;
            i++;
        }
    }
    if (i != s.size()) return false;
    *out = value;
    return true;
}

void parse_category_db(const std::string& text, CategoryDb& out) {
    size_t pos = 0;
    int line = 0;
    while (pos <= text.size()) {
        size_t nl = text.find('\n', pos);
        if (nl == std::string::npos) nl = text.size();
        line++;
        std::string l = trim(text.substr(pos, nl - pos));
        pos = nl + 1;
        if (l.empty() || l[0] == '#') continue;
        if (l[0] == '@') {
            if (!starts_with(l, "@category")) fail("E_CATDB_SYNTAX", "unknown directive", line);
            parse_declaration(l, line, out);
            continue;
        }
        size_t i = 0;
        while (i < l.size() && l[i] != ' ' && l[i] != '\t') i++;
        if (i >= l.size()) fail("E_CATDB_SYNTAX", "rule needs a category id and a pattern", line);
        int category = parse_id(l.substr(0, i), line);
        if (!out.categories.count(category)) fail("E_CATDB_UNKNOWN_CATEGORY", "category not declared: " + l.substr(0, i), line);
        std::string pattern = trim(l.substr(i));
        if (pattern.empty()) fail("E_CATDB_SYNTAX", "rule needs a pattern", line);

        if (pattern[0] == '~') {
            std::string source = pattern.substr(1);
            if (source.empty()) fail("E_CATDB_BAD_PATTERN", "empty regular expression", line);
            RegexRule r;
            r.source = source;
            try {
                r.re = std::regex(source, std::regex::ECMAScript | std::regex::optimize);
            } catch (const std::regex_error&) {
                fail("E_CATDB_BAD_REGEX", "regular expression does not compile: " + source, line);
            }
            r.category = category;
            r.line = line;
            out.regex_rules.push_back(r);
            out.rule_count++;
            continue;
        }
        for (size_t k = 0; k < pattern.size(); k++) {
            if (pattern[k] == ' ' || pattern[k] == '\t') fail("E_CATDB_SYNTAX", "pattern holds whitespace", line);
        }
        CategoryRule rule;
        rule.category = category;
        rule.line = line;
        if (pattern[0] == '=') {
            std::string host = normalize_domain(pattern.substr(1));
            if (host.empty()) fail("E_CATDB_BAD_PATTERN", "empty exact host", line);
            out.exact_hosts[host].push_back(rule);
        } else if (looks_like_cidr(pattern)) {
            parse_cidr(pattern, category, line, out);
        } else {
            size_t slash = pattern.find('/');
            std::string domain = normalize_domain(slash == std::string::npos ? pattern : pattern.substr(0, slash));
            if (domain.empty()) fail("E_CATDB_BAD_PATTERN", "pattern has no host", line);
            if (slash == std::string::npos) {
                out.domains[domain].push_back(rule);
            } else {
                PathRule pr;
                pr.prefix = pattern.substr(slash);
                pr.category = category;
                pr.line = line;
                out.path_rules[domain].push_back(pr);
            }
        }
        out.rule_count++;
    }
    std::sort(out.cidr_rules.begin(), out.cidr_rules.end(), cidr_before);
    for (std::unordered_map<std::string, std::vector<PathRule> >::iterator it = out.path_rules.begin(); it != out.path_rules.end(); ++it) {
        std::sort(it->second.begin(), it->second.end(), path_before);
    }
}

}  // namespace filter
