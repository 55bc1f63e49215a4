{
  "variables": {
    "legacy_sources": [
      "legacy-bridge/engine/common.cpp",
      "legacy-bridge/engine/hmac_sha256.cpp",
      "legacy-bridge/engine/category_db.cpp",
      "legacy-bridge/engine/policy.cpp",
      "legacy-bridge/engine/phrase_list.cpp",
      "legacy-bridge/engine/engine.cpp",
      "legacy-bridge/engine/url_canon.cpp",
      "legacy-bridge/engine/category_lookup.cpp",
      "legacy-bridge/engine/search_terms.cpp",
      "legacy-bridge/engine/phrase_score.cpp",
      "legacy-bridge/engine/policy_eval.cpp",
      "legacy-bridge/engine/safe_search.cpp",
      "legacy-bridge/engine/identity_headers.cpp",
      "legacy-bridge/engine/block_page.cpp"
    ],
    "legacy_coverage%": "false"
  },
  "targets": [
    {
      "target_name": "legacy_filter",
      "sources": ["legacy-bridge/addon/binding.cpp", "<@(legacy_sources)"],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
      "defines": ["NAPI_VERSION=8", "NAPI_CPP_EXCEPTIONS", "NODE_ADDON_API_CPP_EXCEPTIONS_ALL"],
      "cflags!": ["-fno-exceptions"],
      "cflags_cc!": ["-fno-exceptions", "-fno-rtti"],
      "cflags_cc": ["-std=c++17", "-fexceptions", "-Wall", "-Wextra", "-O2"],
      "conditions": [
        ["legacy_coverage=='true'", {
          "cflags_cc": ["--coverage", "-O0"],
          "ldflags": ["--coverage"]
        }]
      ]
    }
  ]
}
