#include "block_page.h"

namespace filter {

BlockPageOutput block_page(const Engine& engine, const BlockPageInput& in) {
    (void)engine;
    (void)in;
    return BlockPageOutput();  // TODO(issue 2)
}

}  // namespace filter

namespace filter {

bool bypass_token_valid(const Tenant& tenant, const std::string& host, const std::string& token, int64_t time_ms) {
    (void)tenant; (void)host; (void)token; (void)time_ms;
    return false;  // TODO(issue 2)
}

}  // namespace filter
