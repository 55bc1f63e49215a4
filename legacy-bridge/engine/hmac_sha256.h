// SHA-256 (FIPS 180-4) and HMAC-SHA256 (RFC 2104), written in the engine itself.
#ifndef FILTER_HMAC_SHA256_H
#define FILTER_HMAC_SHA256_H

#include <string>

namespace filter {

// 32 raw bytes.
std::string sha256(const std::string& data);
std::string hmac_sha256(const std::string& key, const std::string& message);
std::string hex_encode(const std::string& bytes);  // lowercase

}  // namespace filter

#endif
