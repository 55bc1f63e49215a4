#include "url_canon.h"

namespace filter {

UrlCanonOutput url_canon(const UrlCanonInput& in) {
    (void)in;
    return UrlCanonOutput();  // TODO(issue 2)
}

}  // namespace filter
