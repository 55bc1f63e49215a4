// The category database: parsed from its text form (see FORMATS.md), indexed for lookup.
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
    std::string host;    // lowercased host the rule applies to (domain semantics)
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
    // Filled by the parser; the layout of the indexes is owned by category_db.cpp and
    // category_lookup.cpp.
    std::unordered_map<std::string, std::vector<CategoryRule> > exact_hosts;
    std::unordered_map<std::string, std::vector<CategoryRule> > domains;
    std::vector<PathRule> path_rules;
    std::vector<CidrRule> cidr_rules;
    std::vector<RegexRule> regex_rules;
    int rule_count;

    CategoryDb() : rule_count(0) {}
};

// Parse the category database; throws FilterError with source "categories" and the line.
void parse_category_db(const std::string& text, CategoryDb& out);

}  // namespace filter

#endif
