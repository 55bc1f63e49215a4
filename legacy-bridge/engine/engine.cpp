#include "engine.h"

namespace filter {

void build_engine(const std::string& categories, const std::string& policy, const std::string& phrases, Engine& out) {
    parse_category_db(categories, out.db);
    parse_policy(policy, out.policy);
    parse_phrase_list(phrases, out.phrases);
}

}  // namespace filter
