// Module 5: the verdict for an identity on a request at a given time.
#ifndef FILTER_POLICY_EVAL_H
#define FILTER_POLICY_EVAL_H

#include <stdint.h>
#include <string>
#include <vector>

#include "engine.h"

namespace filter {

struct PolicyEvalInput {
    std::string tenant;
    std::string user;
    std::vector<std::string> groups;
    int64_t time_ms;
    std::string host;
    std::string url;
    std::vector<int> categories;
    int phrase_score;
    std::string bypass_token;  // empty when none
    PolicyEvalInput() : time_ms(0), phrase_score(0) {}
};

struct PolicyEvalOutput {
    std::string action;  // "allow", "block", "warn", "safesearch"
    std::string reason;
    std::string rule_id;
    int category;
    PolicyEvalOutput() : category(0) {}
};

PolicyEvalOutput policy_eval(const Engine& engine, const PolicyEvalInput& in);

}  // namespace filter

#endif
