// Module 8: block-page redirects and bypass tokens: build, issue, verify.
#ifndef FILTER_BLOCK_PAGE_H
#define FILTER_BLOCK_PAGE_H

#include <stdint.h>
#include <string>

#include "engine.h"

namespace filter {

struct BlockPageInput {
    std::string op;  // "build", "bypass", "verify"
    std::string tenant;
    std::string reason;
    int category;
    std::string url;
    std::string host;
    std::string subject;
    int64_t time_ms;
    BlockPageInput() : category(0), time_ms(0) {}
};

struct BlockPageOutput {
    std::string status;  // "ok", "valid", "expired", "forged", "malformed"
    std::string location;
    std::string token;
    std::string reason;
    int category;
    std::string url;
    int64_t issued_ms;
    BlockPageOutput() : category(0), issued_ms(0) {}
};

BlockPageOutput block_page(const Engine& engine, const BlockPageInput& in);

// Shared with policy_eval: true when `token` is a valid, unexpired bypass token for
// tenant and host at time_ms.
bool bypass_token_valid(const Tenant& tenant, const std::string& host, const std::string& token, int64_t time_ms);

}  // namespace filter

#endif
