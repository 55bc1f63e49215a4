// filter-native: the legacy engine without N-API, evaluating a file of decision requests, so the
// native speed can be measured as the limit.
//
//   filter-native --categories F --policy F --phrases F --inputs F [--repeat N] [--print]
//
// Inputs: one request per line, TAB-separated fields
//   method, target, headers, tenant, user, groups, time_ms, bypass_token
// Every byte < 0x20, >= 0x7f and '\' inside a field is written \xNN (so a raw TAB or LF never
// occurs inside one). `headers` is name 0x1F value pairs separated by 0x1E; `groups` is separated
// by 0x1E. scripts/lib/native-inputs.ts writes this format from decision requests.
//
// Output (stdout): with --print, one summary line per request (same bytes as the TypeScript
// summarizeDecision); always a final JSON line with counts, timings and an FNV-1a checksum.

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <string>
#include <vector>

#include "../engine/errors.h"
#include "pipeline.h"

static bool read_file(const char* path, std::string& out) {
    FILE* f = fopen(path, "rb");
    if (!f) return false;
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof(buf), f)) > 0) out.append(buf, n);
    fclose(f);
    return true;
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static std::string unescape(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); i++) {
        if (s[i] == '\\' && i + 3 < s.size() && s[i + 1] == 'x' && hexval(s[i + 2]) >= 0 && hexval(s[i + 3]) >= 0) {
            out += (char)(hexval(s[i + 2]) * 16 + hexval(s[i + 3]));
            i += 3;
        } else {
            out += s[i];
        }
    }
    return out;
}

static std::vector<std::string> split_raw(const std::string& s, char sep) {
    std::vector<std::string> out;
    if (s.empty()) return out;
    size_t start = 0;
    for (;;) {
        size_t pos = s.find(sep, start);
        if (pos == std::string::npos) {
            out.push_back(s.substr(start));
            break;
        }
        out.push_back(s.substr(start, pos - start));
        start = pos + 1;
    }
    return out;
}

static bool parse_request(const std::string& line, native::DecisionRequest& req) {
    std::vector<std::string> f = filter::split(line, '\t');
    if (f.size() != 8) return false;
    req.method = unescape(f[0]);
    req.target = unescape(f[1]);
    std::vector<std::string> hs = split_raw(f[2], '\x1e');
    for (size_t i = 0; i < hs.size(); i++) {
        size_t p = hs[i].find('\x1f');
        if (p == std::string::npos) return false;
        filter::Header h;
        h.name = unescape(hs[i].substr(0, p));
        h.value = unescape(hs[i].substr(p + 1));
        req.headers.push_back(h);
    }
    req.tenant = unescape(f[3]);
    req.user = unescape(f[4]);
    std::vector<std::string> gs = split_raw(f[5], '\x1e');
    for (size_t i = 0; i < gs.size(); i++) req.groups.push_back(unescape(gs[i]));
    req.time_ms = strtoll(f[6].c_str(), NULL, 10);
    req.bypass_token = unescape(f[7]);
    return true;
}

static double now_seconds() {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void usage() {
    fprintf(stderr, "usage: filter-native --categories F --policy F --phrases F --inputs F [--repeat N] [--print]\n");
}

int main(int argc, char** argv) {
    const char *categories = NULL, *policy = NULL, *phrases = NULL, *inputs = NULL;
    int repeat = 1;
    bool print = false;
    for (int i = 1; i < argc; i++) {
        std::string a = argv[i];
        if (a == "--print") {
            print = true;
        } else if (i + 1 < argc && a == "--categories") {
            categories = argv[++i];
        } else if (i + 1 < argc && a == "--policy") {
            policy = argv[++i];
        } else if (i + 1 < argc && a == "--phrases") {
            phrases = argv[++i];
        } else if (i + 1 < argc && a == "--inputs") {
            inputs = argv[++i];
        } else if (i + 1 < argc && a == "--repeat") {
            repeat = atoi(argv[++i]);
            if (repeat < 1) repeat = 1;
        } else {
            usage();
            return 2;
        }
    }
    if (!categories || !policy || !phrases || !inputs) {
        usage();
        return 2;
    }
    std::string cat_text, pol_text, phr_text, in_text;
    if (!read_file(categories, cat_text) || !read_file(policy, pol_text) || !read_file(phrases, phr_text) || !read_file(inputs, in_text)) {
        fprintf(stderr, "filter-native: cannot read an input file\n");
        return 1;
    }

    filter::Engine engine;
    double t0 = now_seconds();
    try {
        filter::build_engine(cat_text, pol_text, phr_text, engine);
    } catch (const FilterError& e) {
        fprintf(stderr, "filter-native: %s (%s line %d): %s\n", e.code(), e.source(), e.line(), e.what());
        return 1;
    }
    double load_seconds = now_seconds() - t0;

    std::vector<native::DecisionRequest> requests;
    std::vector<std::string> lines = filter::split(in_text, '\n');
    for (size_t i = 0; i < lines.size(); i++) {
        if (lines[i].empty()) continue;
        native::DecisionRequest req;
        if (!parse_request(lines[i], req)) {
            fprintf(stderr, "filter-native: malformed input line %lu\n", (unsigned long)(i + 1));
            return 1;
        }
        requests.push_back(req);
    }

    uint32_t checksum = 2166136261u;
    long errors = 0;
    double t1 = now_seconds();
    for (int r = 0; r < repeat; r++) {
        for (size_t i = 0; i < requests.size(); i++) {
            native::Decision d;
            std::string line;
            try {
                native::decide(engine, requests[i], d);
                line = native::summarize(d);
            } catch (const FilterError& e) {
                errors++;
                line = std::string("throws|") + e.code();
            }
            if (r > 0) continue;  // the checksum and --print cover one pass
            for (size_t k = 0; k < line.size(); k++) {
                checksum ^= (unsigned char)line[k];
                checksum *= 16777619u;
            }
            if (print) {
                fwrite(line.data(), 1, line.size(), stdout);
                fputc('\n', stdout);
            }
        }
    }
    double run_seconds = now_seconds() - t1;
    long total = (long)requests.size() * repeat;
    printf("{\"engine\":\"native\",\"requests\":%ld,\"errors\":%ld,\"loadSeconds\":%.6f,\"runSeconds\":%.6f,"
           "\"nsPerRequest\":%.1f,\"checksum\":\"%08x\"}\n",
           total, errors, load_seconds, run_seconds, total ? run_seconds * 1e9 / (double)total : 0.0, checksum);
    return 0;
}
