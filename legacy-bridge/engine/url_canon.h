// Module 1: canonicalize a request target.
#ifndef FILTER_URL_CANON_H
#define FILTER_URL_CANON_H

#include <string>
#include <vector>

namespace filter {

struct UrlCanonInput {
    std::string method;
    std::string target;
    std::string host_header;  // empty when absent
};

struct UrlCanonOutput {
    std::string error;  // empty on success, else a stable code (E_URL_...)
    std::string scheme;
    std::string host;
    std::string host_kind;  // "name", "ipv4", "ipv6"
    int port;
    std::string path;
    std::string query;
    bool has_query;
    std::string url;
    std::vector<std::string> flags;  // in the order of URL_FLAGS in contract/types.ts
    UrlCanonOutput() : port(0), has_query(false) {}
};

UrlCanonOutput url_canon(const UrlCanonInput& in);

}  // namespace filter

#endif
