/**
 * The contract of the eight rule modules: one input and one output type per module, shared by
 * the legacy oracle (C++ through N-API) and the TypeScript port. Field names and meanings mirror
 * the C++ structs in `legacy-bridge/engine/*.h`.
 *
 * Byte strings: every `Bytes` value is a JavaScript string whose code units are all in 0..255,
 * one code unit per byte ("binary" / latin1 string). It round-trips any byte sequence, including
 * NUL, bytes >= 0x80 and invalid UTF-8. Use `bytes.ts` to convert from and to Buffers and UTF-8.
 */

/** A byte string: each UTF-16 code unit is one byte (0..255). */
export type Bytes = string;

export interface Header {
  name: Bytes;
  value: Bytes;
}

export type HostKind = 'name' | 'ipv4' | 'ipv6';

// ---------------------------------------------------------------------------------------------
// 1. url_canon

export interface UrlCanonInput {
  /** Request method; `CONNECT` makes the target authority-form (`host:port`). */
  method: Bytes;
  /** The request target as received: absolute-form, origin-form or authority-form. */
  target: Bytes;
  /** The Host header value for origin-form targets; empty when absent. */
  hostHeader: Bytes;
}

/** Flags raised while canonicalizing, always listed in this order. */
export const URL_FLAGS = [
  'control_stripped',
  'userinfo',
  'fragment',
  'percent_host',
  'multi_escape',
  'ip_obfuscated',
  'dot_fixed',
  'default_port',
  'path_normalized',
] as const;
export type UrlFlag = (typeof URL_FLAGS)[number];

export interface UrlCanonOk {
  ok: true;
  scheme: Bytes;
  host: Bytes;
  hostKind: HostKind;
  /** Effective port (the scheme default when none was given). */
  port: number;
  /** Canonical path, always starting with `/` (empty for CONNECT). */
  path: Bytes;
  /** Canonical query without the `?`; `hasQuery` tells an empty query from none. */
  query: Bytes;
  hasQuery: boolean;
  /** The canonical URL (`scheme://host[:port]path[?query]`, or `host:port` for CONNECT). */
  url: Bytes;
  flags: UrlFlag[];
}

export interface UrlCanonError {
  ok: false;
  /** A stable code from `URL_CANON_ERRORS`. */
  error: string;
  flags: UrlFlag[];
}

export type UrlCanonOutput = UrlCanonOk | UrlCanonError;

// ---------------------------------------------------------------------------------------------
// 2. category_lookup

export interface CategoryLookupInput {
  host: Bytes;
  hostKind: HostKind;
  /** Canonical path (no query). */
  path: Bytes;
}

export type MatchKind = 'path' | 'exact' | 'domain' | 'cidr' | 'regex';

export interface CategoryMatch {
  category: number;
  /** 1-based line of the category database that matched. */
  line: number;
  kind: MatchKind;
}

export interface CategoryLookupOutput {
  matches: CategoryMatch[];
}

// ---------------------------------------------------------------------------------------------
// 3. search_terms

export interface SearchTermsInput {
  host: Bytes;
  path: Bytes;
  query: Bytes;
  hasQuery: boolean;
}

export interface SearchTermsOutput {
  /** Short name of the recognised engine (`google`, `bing`, …) or null when not a search. */
  engine: string | null;
  /** Normalized search terms; empty when none. */
  terms: Bytes;
  truncated: boolean;
}

// ---------------------------------------------------------------------------------------------
// 4. phrase_score

export interface PhraseScoreInput {
  /** Search terms from search_terms (may be empty). */
  terms: Bytes;
  /** The canonical URL. */
  url: Bytes;
}

export interface PhraseHit {
  /** The phrase as listed; a combination is its parts joined with `,`. */
  phrase: Bytes;
  weight: number;
}

export interface PhraseScoreOutput {
  score: number;
  /** Phrases that hit, in order of first hit. */
  hits: PhraseHit[];
}

// ---------------------------------------------------------------------------------------------
// 5. policy_eval

export interface Identity {
  tenant: Bytes;
  user: Bytes;
  groups: Bytes[];
}

export interface PolicyEvalInput extends Identity {
  /** Epoch milliseconds (integral). */
  timeMs: number;
  host: Bytes;
  url: Bytes;
  categories: number[];
  phraseScore: number;
  /** A bypass token from a warn page's proceed link; empty when none. */
  bypassToken: Bytes;
}

