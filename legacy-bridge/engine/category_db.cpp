#include "category_db.h"

#include "errors.h"

namespace filter {

void parse_category_db(const std::string& text, CategoryDb& out) {
    (void)text;
    (void)out;  // TODO(issue 2): parser
}

}  // namespace filter
