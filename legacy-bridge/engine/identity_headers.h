// Module 7: strip client-supplied identity headers and prepend the signed identity block.
#ifndef FILTER_IDENTITY_HEADERS_H
#define FILTER_IDENTITY_HEADERS_H

#include <stdint.h>
#include <string>
#include <vector>

#include "common.h"
#include "engine.h"

namespace filter {

struct IdentityHeadersInput {
    std::string tenant;
    std::string user;
    std::vector<std::string> groups;
    int64_t time_ms;
    std::vector<Header> headers;
    IdentityHeadersInput() : time_ms(0) {}
};

struct IdentityHeadersOutput {
    std::vector<Header> headers;
    int removed;
    IdentityHeadersOutput() : removed(0) {}
};

IdentityHeadersOutput identity_headers(const Engine& engine, const IdentityHeadersInput& in);

}  // namespace filter

#endif