export type Action = 'allow' | 'block' | 'warn' | 'safesearch';

export interface PolicyEvalOutput {
  action: Action;
  /** Stable reason code (`allow_list`, `deny_list`, `rule`, `phrase`, `default`, `bypass`, …). */
  reason: string;
  /** Id of the rule that decided, empty when none. */
  ruleId: Bytes;
  /** Category that decided, 0 when none. */
  category: number;
}

// ---------------------------------------------------------------------------------------------
// 6. safe_search

export interface SafeSearchInput {
  tenant: Bytes;
  /** The verdict's action; rewriting applies to `allow` and `safesearch`. */
  action: Action;
  /** True for a CONNECT tunnel: only the host mapping applies. */
  connect: boolean;
  host: Bytes;
  path: Bytes;
  query: Bytes;
  hasQuery: boolean;
}

export interface SafeSearchOutput {
  host: Bytes;
  path: Bytes;
  query: Bytes;
  hasQuery: boolean;
  /** Headers to add to the upstream request, in order. */
  headers: Header[];
  changed: boolean;
}

// ---------------------------------------------------------------------------------------------
// 7. identity_headers

export interface IdentityHeadersInput extends Identity {
  timeMs: number;
  /** The client's request headers, in order, as received. */
  headers: Header[];
}

export interface IdentityHeadersOutput {
  /** Identity block first, then the client's headers minus every identity header. */
  headers: Header[];
  /** How many client-supplied identity headers were removed. */
  removed: number;
}

// ---------------------------------------------------------------------------------------------
// 8. block_page

export type BlockPageOp = 'build' | 'bypass' | 'verify';

export interface BlockPageInput {
  /** `build` a block-page redirect, issue a `bypass` token, or `verify` a redirect or token. */
  op: BlockPageOp;
  tenant: Bytes;
  /** build: verdict reason code. */
  reason: Bytes;
  /** build: deciding category (0 when none). */
  category: number;
  /** build: the original URL. */
  url: Bytes;
  /** bypass / verify: the host a bypass token is for. */
  host: Bytes;
  /** verify: the block-page URL or bypass token to check. */
  subject: Bytes;
  timeMs: number;
}

export type BlockPageStatus = 'ok' | 'valid' | 'expired' | 'forged' | 'malformed';

export interface BlockPageOutput {
  /** `ok` for build/bypass; the verification result for verify. */
  status: BlockPageStatus;
  /** build: the redirect URL. */
  location: Bytes;
  /** bypass: the token. */
  token: Bytes;
  /** verify: decoded fields (empty / 0 when not available). */
  reason: Bytes;
  category: number;
  url: Bytes;
  issuedMs: number;
}

// ---------------------------------------------------------------------------------------------

/** Input and output type of every module, keyed by module name. */
export interface ModuleIO {
  url_canon: { input: UrlCanonInput; output: UrlCanonOutput };
  category_lookup: { input: CategoryLookupInput; output: CategoryLookupOutput };
  search_terms: { input: SearchTermsInput; output: SearchTermsOutput };
  phrase_score: { input: PhraseScoreInput; output: PhraseScoreOutput };
  policy_eval: { input: PolicyEvalInput; output: PolicyEvalOutput };
  safe_search: { input: SafeSearchInput; output: SafeSearchOutput };
  identity_headers: { input: IdentityHeadersInput; output: IdentityHeadersOutput };
  block_page: { input: BlockPageInput; output: BlockPageOutput };
}

export type ModuleName = keyof ModuleIO;
export type ModuleInput<M extends ModuleName> = ModuleIO[M]['input'];
export type ModuleOutput<M extends ModuleName> = ModuleIO[M]['output'];

/**
 * One engine, either legacy or ported: one method per module, named as the module.
 * Every consumer (tests, replay, proxy) is written once against this interface.
 */
export type RuleEngine = {
  readonly kind: string;
  stats(): EngineStats;
} & { [M in ModuleName]: (input: ModuleInput<M>) => ModuleOutput<M> };

/** The three text files an engine is built from, as byte strings. */
export interface EngineSources {
  categories: Bytes;
  policy: Bytes;
  phrases: Bytes;
}

/** Sizes of a built engine's state. */
export interface EngineStats {
  categories: number;
  rules: number;
  tenants: number;
  phrases: number;
}
