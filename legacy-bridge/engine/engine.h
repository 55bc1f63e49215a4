// An engine: the three parsed input files. Rule modules take it by const reference.
#ifndef FILTER_ENGINE_H
#define FILTER_ENGINE_H

#include <string>

#include "category_db.h"
#include "phrase_list.h"
#include "policy.h"

namespace filter {

struct Engine {
    CategoryDb db;
    Policy policy;
    PhraseList phrases;
};

// Builds all three; throws FilterError naming the file and line of the first problem.
void build_engine(const std::string& categories, const std::string& policy, const std::string& phrases, Engine& out);

}  // namespace filter

#endif
