// Module 4: weighted phrase score.
//
// Scanned text: the search terms, a space, and the URL percent-decoded once ('+' as space),
// cut to MAX_SCAN bytes, folded by fold_text() and wrapped in single spaces (so a phrase with
// a leading or trailing space only matches at a word boundary, e2guardian's convention).
// A plain phrase scores weight x occurrences (non-overlapping, at most MAX_COUNT); a
// combination scores its weight once when every part occurs. The sum is kept in 64 bits and
// clamped to int. Hits are listed in order of first hit: the position where the phrase (for a
// combination: its last part to appear) is first found, ties in list order.
#include "phrase_score.h"

#include <limits.h>
#include <stdint.h>

#include <algorithm>

#include "common.h"

namespace filter {

static const size_t MAX_SCAN = 4096;
static const int MAX_COUNT = 10;

namespace {

int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string decode_once(const std::string& v) {
    std::string out;
    out.reserve(v.size());
    for (size_t i = 0; i < v.size(); i++) {
        if (v[i] == '+') {
            out += ' ';
        } else if (v[i] == '%' && i + 2 < v.size() && hexval(v[i + 1]) >= 0 && hexval(v[i + 2]) >= 0) {
            out += (char)(hexval(v[i + 1]) * 16 + hexval(v[i + 2]));
            i += 2;
        } else {
            out += v[i];
        }
    }
    return out;
}

struct Hit {
    size_t pos;
    size_t index;
};

bool hit_before(const Hit& a, const Hit& b) {
    if (a.pos != b.pos) return a.pos < b.pos;
    return a.index < b.index;
}

}  // namespace

PhraseScoreOutput phrase_score(const Engine& engine, const PhraseScoreInput& in) {
    PhraseScoreOutput out;
    std::string raw = in.terms + " " + decode_once(in.url);
    if (raw.size() > MAX_SCAN) raw.resize(MAX_SCAN);
    std::string text = " " + trim(fold_text(raw)) + " ";

    int64_t total = 0;
    std::vector<Hit> hits;
    const std::vector<PhraseEntry>& entries = engine.phrases.entries;
    for (size_t e = 0; e < entries.size(); e++) {
        const PhraseEntry& pe = entries[e];
        if (pe.folded.size() == 1) {
            const std::string& p = pe.folded[0];
            if (p.empty()) continue;
            size_t first = text.find(p);
            if (first == std::string::npos) continue;
            int count = 0;
            size_t pos = first;
            while (pos != std::string::npos && count < MAX_COUNT) {
                count++;
                pos = text.find(p, pos + p.size());
            }
            total += (int64_t)pe.weight * count;
            Hit h;
            h.pos = first;
            h.index = e;
            hits.push_back(h);
        } else {
            size_t last = 0;
            bool all = true;
            for (size_t k = 0; k < pe.folded.size(); k++) {
                size_t pos = pe.folded[k].empty() ? std::string::npos : text.find(pe.folded[k]);
                if (pos == std::string::npos) {
                    all = false;
                    break;
                }
                if (pos > last) last = pos;
            }
            if (!all) continue;
            total += pe.weight;
            Hit h;
            h.pos = last;
            h.index = e;
            hits.push_back(h);
        }
    }
    std::sort(hits.begin(), hits.end(), hit_before);
    for (size_t i = 0; i < hits.size(); i++) {
        PhraseHit ph;
        ph.phrase = entries[hits[i].index].text;
        ph.weight = entries[hits[i].index].weight;
        out.hits.push_back(ph);
    }
    if (total > INT_MAX) total = INT_MAX;
    if (total < INT_MIN) total = INT_MIN;
    out.score = (int)total;
    return out;
}

}  // namespace filter
