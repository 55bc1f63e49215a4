// The weighted phrase list (e2guardian style, formats/phrases.md).
#ifndef FILTER_PHRASE_LIST_H
#define FILTER_PHRASE_LIST_H

#include <string>
#include <vector>

namespace filter {

struct PhraseEntry {
    std::vector<std::string> parts;   // as listed, lowercased; one part, or two or more for a combination
    std::vector<std::string> folded;  // parts folded like the scanned text (see fold_text)
    std::string text;                 // as listed, parts joined with ','
    int weight;
    int line;
};

struct PhraseList {
    std::vector<PhraseEntry> entries;  // in file order
};

// Parse the phrase list; throws FilterError with source "phrases" and the line.
void parse_phrase_list(const std::string& text, PhraseList& out);

// The folding applied to scanned text and to phrases: ASCII lowercase, leetspeak digits and
// symbols to letters (0o 1i 3e 4a 5s 7t @a $s), other ASCII non-alphanumerics to spaces, runs
// of spaces collapsed. Bytes >= 0x80 are kept (they belong to words).
std::string fold_text(const std::string& s);

}  // namespace filter

#endif
