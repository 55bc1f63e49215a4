import type { SearchTermsInput, SearchTermsOutput } from '../legacy-bridge/index.js';
import { endsWith, isSpace, lower, percentDecode, startsWith } from './common.js';

const MAX_TERMS = 256;

function isAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** @legacy search_terms.cpp is_cc */
function isCc(s: string): boolean {
  return s.length === 2 && isAlpha(s.charCodeAt(0)) && isAlpha(s.charCodeAt(1));
}

/** @legacy search_terms.cpp google_host */
function googleHost(h: string): boolean {
  if (!startsWith(h, 'google.')) return false;
  const tld = h.slice(7);
  if (tld === 'com' || isCc(tld)) return true;
  return (startsWith(tld, 'co.') && isCc(tld.slice(3))) || (startsWith(tld, 'com.') && isCc(tld.slice(4)));
}

/** @legacy search_terms.cpp wikipedia_host */
function wikipediaHost(h: string): boolean {
  if (!endsWith(h, '.wikipedia.org')) return false;
  let lang = h.slice(0, h.length - 14);
  if (endsWith(lang, '.m')) lang = lang.slice(0, lang.length - 2);
  if (lang.length === 0 || lang.length > 12) return false;
  for (let i = 0; i < lang.length; i++) {
    const c = lang.charCodeAt(i);
    if (!isAlpha(c) && c !== 45) return false;
  }
  return true;
}

/** @legacy search_terms.cpp engine_for */
function engineFor(host: string, path: string): [string, string] | undefined {
  const h = startsWith(host, 'www.') ? host.slice(4) : host;
  if (googleHost(h) && (path === '/search' || path === '/webhp' || path === '/')) return ['google', 'q'];
  if ((h === 'bing.com' || h === 'cn.bing.com') && path === '/search') return ['bing', 'q'];
  if ((h === 'duckduckgo.com' || h === 'html.duckduckgo.com' || h === 'lite.duckduckgo.com') && (path === '/' || path === '/html/' || path === '/lite/' || path === '/html')) return ['duckduckgo', 'q'];
  if ((h === 'search.yahoo.com' || endsWith(h, '.search.yahoo.com')) && startsWith(path, '/search')) return ['yahoo', 'p'];
  if ((h === 'youtube.com' || h === 'm.youtube.com') && path === '/results') return ['youtube', 'search_query'];
  if (wikipediaHost(h) && path === '/w/index.php') return ['wikipedia', 'search'];
  if (h === 'ask.com' && path === '/web') return ['ask', 'q'];
  if (h === 'ecosia.org' && path === '/search') return ['ecosia', 'q'];
  return undefined;
}

/** @legacy search_terms.cpp search_terms */
export function search_terms(input: SearchTermsInput): SearchTermsOutput {
  const found = engineFor(lower(input.host), input.path);
  if (!found) return { engine: null, terms: '', truncated: false };
  const [engine, param] = found;
  if (!input.hasQuery) return { engine, terms: '', truncated: false };
  let raw = '';
  let present = false;
  const prefix = param + '=';
  for (const kv of input.query.split('&')) {
    if (kv.length > param.length && kv.startsWith(prefix)) {
      raw = kv.slice(prefix.length);
      present = true;
      break;
    }
    if (kv === param) {
      present = true;
      break;
    }
  }
  if (!present) return { engine, terms: '', truncated: false };
  const decoded = lower(percentDecode(raw, true));
  let terms = '';
  let pendingSpace = false;
  for (let i = 0; i < decoded.length; i++) {
    if (isSpace(decoded.charCodeAt(i))) {
      pendingSpace = terms.length > 0;
      continue;
    }
    if (pendingSpace) {
      terms += ' ';
      pendingSpace = false;
    }
    terms += decoded[i];
  }
  let truncated = false;
  if (terms.length > MAX_TERMS) {
    terms = terms.slice(0, MAX_TERMS);
    truncated = true;
  }
  return { engine, terms, truncated };
}
