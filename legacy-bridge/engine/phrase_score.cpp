#include "phrase_score.h"

namespace filter {

PhraseScoreOutput phrase_score(const Engine& engine, const PhraseScoreInput& in) {
    (void)engine;
    (void)in;
    return PhraseScoreOutput();  // TODO(issue 2)
}

}  // namespace filter
