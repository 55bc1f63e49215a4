#include "phrase_list.h"

#include "errors.h"

namespace filter {

void parse_phrase_list(const std::string& text, PhraseList& out) {
    (void)text;
    (void)out;  // TODO(issue 2): parser
}

}  // namespace filter
