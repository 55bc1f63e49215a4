// Module 2: the categories of a canonical URL.
#ifndef FILTER_CATEGORY_LOOKUP_H
#define FILTER_CATEGORY_LOOKUP_H

#include <string>
#include <vector>

#include "engine.h"

namespace filter {

struct CategoryLookupInput {
    std::string host;
    std::string host_kind;
    std::string path;
};

struct CategoryMatch {
    int category;
    int line;
    std::string kind;  // "path", "exact", "domain", "cidr", "regex"
};

struct CategoryLookupOutput {
    std::vector<CategoryMatch> matches;
};

CategoryLookupOutput category_lookup(const Engine& engine, const CategoryLookupInput& in);

}  // namespace filter

#endif
