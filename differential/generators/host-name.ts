import fc from 'fast-check';
import { NASTY_BYTES } from './byte-string.js';

/** Well-known hosts of the bundled fixtures and the search engines. */
export const KNOWN_HOSTS = [
  'google.com', 'www.google.com', 'www.google.co.uk', 'google.com.au', 'www.google.de', 'bing.com', 'www.bing.com',
  'duckduckgo.com', 'search.yahoo.com', 'www.youtube.com', 'm.youtube.com', 'youtube.com', 'youtubei.googleapis.com',
  'en.wikipedia.org', 'fr.wikipedia.org', 'khanacademy.org', 'www.khanacademy.org', 'facebook.com', 'www.facebook.com',
  'instagram.com', 'tiktok.com', 'login.microsoftonline.com', 'login.microsoft.com', 'login.windows.net',
  'mail.google.com', 'docs.google.com', 'springfield.k12.us', 'example.com', 'www.example.com', 'a.b.c.example.test',
];

/** Constraints of hostName. */
export interface HostNameConstraints {
  /** Extra hosts to bias towards (e.g. the rules of a generated database). */
  known?: readonly string[];
  /** Add case changes, stray dots, escapes and odd bytes. */
  evasions?: boolean;
}

const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);

/** DNS-ish host names biased to known hosts and their subdomains, with optional evasions. */
export function hostName(c: HostNameConstraints = {}): fc.Arbitrary<string> {
  const known = [...KNOWN_HOSTS, ...(c.known ?? [])];
  const base = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...known) },
    { weight: 2, arbitrary: fc.tuple(label, fc.constantFrom(...known)).map(([l, h]) => `${l}.${h}`) },
    { weight: 2, arbitrary: fc.tuple(fc.array(label, { minLength: 1, maxLength: 4 }), fc.constantFrom('.com', '.org', '.test', '.k12.us', '')).map(([ls, tld]) => ls.join('.') + tld) },
  );
  if (!c.evasions) return base;
  const evade = fc.tuple(base, fc.constantFrom('upper', 'dots', 'trail', 'escape', 'www', 'nasty', 'none')).map(([h, kind]) => {
    switch (kind) {
      case 'upper': return h.toUpperCase();
      case 'dots': return h.replace('.', '..');
      case 'trail': return '.' + h + '.';
      case 'escape': return h.replace(/[a-z]/, (ch) => '%' + ch.charCodeAt(0).toString(16));
      case 'www': return 'www.' + h;
      case 'nasty': return h + NASTY_BYTES[h.length % NASTY_BYTES.length];
      default: return h;
    }
  });
  return fc.oneof({ weight: 3, arbitrary: base }, { weight: 2, arbitrary: evade });
}
