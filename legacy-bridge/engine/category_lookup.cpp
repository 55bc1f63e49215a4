#include "category_lookup.h"

namespace filter {

CategoryLookupOutput category_lookup(const Engine& engine, const CategoryLookupInput& in) {
    (void)engine;
    (void)in;
    return CategoryLookupOutput();  // TODO(issue 2)
}

}  // namespace filter
