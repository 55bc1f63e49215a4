// Module 6: SafeSearch enforcement for allowed requests.
#ifndef FILTER_SAFE_SEARCH_H
#define FILTER_SAFE_SEARCH_H

#include <string>
#include <vector>

#include "common.h"
#include "engine.h"

namespace filter {

struct SafeSearchInput {
    std::string tenant;
    std::string action;
    bool connect;
    std::string host;
    std::string path;
    std::string query;
    bool has_query;
    SafeSearchInput() : connect(false), has_query(false) {}
};

struct SafeSearchOutput {
    std::string host;
    std::string path;
    std::string query;
    bool has_query;
    std::vector<Header> headers;
    bool changed;
    SafeSearchOutput() : has_query(false), changed(false) {}
};

SafeSearchOutput safe_search(const Engine& engine, const SafeSearchInput& in);

}  // namespace filter

#endif
