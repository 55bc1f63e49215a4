/**
 * The whole decision for one request: the eight modules in sequence, passing plain data. It is
 * written once against RuleEngine, so it runs on the legacy oracle, the port, or a mixed engine.
 * `legacy-bridge/native/pipeline.cpp` is the same sequence in C++ for the native benchmark; keep
 * the two in step.
 */
import type {
  Bytes,
  BlockPageOutput,
  CategoryLookupOutput,
  Header,
  Identity,
  IdentityHeadersOutput,
  PhraseScoreOutput,
  PolicyEvalOutput,
  RuleEngine,
  SafeSearchOutput,
  SearchTermsOutput,
  UrlCanonOutput,
} from './types.js';

export interface DecisionRequest {
  method: Bytes;
  target: Bytes;
  /** Client request headers in order (the Host header among them for origin-form targets). */
  headers: Header[];
  identity: Identity;
  /** Epoch milliseconds of the request. */
  timeMs: number;
  /** Bypass token presented with the request (from a warn page's proceed link); empty if none. */
  bypassToken: Bytes;
}

export interface Decision {
  canon: UrlCanonOutput;
  /** Absent when the target could not be canonicalized (the proxy answers 400). */
  categories?: CategoryLookupOutput;
  search?: SearchTermsOutput;
  phrases?: PhraseScoreOutput;
  verdict?: PolicyEvalOutput;
  /** block and warn: the block-page or interstitial redirect. */
  blockPage?: BlockPageOutput;
  /** warn: the bypass token for the proceed link. */
  bypass?: BlockPageOutput;
  /** allow and safesearch: SafeSearch rewrite of the request. */
  safeSearch?: SafeSearchOutput;
  /** allow and safesearch: the headers to send upstream. */
  upstreamHeaders?: IdentityHeadersOutput;
}

/** First Host header value, compared ASCII case-insensitively, as the legacy proxy did. */
export function hostHeader(headers: Header[]): Bytes {
  for (const h of headers) {
    if (h.name.length === 4 && h.name.toLowerCase() === 'host') return h.value;
  }
  return '';
}

export function decide(engine: RuleEngine, req: DecisionRequest): Decision {
  const canon = engine.url_canon({ method: req.method, target: req.target, hostHeader: hostHeader(req.headers) });
  if (!canon.ok) return { canon };

  const categories = engine.category_lookup({ host: canon.host, hostKind: canon.hostKind, path: canon.path });
  const search = engine.search_terms({ host: canon.host, path: canon.path, query: canon.query, hasQuery: canon.hasQuery });
  const phrases = engine.phrase_score({ terms: search.terms, url: canon.url });
  const verdict = engine.policy_eval({
    tenant: req.identity.tenant,
    user: req.identity.user,
    groups: req.identity.groups,
    timeMs: req.timeMs,
    host: canon.host,
    url: canon.url,
    categories: categories.matches.map((m) => m.category),
    phraseScore: phrases.score,
    bypassToken: req.bypassToken,
  });
  const decision: Decision = { canon, categories, search, phrases, verdict };

  if (verdict.action === 'block' || verdict.action === 'warn') {
    decision.blockPage = engine.block_page({
      op: 'build',
      tenant: req.identity.tenant,
      reason: verdict.reason,
      category: verdict.category,
      url: canon.url,
      host: canon.host,
      subject: '',
      timeMs: req.timeMs,
    });
    if (verdict.action === 'warn') {
      decision.bypass = engine.block_page({
        op: 'bypass',
        tenant: req.identity.tenant,
        reason: '',
        category: 0,
        url: '',
        host: canon.host,
        subject: '',
        timeMs: req.timeMs,
      });
    }
    return decision;
  }

  const safeSearch = engine.safe_search({
    tenant: req.identity.tenant,
    action: verdict.action,
    connect: req.method === 'CONNECT',
    host: canon.host,
    path: canon.path,
    query: canon.query,
    hasQuery: canon.hasQuery,
  });
  decision.safeSearch = safeSearch;
  decision.upstreamHeaders = engine.identity_headers({
    tenant: req.identity.tenant,
    user: req.identity.user,
    groups: req.identity.groups,
    timeMs: req.timeMs,
    headers: [...req.headers, ...safeSearch.headers],
  });
  return decision;
}

function esc(s: Bytes): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c !== 0x5c && c !== 0x7c) out += s[i];
    else out += '\\x' + (c < 16 ? '0' : '') + c.toString(16);
  }
  return out;
}

/**
 * One line summarizing a decision: the same bytes as `summarize()` in
 * legacy-bridge/native/pipeline.cpp, so native and JavaScript runs can be compared line by line.
 */
export function summarizeDecision(d: Decision): string {
  if (!d.canon.ok || !d.verdict) return 'error|' + esc(d.canon.ok ? '' : d.canon.error);
  const v = d.verdict;
  let out = `${v.action}|${esc(v.reason)}|${esc(v.ruleId)}|${v.category}|${esc(d.canon.url)}|`;
  out += (d.categories?.matches ?? []).map((m) => String(m.category)).join(',');
  out += `|${d.phrases?.score ?? 0}|`;
  if (d.blockPage) out += esc(d.blockPage.location);
  out += '|';
  if (d.bypass) out += esc(d.bypass.token);
  out += '|';
  if (d.safeSearch && d.upstreamHeaders) {
    out += esc(d.safeSearch.host) + esc(d.safeSearch.path);
    if (d.safeSearch.hasQuery) out += '?' + esc(d.safeSearch.query);
    out += '|' + d.upstreamHeaders.headers.map((h) => `${esc(h.name)}:${esc(h.value)}`).join(';');
  } else {
    out += '|';
  }
  return out;
}
