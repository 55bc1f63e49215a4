#include "identity_headers.h"

namespace filter {

IdentityHeadersOutput identity_headers(const Engine& engine, const IdentityHeadersInput& in) {
    (void)engine;
    (void)in;
    return IdentityHeadersOutput();  // TODO(issue 2)
}

}  // namespace filter
