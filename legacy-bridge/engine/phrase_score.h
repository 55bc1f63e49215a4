// Module 4: weighted phrase score of search terms and URL.
#ifndef FILTER_PHRASE_SCORE_H
#define FILTER_PHRASE_SCORE_H

#include <string>
#include <vector>

#include "engine.h"

namespace filter {

struct PhraseScoreInput {
    std::string terms;
    std::string url;
};

struct PhraseHit {
    std::string phrase;
    int weight;
};

struct PhraseScoreOutput {
    int score;
    std::vector<PhraseHit> hits;
    PhraseScoreOutput() : score(0) {}
};

PhraseScoreOutput phrase_score(const Engine& engine, const PhraseScoreInput& in);

}  // namespace filter

#endif
