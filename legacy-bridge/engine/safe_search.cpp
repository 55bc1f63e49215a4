#include "safe_search.h"

namespace filter {

SafeSearchOutput safe_search(const Engine& engine, const SafeSearchInput& in) {
    (void)engine;
    (void)in;
    return SafeSearchOutput();  // TODO(issue 2)
}

}  // namespace filter
