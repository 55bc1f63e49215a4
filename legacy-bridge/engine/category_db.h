// The category database: parsed from its text form (formats/categories.md), indexed for lookup.
#ifndef FILTER_CATEGORY_DB_H
#define FILTER_CATEGORY_DB_H

#include <stdint.h>
#include <map>
#include <regex>
#include <string>
#include <unordered_map>
#include <vector>

namespace filter {

struct CategoryInfo {
    int id;
    std::string short_name;
    std::string display_name;
    int line;
};

struct CategoryRule {
    int category;
    int line;
};

struct PathRule {
    std::string prefix;  // path prefix, starting with '/'
    int category;
    int line;
};

struct CidrRule {
    uint32_t network;
    int prefix_len;
    int category;
    int line;
};

struct RegexRule {
    std::string source;
    std::regex re;
    int category;
    int line;
};

struct CategoryDb {
    std::map<int, CategoryInfo> categories;
    std::unordered_map<std::string, std::vector<CategoryRule> > exact_hosts;  // "=host"
    std::unordered_map<std::string, std::vector<CategoryRule> > domains;      // "domain"
    std::unordered_map<std::string, std::vector<PathRule> > path_rules;       // "domain/path", by domain
    std::vector<CidrRule> cidr_rules;                                         // longest prefix first
    std::vector<RegexRule> regex_rules;                                       // file order
    int rule_count;

    CategoryDb() : rule_count(0) {}
};

// Parse the category database; throws FilterError with source "categories" and the line.
void parse_category_db(const std::string& text, CategoryDb& out);

// Dotted-quad IPv4 (exactly four decimal parts 0..255) to host order; false if not one.
bool parse_dotted_quad(const std::string& s, uint32_t* out);

}  // namespace filter

#endif
