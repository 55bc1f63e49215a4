// Stable error codes of the legacy engine. Mirrored by legacy-bridge/contract/errors.ts
// (a test keeps both lists identical).
#ifndef FILTER_ERRORS_H
#define FILTER_ERRORS_H

#include <stdexcept>
#include <string>

#define FILTER_ERROR_CODES(X) \
    X(E_CATDB_SYNTAX) \
    X(E_CATDB_BAD_ID) \
    X(E_CATDB_UNKNOWN_CATEGORY) \
    X(E_CATDB_DUP_CATEGORY) \
    X(E_CATDB_BAD_CIDR) \
    X(E_CATDB_BAD_REGEX) \
    X(E_CATDB_BAD_PATTERN) \
    X(E_POLICY_SYNTAX) \
    X(E_POLICY_UNKNOWN_SECTION) \
    X(E_POLICY_UNKNOWN_KEY) \
    X(E_POLICY_BAD_NUMBER) \
    X(E_POLICY_BAD_VALUE) \
    X(E_POLICY_UNKNOWN_TENANT) \
    X(E_POLICY_UNKNOWN_SCHEDULE) \
    X(E_POLICY_DUPLICATE) \
    X(E_POLICY_MISSING_KEY) \
    X(E_PHRASE_SYNTAX) \
    X(E_PHRASE_BAD_WEIGHT) \
    X(E_UNKNOWN_TENANT) \
    X(E_BAD_INPUT) \
    X(E_INTERNAL)

// source: "categories", "policy", "phrases", "input" or "engine"; line is 1-based, 0 if none.
class FilterError : public std::runtime_error {
public:
    FilterError(const char* code, const std::string& message, const char* source = "engine", int line = 0)
        : std::runtime_error(message), code_(code), source_(source), line_(line) {}
    const char* code() const { return code_; }
    const char* source() const { return source_; }
    int line() const { return line_; }

private:
    const char* code_;
    const char* source_;
    int line_;
};

#endif
