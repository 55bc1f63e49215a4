// The oracle addon: converts JavaScript plain data to the legacy engine's structs and back, and
// dispatches. No filtering logic lives here.
//
// Ownership and lifetime: every string crossing the boundary is copied. JavaScript strings are
// read and written as latin1 (one code unit = one byte), so any byte sequence round-trips; the
// TypeScript facade refuses strings holding code units above 0xFF before they get here. An
// Engine object owns its parsed state; the state is immutable after construction, so calls never
// observe each other.
//
// Errors: the JavaScript error class is handed over once by `initialize(ErrorClass)`; every
// FilterError, C++ exception or malformed argument becomes `new ErrorClass(code, message,
// source, line)`.

#include <napi.h>

#include <math.h>
#include <stdint.h>

#include <new>
#include <string>
#include <vector>

#include "../engine/block_page.h"
#include "../engine/category_lookup.h"
#include "../engine/engine.h"
#include "../engine/errors.h"
#include "../engine/identity_headers.h"
#include "../engine/phrase_score.h"
#include "../engine/policy_eval.h"
#include "../engine/safe_search.h"
#include "../engine/search_terms.h"
#include "../engine/url_canon.h"

namespace {

struct AddonData {
    Napi::FunctionReference error_class;
};

Napi::Error MakeError(Napi::Env env, const char* code, const std::string& message, const char* source, int line) {
    AddonData* data = env.GetInstanceData<AddonData>();
    if (data != nullptr && !data->error_class.IsEmpty()) {
        Napi::Object err = data->error_class.New({Napi::String::New(env, code), Napi::String::New(env, message),
                                                  Napi::String::New(env, source), Napi::Number::New(env, line)});
        return Napi::Error(env, err);
    }
    Napi::Error err = Napi::Error::New(env, std::string(code) + ": " + message);
    err.Set("code", Napi::String::New(env, code));
    return err;
}

FilterError BadInput(const std::string& field, const char* what) {
    return FilterError("E_BAD_INPUT", field + " " + what, "input");
}

// ---- JavaScript -> C++ ----------------------------------------------------------------------

std::string ToBytes(napi_env env, napi_value value, const std::string& field) {
    napi_valuetype type;
    if (napi_typeof(env, value, &type) != napi_ok || type != napi_string) throw BadInput(field, "must be a string");
    size_t len = 0;
    if (napi_get_value_string_latin1(env, value, nullptr, 0, &len) != napi_ok) throw BadInput(field, "is unreadable");
    std::string out;
    out.resize(len);
    if (len > 0) {
        size_t written = 0;
        // The buffer holds len + 1 bytes (std::string keeps room for its terminator).
        if (napi_get_value_string_latin1(env, value, &out[0], len + 1, &written) != napi_ok) throw BadInput(field, "is unreadable");
        out.resize(written);
    }
    return out;
}

double ToNumber(const Napi::Value& value, const std::string& field) {
    if (!value.IsNumber()) throw BadInput(field, "must be a number");
    double d = value.As<Napi::Number>().DoubleValue();
    if (!isfinite(d) || d != floor(d)) throw BadInput(field, "must be an integer");
    return d;
}

int ToInt(const Napi::Value& value, const std::string& field) {
    double d = ToNumber(value, field);
    if (d < -2147483648.0 || d > 2147483647.0) throw BadInput(field, "is out of 32-bit range");
    return (int)d;
}

int64_t ToTime(const Napi::Value& value, const std::string& field) {
    double d = ToNumber(value, field);
    if (d < -8.64e15 || d > 8.64e15) throw BadInput(field, "is out of the time range");
    return (int64_t)d;
}

bool ToBool(const Napi::Value& value, const std::string& field) {
    if (!value.IsBoolean()) throw BadInput(field, "must be a boolean");
    return value.As<Napi::Boolean>().Value();
}

Napi::Object ToObject(const Napi::Value& value, const std::string& field) {
    if (!value.IsObject() || value.IsArray()) throw BadInput(field, "must be an object");
    return value.As<Napi::Object>();
}

Napi::Array ToArray(const Napi::Value& value, const std::string& field) {
    if (!value.IsArray()) throw BadInput(field, "must be an array");
    return value.As<Napi::Array>();
}

std::string GetBytes(const Napi::Object& obj, const char* key) { return ToBytes(obj.Env(), obj.Get(key), key); }
int GetInt(const Napi::Object& obj, const char* key) { return ToInt(obj.Get(key), key); }
int64_t GetTime(const Napi::Object& obj, const char* key) { return ToTime(obj.Get(key), key); }
bool GetBool(const Napi::Object& obj, const char* key) { return ToBool(obj.Get(key), key); }

std::vector<std::string> GetBytesList(const Napi::Object& obj, const char* key) {
    Napi::Array arr = ToArray(obj.Get(key), key);
    std::vector<std::string> out;
    out.reserve(arr.Length());
    for (uint32_t i = 0; i < arr.Length(); i++) out.push_back(ToBytes(obj.Env(), arr.Get(i), std::string(key) + "[]"));
    return out;
}

std::vector<int> GetIntList(const Napi::Object& obj, const char* key) {
    Napi::Array arr = ToArray(obj.Get(key), key);
    std::vector<int> out;
    out.reserve(arr.Length());
    for (uint32_t i = 0; i < arr.Length(); i++) out.push_back(ToInt(arr.Get(i), std::string(key) + "[]"));
    return out;
}

std::vector<filter::Header> GetHeaders(const Napi::Object& obj, const char* key) {
    Napi::Array arr = ToArray(obj.Get(key), key);
    std::vector<filter::Header> out;
    out.reserve(arr.Length());
    for (uint32_t i = 0; i < arr.Length(); i++) {
        Napi::Object h = ToObject(arr.Get(i), std::string(key) + "[]");
        filter::Header header;
        header.name = GetBytes(h, "name");
        header.value = GetBytes(h, "value");
        out.push_back(header);
    }
    return out;
}

// ---- C++ -> JavaScript ----------------------------------------------------------------------

Napi::Value Bytes(Napi::Env env, const std::string& s) {
    napi_value out;
    if (napi_create_string_latin1(env, s.data(), s.size(), &out) != napi_ok) throw FilterError("E_INTERNAL", "cannot create string");
    return Napi::Value(env, out);
}

Napi::Array BytesList(Napi::Env env, const std::vector<std::string>& list) {
    Napi::Array arr = Napi::Array::New(env, list.size());
    for (size_t i = 0; i < list.size(); i++) arr.Set((uint32_t)i, Bytes(env, list[i]));
    return arr;
}

Napi::Array HeaderList(Napi::Env env, const std::vector<filter::Header>& list) {
    Napi::Array arr = Napi::Array::New(env, list.size());
    for (size_t i = 0; i < list.size(); i++) {
        Napi::Object h = Napi::Object::New(env);
        h.Set("name", Bytes(env, list[i].name));
        h.Set("value", Bytes(env, list[i].value));
        arr.Set((uint32_t)i, h);
    }
    return arr;
}

// ---- the engine object ----------------------------------------------------------------------

class EngineWrap : public Napi::ObjectWrap<EngineWrap> {
public:
    static Napi::Function Define(Napi::Env env);
    explicit EngineWrap(const Napi::CallbackInfo& info);

private:
    template <typename F>
    Napi::Value Guard(const Napi::CallbackInfo& info, F body);
    Napi::Object Arg(const Napi::CallbackInfo& info);

