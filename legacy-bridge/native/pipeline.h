// The whole decision for one request, in C++: the same sequence as
// legacy-bridge/contract/pipeline.ts, for the native benchmark and CLI. Not part of the legacy
// engine: it only calls the modules' entry points.
#ifndef FILTER_NATIVE_PIPELINE_H
#define FILTER_NATIVE_PIPELINE_H

#include <stdint.h>
#include <string>
#include <vector>

#include "../engine/block_page.h"
#include "../engine/category_lookup.h"
#include "../engine/common.h"
#include "../engine/engine.h"
#include "../engine/identity_headers.h"
#include "../engine/phrase_score.h"
#include "../engine/policy_eval.h"
#include "../engine/safe_search.h"
#include "../engine/search_terms.h"
#include "../engine/url_canon.h"

namespace native {

struct DecisionRequest {
    std::string method;
    std::string target;
    std::vector<filter::Header> headers;
    std::string tenant;
    std::string user;
    std::vector<std::string> groups;
    int64_t time_ms;
    std::string bypass_token;
    DecisionRequest() : time_ms(0) {}
};

struct Decision {
    filter::UrlCanonOutput canon;
    bool decided;
    filter::CategoryLookupOutput categories;
    filter::SearchTermsOutput search;
    filter::PhraseScoreOutput phrases;
    filter::PolicyEvalOutput verdict;
    bool has_block_page, has_bypass, has_safe_search;
    filter::BlockPageOutput block_page;
    filter::BlockPageOutput bypass;
    filter::SafeSearchOutput safe_search;
    filter::IdentityHeadersOutput upstream_headers;
    Decision() : decided(false), has_block_page(false), has_bypass(false), has_safe_search(false) {}
};

void decide(const filter::Engine& engine, const DecisionRequest& req, Decision& out);

// One line summarizing a decision; the TypeScript summarizeDecision() prints the same bytes.
std::string summarize(const Decision& d);

}  // namespace native

#endif
