import type { CategoryLookupInput, CategoryLookupOutput, CategoryMatch, MatchKind } from '../legacy-bridge/index.js';
import { parseDottedQuad } from './category_db.js';
import { lower } from './common.js';
import type { EngineState } from './state.js';

const MAX_MATCHES = 8;
const MAX_REGEX_HOST = 253;

/** @legacy category_lookup.cpp suffixes */
function suffixes(host: string): string[] {
  const out: string[] = [];
  let start = 0;
  while (start < host.length) {
    out.push(start === 0 ? host : host.slice(start));
    const dot = host.indexOf('.', start);
    if (dot < 0) break;
    start = dot + 1;
  }
  return out;
}

/**
 * Adds a match unless its category is already there; false once the cap is reached.
 * @legacy category_lookup.cpp add
 */
function add(matches: CategoryMatch[], category: number, line: number, kind: MatchKind): boolean {
  for (let i = 0; i < matches.length; i++) if (matches[i]!.category === category) return matches.length < MAX_MATCHES;
  if (matches.length >= MAX_MATCHES) return false;
  matches.push({ category, line, kind });
  return matches.length < MAX_MATCHES;
}

/** @legacy category_lookup.cpp category_lookup */
export function category_lookup(state: EngineState, input: CategoryLookupInput): CategoryLookupOutput {
  const db = state.db;
  const matches: CategoryMatch[] = [];
  const out = { matches };
  const host = lower(input.host);
  const isName = input.hostKind === 'name';
  const parents = isName ? suffixes(host) : [];
  const path = input.path;

  if (isName && path.length > 0 && db.pathRules.size > 0) {
    for (const p of parents) {
      const rules = db.pathRules.get(p);
      if (!rules) continue;
      for (const r of rules) {
        if (path.startsWith(r.prefix) && !add(matches, r.category, r.line, 'path')) return out;
      }
    }
  }

  if (isName || input.hostKind === 'ipv4') {
    let rules = db.exactHosts.get(host);
    if (rules) for (const r of rules) if (!add(matches, r.category, r.line, 'exact')) return out;
    if (host.length > 4 && host.startsWith('www.')) {
      rules = db.exactHosts.get(host.slice(4));
      if (rules) for (const r of rules) if (!add(matches, r.category, r.line, 'exact')) return out;
    }
  }

  for (const p of parents) {
    const rules = db.domains.get(p);
    if (!rules) continue;
    for (const r of rules) if (!add(matches, r.category, r.line, 'domain')) return out;
  }

  if (input.hostKind === 'ipv4') {
    const ip = parseDottedQuad(host);
    if (ip >= 0) {
      for (const r of db.cidrRules) {
        if (((ip & r.mask) >>> 0) === r.network && !add(matches, r.category, r.line, 'cidr')) return out;
      }
    }
  }

  if (host.length <= MAX_REGEX_HOST) {
    for (const r of db.regexRules) {
      if (r.re.test(host) && !add(matches, r.category, r.line, 'regex')) return out;
    }
  }
  return out;
}
