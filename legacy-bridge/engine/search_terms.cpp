#include "search_terms.h"

namespace filter {

SearchTermsOutput search_terms(const SearchTermsInput& in) {
    (void)in;
    return SearchTermsOutput();  // TODO(issue 2)
}

}  // namespace filter
