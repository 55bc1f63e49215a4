// The weighted phrase list (e2guardian style, see FORMATS.md).
#ifndef FILTER_PHRASE_LIST_H
#define FILTER_PHRASE_LIST_H

#include <string>
#include <vector>

namespace filter {

struct PhraseEntry {
    std::vector<std::string> parts;  // one part for a plain phrase, two or more for a combination
    std::string text;                // as listed, parts joined with ','
    int weight;
    int line;
};

struct PhraseList {
    std::vector<PhraseEntry> entries;  // in file order
};

// Parse the phrase list; throws FilterError with source "phrases" and the line.
void parse_phrase_list(const std::string& text, PhraseList& out);

}  // namespace filter

#endif
