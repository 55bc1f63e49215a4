// Phrase list parser. Format: formats/phrases.md.
#include "phrase_list.h"

#include <ctype.h>
#include <stdlib.h>

#include "common.h"
#include "errors.h"

namespace filter {

static const int MAX_WEIGHT = 1000000;

namespace {

void fail(const char* code, const std::string& msg, int line) { throw FilterError(code, msg, "phrases", line); }

int parse_weight(const std::string& s, int line) {
    size_t i = 0;
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) i = 1;
    if (i >= s.size()) fail("E_PHRASE_BAD_WEIGHT", "weight is not a number: " + s, line);
    if (s.size() - i > 7) fail("E_PHRASE_BAD_WEIGHT", "weight out of range: " + s, line);
    for (size_t k = i; k < s.size(); k++) {
        if (!isdigit((unsigned char)s[k])) fail("E_PHRASE_BAD_WEIGHT", "weight is not a number: " + s, line);
    }
    int w = atoi(s.c_str());
    if (w > MAX_WEIGHT || w < -MAX_WEIGHT) fail("E_PHRASE_BAD_WEIGHT", "weight out of range: " + s, line);
    return w;
}

}  // namespace

std::string fold_text(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); i++) {
        unsigned char c = (unsigned char)s[i];
        char f;
        if (c >= 'A' && c <= 'Z') f = (char)(c + 32);
        else if (c == '0') f = 'o';
        else if (c == '1') f = 'i';
        else if (c == '3') f = 'e';
        else if (c == '4' || c == '@') f = 'a';
        else if (c == '5' || c == '$') f = 's';
        else if (c == '7') f = 't';
        else if (c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) f = (char)c;
        else f = ' ';
        if (f == ' ' && !out.empty() && out[out.size() - 1] == ' ') continue;
        if (f == ' ' && out.empty() && i > 0) continue;
        out += f;
    }
    return out;
}

void parse_phrase_list(const std::string& text, PhraseList& out) {
    std::vector<std::string> lines = split(text, '\n');
    for (size_t li = 0; li < lines.size(); li++) {
        int line = (int)li + 1;
        std::string l = trim(lines[li]);
        if (l.empty() || l[0] == '#') continue;
        std::vector<std::string> tokens;
        size_t i = 0;
        while (i < l.size()) {
            if (l[i] != '<') fail("E_PHRASE_SYNTAX", "expected '<'", line);
            size_t close = l.find('>', i + 1);
            if (close == std::string::npos) fail("E_PHRASE_SYNTAX", "unterminated '<'", line);
            std::string tok = l.substr(i + 1, close - i - 1);
            if (tok.find('<') != std::string::npos) fail("E_PHRASE_SYNTAX", "'<' inside a phrase", line);
            tokens.push_back(tok);
            i = close + 1;
            if (i < l.size() && l[i] == ',') {
                i++;
                if (i >= l.size()) fail("E_PHRASE_SYNTAX", "dangling ','", line);
            }
        }
        if (tokens.size() < 2) fail("E_PHRASE_SYNTAX", "a phrase needs a weight", line);
        PhraseEntry e;
        e.weight = parse_weight(tokens.back(), line);
        e.line = line;
        for (size_t k = 0; k + 1 < tokens.size(); k++) {
            if (trim(tokens[k]).empty()) fail("E_PHRASE_SYNTAX", "empty phrase", line);
            std::string part = lower(tokens[k]);
            e.parts.push_back(part);
            std::string f = fold_text(part);
            // fold_text drops a leading space; keep the word-boundary marker.
            if (part[0] == ' ' && (f.empty() || f[0] != ' ')) f = " " + f;
            e.folded.push_back(f);
            if (k) e.text += ',';
            e.text += tokens[k];
        }
        out.entries.push_back(e);
    }
}

}  // namespace filter
