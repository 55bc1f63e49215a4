// Byte-string helpers shared by the legacy modules. Everything is plain bytes in std::string;
// case folding is ASCII only, as the original code used <cctype> in the "C" locale.
#ifndef FILTER_COMMON_H
#define FILTER_COMMON_H

#include <stdint.h>
#include <string>
#include <vector>

namespace filter {

struct Header {
    std::string name;
    std::string value;
};

// ASCII lowercase of a copy (bytes >= 0x80 untouched).
std::string lower(const std::string& s);
// Strip leading and trailing spaces, tabs, CR and LF.
std::string trim(const std::string& s);
// Split on a single byte; empty fields are kept.
std::vector<std::string> split(const std::string& s, char sep);
// Split a comma-separated list, trimming each item and dropping empty items.
std::vector<std::string> split_list(const std::string& s);
bool starts_with(const std::string& s, const char* prefix);
bool ends_with(const std::string& s, const std::string& suffix);
// True for ASCII space, tab, CR, LF, VT, FF.
bool is_space(char c);

}  // namespace filter

#endif
