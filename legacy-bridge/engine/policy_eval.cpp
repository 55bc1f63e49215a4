#include "policy_eval.h"

namespace filter {

PolicyEvalOutput policy_eval(const Engine& engine, const PolicyEvalInput& in) {
    (void)engine;
    (void)in;
    return PolicyEvalOutput();  // TODO(issue 2)
}

}  // namespace filter
