#include "policy.h"

#include "errors.h"

namespace filter {

void parse_policy(const std::string& text, Policy& out) {
    (void)text;
    (void)out;  // TODO(issue 2): parser
}

const Tenant& find_tenant(const Policy& policy, const std::string& name) {
    std::map<std::string, Tenant>::const_iterator it = policy.tenants.find(name);
    if (it == policy.tenants.end()) throw FilterError("E_UNKNOWN_TENANT", "unknown tenant", "input");
    return it->second;
}

}  // namespace filter
