#include "hmac_sha256.h"

namespace filter {

std::string sha256(const std::string& data) { (void)data; return std::string(32, '\0'); }  // TODO(issue 2)
std::string hmac_sha256(const std::string& key, const std::string& message) { (void)key; (void)message; return std::string(32, '\0'); }  // TODO(issue 2)
std::string hex_encode(const std::string& bytes) {
    static const char* digits = "0123456789abcdef";
    std::string out;
    for (size_t i = 0; i < bytes.size(); i++) {
        unsigned char c = (unsigned char)bytes[i];
        out += digits[c >> 4];
        out += digits[c & 15];
    }
    return out;
}

}  // namespace filter