    Napi::Value UrlCanon(const Napi::CallbackInfo& info);
    Napi::Value CategoryLookup(const Napi::CallbackInfo& info);
    Napi::Value SearchTerms(const Napi::CallbackInfo& info);
    Napi::Value PhraseScore(const Napi::CallbackInfo& info);
    Napi::Value PolicyEval(const Napi::CallbackInfo& info);
    Napi::Value SafeSearch(const Napi::CallbackInfo& info);
    Napi::Value IdentityHeaders(const Napi::CallbackInfo& info);
    Napi::Value BlockPage(const Napi::CallbackInfo& info);
    Napi::Value Stats(const Napi::CallbackInfo& info);

    filter::Engine engine_;
};

template <typename F>
Napi::Value EngineWrap::Guard(const Napi::CallbackInfo& info, F body) {
    Napi::Env env = info.Env();
    try {
        return body();
    } catch (const Napi::Error&) {
        throw;
    } catch (const FilterError& e) {
        throw MakeError(env, e.code(), e.what(), e.source(), e.line());
    } catch (const std::bad_alloc&) {
        throw MakeError(env, "E_INTERNAL", "out of memory", "engine", 0);
    } catch (const std::exception& e) {
        throw MakeError(env, "E_INTERNAL", e.what(), "engine", 0);
    } catch (...) {
        throw MakeError(env, "E_INTERNAL", "unknown C++ exception", "engine", 0);
    }
}

Napi::Object EngineWrap::Arg(const Napi::CallbackInfo& info) {
    if (info.Length() < 1) throw BadInput("input", "is missing");
    return ToObject(info[0], "input");
}

EngineWrap::EngineWrap(const Napi::CallbackInfo& info) : Napi::ObjectWrap<EngineWrap>(info) {
    Guard(info, [&]() -> Napi::Value {
        if (info.Length() < 3) throw BadInput("sources", "need categories, policy and phrases");
        std::string categories = ToBytes(info.Env(), info[0], "categories");
        std::string policy = ToBytes(info.Env(), info[1], "policy");
        std::string phrases = ToBytes(info.Env(), info[2], "phrases");
        filter::build_engine(categories, policy, phrases, engine_);
        return info.Env().Undefined();
    });
}

Napi::Value EngineWrap::UrlCanon(const Napi::CallbackInfo& info) {
    return Guard(info, [&]() -> Napi::Value {
        Napi::Object arg = Arg(info);
        filter::UrlCanonInput in;
        in.method = GetBytes(arg, "method");
        in.target = GetBytes(arg, "target");
        in.host_header = GetBytes(arg, "hostHeader");
        filter::UrlCanonOutput r = filter::url_canon(in);
        Napi::Env env = info.Env();
        Napi::Object out = Napi::Object::New(env);
        if (!r.error.empty()) {
            out.Set("ok", Napi::Boolean::New(env, false));
            out.Set("error", Bytes(env, r.error));
            out.Set("flags", BytesList(env, r.flags));
            return out;
        }
        out.Set("ok", Napi::Boolean::New(env, true));
        out.Set("scheme", Bytes(env, r.scheme));
        out.Set("host", Bytes(env, r.host));
        out.Set("hostKind", Bytes(env, r.host_kind));
        out.Set("port", Napi::Number::New(env, r.port));
        out.Set("path", Bytes(env, r.path));
        out.Set("query", Bytes(env, r.query));
        out.Set("hasQuery", Napi::Boolean::New(env, r.has_query));
        out.Set("url", Bytes(env, r.url));
        out.Set("flags", BytesList(env, r.flags));
        return out;
    });
}

Napi::Value EngineWrap::CategoryLookup(const Napi::CallbackInfo& info) {
    return Guard(info, [&]() -> Napi::Value {
        Napi::Object arg = Arg(info);
        filter::CategoryLookupInput in;
        in.host = GetBytes(arg, "host");
        in.host_kind = GetBytes(arg, "hostKind");
        in.path = GetBytes(arg, "path");
        filter::CategoryLookupOutput r = filter::category_lookup(engine_, in);
        Napi::Env env = info.Env();
        Napi::Array matches = Napi::Array::New(env, r.matches.size());
        for (size_t i = 0; i < r.matches.size(); i++) {
            Napi::Object m = Napi::Object::New(env);
            m.Set("category", Napi::Number::New(env, r.matches[i].category));
            m.Set("line", Napi::Number::New(env, r.matches[i].line));
            m.Set("kind", Bytes(env, r.matches[i].kind));
            matches.Set((uint32_t)i, m);
        }
        Napi::Object out = Napi::Object::New(env);
        out.Set("matches", matches);
        return out;
    });
}

Napi::Value EngineWrap::SearchTerms(const Napi::CallbackInfo& info) {
    return Guard(info, [&]() -> Napi::Value {
        Napi::Object arg = Arg(info);
        filter::SearchTermsInput in;
        in.host = GetBytes(arg, "host");
        in.path = GetBytes(arg, "path");
        in.query = GetBytes(arg, "query");
        in.has_query = GetBool(arg, "hasQuery");
        filter::SearchTermsOutput r = filter::search_terms(in);
        Napi::Env env = info.Env();
        Napi::Object out = Napi::Object::New(env);
        out.Set("engine", r.engine.empty() ? env.Null() : Bytes(env, r.engine));
        out.Set("terms", Bytes(env, r.terms));
        out.Set("truncated", Napi::Boolean::New(env, r.truncated));
        return out;
    });
}

Napi::Value EngineWrap::PhraseScore(const Napi::CallbackInfo& info) {
    return Guard(info, [&]() -> Napi::Value {
        Napi::Object arg = Arg(info);
        filter::PhraseScoreInput in;
        in.terms = GetBytes(arg, "terms");
        in.url = GetBytes(arg, "url");
        filter::PhraseScoreOutput r = filter::phrase_score(engine_, in);
        Napi::Env env = info.Env();
        Napi::Array hits = Napi::Array::New(env, r.hits.size());
        for (size_t i = 0; i < r.hits.size(); i++) {
            Napi::Object h = Napi::Object::New(env);
            h.Set("phrase", Bytes(env, r.hits[i].phrase));
            h.Set("weight", Napi::Number::New(env, r.hits[i].weight));
            hits.Set((uint32_t)i, h);
        }
        Napi::Object out = Napi::Object::New(env);
        out.Set("score", Napi::Number::New(env, r.score));
        out.Set("hits", hits);
        return out;
    });
}

Napi::Value EngineWrap::PolicyEval(const Napi::CallbackInfo& info) {
    return Guard(info, [&]() -> Napi::Value {
        Napi::Object arg = Arg(info);
        filter::PolicyEvalInput in;
        in.tenant = GetBytes(arg, "tenant");
        in.user = GetBytes(arg, "user");
        in.groups = GetBytesList(arg, "groups");
        in.time_ms = GetTime(arg, "timeMs");
        in.host = GetBytes(arg, "host");
        in.url = GetBytes(arg, "url");
        in.categories = GetIntList(arg, "categories");
        in.phrase_score = GetInt(arg, "phraseScore");
        in.bypass_token = GetBytes(arg, "bypassToken");
        filter::PolicyEvalOutput r = filter::policy_eval(engine_, in);
        Napi::Env env = info.Env();
        Napi::Object out = Napi::Object::New(env);
        out.Set("action", Bytes(env, r.action));
        out.Set("reason", Bytes(env, r.reason));
        out.Set("ruleId", Bytes(env, r.rule_id));
        out.Set("category", Napi::Number::New(env, r.category));
        return out;
    });
}

Napi::Value EngineWrap::SafeSearch(const Napi::CallbackInfo& info) {
    return Guard(info, [&]() -> Napi::Value {
        Napi::Object arg = Arg(info);
        filter::SafeSearchInput in;
        in.tenant = GetBytes(arg, "tenant");
        in.action = GetBytes(arg, "action");
        in.connect = GetBool(arg, "connect");
        in.host = GetBytes(arg, "host");
        in.path = GetBytes(arg, "path");
        in.query = GetBytes(arg, "query");
        in.has_query = GetBool(arg, "hasQuery");
        filter::SafeSearchOutput r = filter::safe_search(engine_, in);
        Napi::Env env = info.Env();
        Napi::Object out = Napi::Object::New(env);
        out.Set("host", Bytes(env, r.host));
        out.Set("path", Bytes(env, r.path));
        out.Set("query", Bytes(env, r.query));
        out.Set("hasQuery", Napi::Boolean::New(env, r.has_query));
        out.Set("headers", HeaderList(env, r.headers));
        out.Set("changed", Napi::Boolean::New(env, r.changed));
        return out;
    });
}

Napi::Value EngineWrap::IdentityHeaders(const Napi::CallbackInfo& info) {
    return Guard(info, [&]() -> Napi::Value {
        Napi::Object arg = Arg(info);
        filter::IdentityHeadersInput in;
        in.tenant = GetBytes(arg, "tenant");
        in.user = GetBytes(arg, "user");
        in.groups = GetBytesList(arg, "groups");
        in.time_ms = GetTime(arg, "timeMs");
        in.headers = GetHeaders(arg, "headers");
        filter::IdentityHeadersOutput r = filter::identity_headers(engine_, in);
        Napi::Env env = info.Env();
        Napi::Object out = Napi::Object::New(env);
        out.Set("headers", HeaderList(env, r.headers));
        out.Set("removed", Napi::Number::New(env, r.removed));
        return out;
    });
}

Napi::Value EngineWrap::BlockPage(const Napi::CallbackInfo& info) {
    return Guard(info, [&]() -> Napi::Value {
        Napi::Object arg = Arg(info);
        filter::BlockPageInput in;
        in.op = GetBytes(arg, "op");
        in.tenant = GetBytes(arg, "tenant");
        in.reason = GetBytes(arg, "reason");
        in.category = GetInt(arg, "category");
        in.url = GetBytes(arg, "url");
        in.host = GetBytes(arg, "host");
        in.subject = GetBytes(arg, "subject");
        in.time_ms = GetTime(arg, "timeMs");
        filter::BlockPageOutput r = filter::block_page(engine_, in);
        Napi::Env env = info.Env();
        Napi::Object out = Napi::Object::New(env);
        out.Set("status", Bytes(env, r.status));
        out.Set("location", Bytes(env, r.location));
        out.Set("token", Bytes(env, r.token));
        out.Set("reason", Bytes(env, r.reason));
        out.Set("category", Napi::Number::New(env, r.category));
        out.Set("url", Bytes(env, r.url));
        out.Set("issuedMs", Napi::Number::New(env, (double)r.issued_ms));
        return out;
    });
}

Napi::Value EngineWrap::Stats(const Napi::CallbackInfo& info) {
    return Guard(info, [&]() -> Napi::Value {
        Napi::Env env = info.Env();
        Napi::Object out = Napi::Object::New(env);
        out.Set("categories", Napi::Number::New(env, (double)engine_.db.categories.size()));
        out.Set("rules", Napi::Number::New(env, engine_.db.rule_count));
        out.Set("tenants", Napi::Number::New(env, (double)engine_.policy.tenants.size()));
        out.Set("phrases", Napi::Number::New(env, (double)engine_.phrases.entries.size()));
        return out;
    });
}

Napi::Function EngineWrap::Define(Napi::Env env) {
    // The one table of JavaScript-facing methods; names are the module names.
    return DefineClass(env, "LegacyEngineNative",
                       {
                           InstanceMethod("url_canon", &EngineWrap::UrlCanon),
                           InstanceMethod("category_lookup", &EngineWrap::CategoryLookup),
                           InstanceMethod("search_terms", &EngineWrap::SearchTerms),
                           InstanceMethod("phrase_score", &EngineWrap::PhraseScore),
                           InstanceMethod("policy_eval", &EngineWrap::PolicyEval),
                           InstanceMethod("safe_search", &EngineWrap::SafeSearch),
                           InstanceMethod("identity_headers", &EngineWrap::IdentityHeaders),
                           InstanceMethod("block_page", &EngineWrap::BlockPage),
                           InstanceMethod("stats", &EngineWrap::Stats),
                       });
}

Napi::Value Initialize(const Napi::CallbackInfo& info) {
    if (info.Length() < 1 || !info[0].IsFunction()) {
        throw Napi::TypeError::New(info.Env(), "initialize(ErrorClass) needs the error class");
    }
    AddonData* data = info.Env().GetInstanceData<AddonData>();
    data->error_class = Napi::Persistent(info[0].As<Napi::Function>());
    return info.Env().Undefined();
}

Napi::Array ErrorCodes(Napi::Env env) {
    static const char* codes[] = {
#define FILTER_ERROR_NAME(name) #name,
        FILTER_ERROR_CODES(FILTER_ERROR_NAME)
#undef FILTER_ERROR_NAME
    };
    size_t n = sizeof(codes) / sizeof(codes[0]);
    Napi::Array arr = Napi::Array::New(env, n);
    for (size_t i = 0; i < n; i++) arr.Set((uint32_t)i, Napi::String::New(env, codes[i]));
    return arr;
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
    env.SetInstanceData<AddonData>(new AddonData());
    exports.Set("initialize", Napi::Function::New(env, Initialize, "initialize"));
    exports.Set("Engine", EngineWrap::Define(env));
    exports.Set("errorCodes", ErrorCodes(env));
    return exports;
}

}  // namespace

NODE_API_MODULE(legacy_filter, Init)
