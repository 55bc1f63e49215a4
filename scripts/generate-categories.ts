/**
 * Generates fixtures/categories.db deterministically (seeded PRNG): the categories of a K-12
 * filter, well-known sites the other fixtures and tests rely on, and synthetic rules of every
 * pattern kind — domains, exact hosts, path prefixes, CIDRs, regexes — over 110,000 in all.
 *
 *   npx tsx scripts/generate-categories.ts [--rules 110000] [--seed 7] [--out fixtures/categories.db]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FIXTURES_DIR } from '../legacy-bridge/index.js';
import { seededRandom } from './lib/prng.js';

const { values } = parseArgs({ options: { rules: { type: 'string', default: '110000' }, seed: { type: 'string', default: '7' }, out: { type: 'string', default: resolve(FIXTURES_DIR, 'categories.db') } } });

const { rand, pick } = seededRandom(Number(values.seed));

// id, short name, display name, relative weight of synthetic domains
const CATEGORIES: [number, string, string, number][] = [
  [1, 'adult', 'Adult Content', 14], [2, 'gambling', 'Gambling', 6], [3, 'games', 'Games', 8], [4, 'social', 'Social Networking', 5],
  [5, 'video', 'Video Streaming', 5], [6, 'search', 'Search Engines', 1], [7, 'education', 'Education', 8], [8, 'news', 'News and Media', 6],
  [9, 'proxy', 'Proxy Avoidance', 4], [10, 'malware', 'Malware and Phishing', 6], [11, 'weapons', 'Weapons', 2], [12, 'drugs', 'Drugs', 2],
  [13, 'shopping', 'Shopping', 6], [14, 'sports', 'Sports', 3], [15, 'music', 'Music Streaming', 2], [16, 'chat', 'Chat and Messaging', 2],
  [17, 'dating', 'Dating', 2], [18, 'violence', 'Violence', 1], [19, 'hate', 'Hate Speech', 1], [20, 'alcohol-tobacco', 'Alcohol and Tobacco', 1],
  [21, 'reference', 'Reference', 3], [22, 'technology', 'Technology', 4], [23, 'government', 'Government', 2], [24, 'health', 'Health', 2],
  [25, 'travel', 'Travel', 2], [26, 'finance', 'Finance', 2], [27, 'jobs', 'Jobs and Careers', 1], [28, 'religion', 'Religion', 1],
  [29, 'kids', 'Kids and Family', 2], [30, 'ads', 'Advertising and Tracking', 4], [31, 'file-sharing', 'File Sharing', 2], [32, 'webmail', 'Web Mail', 1],
  [33, 'infrastructure', 'Content Delivery and Infrastructure', 2], [34, 'translation', 'Translation', 1], [35, 'lingerie', 'Lingerie and Swimwear', 1],
  [36, 'hacking', 'Hacking', 1], [37, 'crypto', 'Cryptocurrency', 1], [38, 'arts', 'Arts and Culture', 1],
];

const WELL_KNOWN: [number, string][] = [
  [6, 'google.com'], [6, 'google.co.uk'], [6, 'google.fr'], [6, 'google.co.in'], [6, 'google.com.au'], [6, 'google.de'], [6, 'bing.com'],
  [6, 'duckduckgo.com'], [6, 'search.yahoo.com'], [6, 'ecosia.org'], [6, 'ask.com'], [5, 'youtube.com'], [5, 'youtube-nocookie.com'], [5, 'vimeo.com'],
  [5, 'twitch.tv'], [21, 'wikipedia.org'], [7, 'khanacademy.org'], [7, 'wikipedia.org'], [7, 'scratch.mit.edu'], [7, 'code.org'],
  [7, 'springfield.k12.us'], [4, 'facebook.com'], [4, 'instagram.com'], [4, 'tiktok.com'], [4, 'snapchat.com'], [4, 'x.com'], [4, 'reddit.com'],
  [16, 'discord.com'], [3, 'roblox.com'], [3, 'minecraft.net'], [3, 'coolmathgames.com'], [3, 'poki.com'], [8, 'bbc.co.uk'], [8, 'lemonde.fr'],
  [8, 'thehindu.com'], [32, 'mail.google.com'], [22, 'docs.google.com'], [22, 'login.microsoftonline.com'], [13, 'amazon.com'],
  [1, 'adult-site.example'], [1, 'xxx-videos.test'], [2, 'casino-royale.example'], [2, 'pokerstars.test'], [9, 'proxyfree.example'],
  [9, 'unblock-anything.test'], [10, 'phish-bank-login.test'], [11, 'gunshop.example'], [12, 'weed-delivery.test'], [3, 'games.example'],
];

const SYL = ['ka', 'lo', 'mi', 'ra', 'ne', 'to', 'vi', 'su', 'pe', 'do', 'zu', 'ba', 'ri', 'co', 'fa', 'ge', 'hu', 'ji', 'ma', 'no', 'pa', 'qui', 'sa', 'te', 'wo', 'xi', 'yo'];
const WORDS: Record<string, string[]> = {
  adult: ['xxx', 'hot', 'adult', 'cams', 'nude', 'porn', 'sexy', 'tube'], gambling: ['casino', 'bet', 'poker', 'slots', 'odds', 'lotto'],
  games: ['games', 'play', 'arcade', 'craft', 'quest', 'io'], social: ['friends', 'social', 'connect', 'share', 'chat'], video: ['tube', 'video', 'stream', 'flix', 'clips'],
  education: ['learn', 'school', 'academy', 'study', 'math', 'science', 'edu'], news: ['news', 'daily', 'times', 'post', 'herald'],
  proxy: ['proxy', 'unblock', 'hide', 'vpn', 'tunnel', 'anon'], malware: ['secure-login', 'verify', 'update', 'free-prize', 'wallet'],
};
const TLDS = ['com', 'com', 'com', 'net', 'org', 'info', 'io', 'co.uk', 'de', 'fr', 'in', 'com.au', 'biz', 'xyz', 'online', 'site'];

function name(short: string): string {
  const words = WORDS[short];
  let base = '';
  const n = 2 + Math.floor(rand() * 3);
  for (let i = 0; i < n; i++) base += pick(SYL);
  if (words && rand() < 0.7) base = rand() < 0.5 ? pick(words) + base : base + pick(words);
  if (rand() < 0.15) base += String(Math.floor(rand() * 100));
  if (rand() < 0.1) base = base.slice(0, 4) + '-' + base.slice(4);
  return `${base}.${pick(TLDS)}`;
}

const lines: string[] = [
  '# Category database of the school web filter (generated by scripts/generate-categories.ts; do not edit by hand).',
  '# Format: legacy-bridge/engine/formats/categories.md',
  '',
];
for (const [id, short, display] of CATEGORIES) lines.push(`@category ${id} ${short} "${display}"`);
lines.push('', '# Well-known sites');
for (const [id, d] of WELL_KNOWN) lines.push(`${id} ${d}`);
lines.push(
  '1 =images.adult-site.example', '5 youtube.com/shorts', '3 youtube.com/gaming', '7 youtube.com/edu', '21 en.wikipedia.org/wiki/Special:Random',
  '4 reddit.com/r/funny', '8 reddit.com/r/news', '3 scratch.mit.edu/games', '22 docs.google.com/forms',
  '10 203.0.113.0/24', '9 198.51.100.0/24', '1 192.0.2.128/25', '33 10.0.0.0/8', '33 172.16.0.0/12', '33 192.168.0.0/16', '23 127.0.0.0/8',
  '30 ~^ads?[0-9]*\\.', '30 ~^(track|pixel|beacon)[a-z0-9-]*\\.', '1 ~(^|\\.)(porn|xxx)[a-z0-9-]*\\.', '2 ~(^|\\.)[a-z0-9-]*casino[a-z0-9-]*\\.',
  '9 ~^(www\\.)?(proxy|unblock)[a-z0-9-]*\\.', '10 ~^[a-z0-9-]*(paypa1|g00gle|micros0ft)', '3 ~\\.io$', '31 ~^(torrent|magnet)',
  '',
);

const total = Number(values.rules);
const weighted: [number, string][] = CATEGORIES.flatMap(([id, short, , w]) => Array.from({ length: w }, () => [id, short] as [number, string]));
const seen = new Set<string>();
let rules = WELL_KNOWN.length + 23;
let domains: string[] = [];
lines.push('# Synthetic rules');
while (rules < total) {
  const [id, short] = pick(weighted);
  const r = rand();
  let line: string;
  if (r < 0.9) {
    const d = name(short);
    if (seen.has(d)) continue;
    seen.add(d);
    if (domains.length < 20000) domains.push(d);
    line = `${id} ${d}`;
  } else if (r < 0.945) {
    line = `${id} =${pick(['www', 'm', 'app', 'cdn', 'static', 'mail', 'shop'])}.${domains.length ? pick(domains) : name(short)}`;
  } else if (r < 0.99) {
    line = `${id} ${domains.length ? pick(domains) : name(short)}/${pick(['games', 'video', 'watch', 'play', 'casino', 'chat', 'forum', 'news', 'shop', 'blog'])}${rand() < 0.4 ? '/' + pick(SYL) + pick(SYL) : ''}`;
  } else if (r < 0.9945) {
    const len = pick([8, 12, 16, 16, 20, 24, 24, 24, 28, 32]);
    const a = Math.floor(rand() * 223) + 1;
    const ip = [a, Math.floor(rand() * 256), Math.floor(rand() * 256), Math.floor(rand() * 256)];
    line = `${id} ${ip.join('.')}/${len}`;
  } else {
    continue; // regexes are hand-written above: each one costs every lookup
  }
  lines.push(line);
  rules++;
}
writeFileSync(values.out, lines.join('\n') + '\n');
console.log(`wrote ${rules} rules in ${CATEGORIES.length} categories to ${values.out}`);
