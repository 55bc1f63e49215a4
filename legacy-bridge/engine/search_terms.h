// Module 3: search terms of a search-engine URL.
#ifndef FILTER_SEARCH_TERMS_H
#define FILTER_SEARCH_TERMS_H

#include <string>

namespace filter {

struct SearchTermsInput {
    std::string host;
    std::string path;
    std::string query;
    bool has_query;
    SearchTermsInput() : has_query(false) {}
};

struct SearchTermsOutput {
    std::string engine;  // empty when not a search
    std::string terms;
    bool truncated;
    SearchTermsOutput() : truncated(false) {}
};

SearchTermsOutput search_terms(const SearchTermsInput& in);

}  // namespace filter

#endif
