import type { Header, SafeSearchInput, SafeSearchOutput } from '../legacy-bridge/index.js';
import { endsWith, lower, startsWith } from './common.js';
import { findTenant } from './policy.js';
import type { EngineState } from './state.js';

function isAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** @legacy safe_search.cpp is_cc */
function isCc(s: string): boolean {
  return s.length === 2 && isAlpha(s.charCodeAt(0)) && isAlpha(s.charCodeAt(1));
}

/** @legacy safe_search.cpp google_search_host */
function googleSearchHost(host: string): boolean {
  const h = startsWith(host, 'www.') ? host.slice(4) : host;
  if (!startsWith(h, 'google.')) return false;
  const tld = h.slice(7);
  return tld === 'com' || isCc(tld) || (startsWith(tld, 'co.') && isCc(tld.slice(3))) || (startsWith(tld, 'com.') && isCc(tld.slice(4)));
}

/** @legacy safe_search.cpp google_any_host */
function googleAnyHost(h: string): boolean {
  return googleSearchHost(h) || h === 'google.com' || endsWith(h, '.google.com') || endsWith(h, '.googleapis.com') || endsWith(h, '.googleusercontent.com');
}

const YOUTUBE = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtubei.googleapis.com', 'youtube.googleapis.com', 'www.youtube-nocookie.com', 'youtube-nocookie.com']);
/** @legacy safe_search.cpp youtube_host */
function youtubeHost(h: string): boolean {
  return YOUTUBE.has(h);
}
/** @legacy safe_search.cpp bing_host */
function bingHost(h: string): boolean {
  return h === 'bing.com' || h === 'www.bing.com';
}
/** @legacy safe_search.cpp ddg_host */
function ddgHost(h: string): boolean {
  return h === 'duckduckgo.com' || h === 'www.duckduckgo.com' || h === 'html.duckduckgo.com';
}
/** @legacy safe_search.cpp yahoo_host */
function yahooHost(h: string): boolean {
  return h === 'search.yahoo.com' || endsWith(h, '.search.yahoo.com');
}
/** @legacy safe_search.cpp ms_login_host */
function msLoginHost(h: string): boolean {
  return h === 'login.microsoftonline.com' || h === 'login.microsoft.com' || h === 'login.windows.net';
}

/** Sets name=value in the query; returns [query, changed]. @legacy safe_search.cpp force_param */
function forceParam(query: string, hasQuery: boolean, name: string, value: string): [string, boolean] {
  const pairs = hasQuery ? query.split('&') : [];
  const wanted = name + '=' + value;
  let found = false;
  let changed = false;
  for (let i = 0; i < pairs.length; i++) {
    const p = pairs[i]!;
    if (p === name || (p.length > name.length && p.startsWith(name) && p[name.length] === '=')) {
      found = true;
      if (p !== wanted) {
        pairs[i] = wanted;
        changed = true;
      }
    }
  }
  if (!found) {
    if (pairs.length === 1 && pairs[0] === '') pairs[0] = wanted;
    else pairs.push(wanted);
    changed = true;
  }
  return [pairs.join('&'), changed];
}

/** @legacy safe_search.cpp add_header (headers.push) */
/** @legacy safe_search.cpp safe_search */
export function safe_search(state: EngineState, input: SafeSearchInput): SafeSearchOutput {
  const t = findTenant(state.policy, input.tenant);
  const out: SafeSearchOutput = { host: input.host, path: input.path, query: input.query, hasQuery: input.hasQuery, headers: [], changed: false };
  if (input.action !== 'allow' && input.action !== 'safesearch') return out;
  const force = input.action === 'safesearch';
  const s = t.safesearch;
  const host = lower(input.host);
  const youtube = force ? 'strict' : s.youtube;

  if (input.connect) {
    let mapped = '';
    if ((s.google || force) && googleSearchHost(host)) mapped = 'forcesafesearch.google.com';
    else if (youtube !== 'off' && youtubeHost(host)) mapped = youtube === 'strict' ? 'restrict.youtube.com' : 'restrictmoderate.youtube.com';
    else if ((s.bing || force) && bingHost(host)) mapped = 'strict.bing.com';
    else if ((s.duckduckgo || force) && ddgHost(host)) mapped = 'safe.duckduckgo.com';
    if (mapped.length > 0 && mapped !== host) {
      out.host = mapped;
      out.changed = true;
    }
    return out;
  }

  const path = input.path;
  let rewrite: [string, string] | undefined;
  if ((s.google || force) && googleSearchHost(host) && (path === '/search' || path === '/webhp' || path === '/images' || path === '/')) rewrite = ['safe', 'active'];
  else if ((s.bing || force) && bingHost(host) && (path === '/search' || startsWith(path, '/images/'))) rewrite = ['adlt', 'strict'];
  else if ((s.duckduckgo || force) && ddgHost(host)) rewrite = ['kp', '1'];
  else if ((s.yahoo || force) && yahooHost(host) && startsWith(path, '/search')) rewrite = ['vm', 'r'];
  if (rewrite) {
    const [q, changed] = forceParam(out.query, out.hasQuery, rewrite[0], rewrite[1]);
    out.query = q;
    out.hasQuery = true;
    if (changed) out.changed = true;
  }

  const headers: Header[] = out.headers;
  if (youtube !== 'off' && youtubeHost(host)) headers.push({ name: 'YouTube-Restrict', value: youtube === 'strict' ? 'Strict' : 'Moderate' });
  if (s.googappsDomains.length > 0 && googleAnyHost(host)) headers.push({ name: 'X-GoogApps-Allowed-Domains', value: s.googappsDomains });
  if (s.msTenants.length > 0 && msLoginHost(host)) {
    headers.push({ name: 'Restrict-Access-To-Tenants', value: s.msTenants });
    if (s.msTenantContext.length > 0) headers.push({ name: 'Restrict-Access-Context', value: s.msTenantContext });
  }
  if (headers.length > 0) out.changed = true;
  return out;
}
