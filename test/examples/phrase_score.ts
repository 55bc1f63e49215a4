// Frozen from the legacy oracle by scripts/dev/freeze-examples.ts (inputs: inputs.ts); reviewed by hand.
import type { ModuleExamples } from './harness.js';
import { SOURCES } from './sources.js';

export const examples: ModuleExamples<'phrase_score'> = {
  module: 'phrase_score',
  sources: SOURCES,
  cases: [
    {
      name: 'one phrase',
      input: { terms: 'online poker', url: 'http://www.google.com/search?q=online+poker' },
      expected: { score: 105, hits: [{ phrase: 'poker', weight: 40 }, { phrase: 'online,poker', weight: 25 }] },
    },
    {
      name: 'nothing scores',
      input: { terms: '', url: 'http://example.com/' },
      expected: { score: 0, hits: [] },
    },
    {
      name: 'occurrences multiply the weight',
      input: { terms: 'poker poker poker', url: 'http://x/' },
      expected: { score: 120, hits: [{ phrase: 'poker', weight: 40 }] },
    },
    {
      name: 'at most 10 occurrences count',
      input: { terms: 'casino casino casino casino casino casino casino casino casino casino casino casino casino casino casino ', url: 'http://x/' },
      expected: { score: 500, hits: [{ phrase: 'casino', weight: 50 }] },
    },
    {
      name: 'leetspeak folded',
      input: { terms: 'p0k3r c@$in0', url: 'http://x/' },
      expected: { score: 90, hits: [{ phrase: 'poker', weight: 40 }, { phrase: 'casino', weight: 50 }] },
    },
    {
      name: 'case folded',
      input: { terms: 'CASINO', url: 'http://x/' },
      expected: { score: 50, hits: [{ phrase: 'casino', weight: 50 }] },
    },
    {
      name: 'word boundary: sex as a word',
      input: { terms: 'sex education', url: 'http://x/' },
      expected: { score: 30, hits: [{ phrase: ' sex ', weight: 30 }] },
    },
    {
      name: 'word boundary: not inside Essex',
      input: { terms: 'essex county', url: 'http://x/' },
      expected: { score: 0, hits: [] },
    },
    {
      name: 'trailing boundary only',
      input: { terms: 'porn', url: 'http://x/' },
      expected: { score: 100, hits: [{ phrase: 'porn ', weight: 100 }] },
    },
    {
      name: 'trailing boundary blocks a longer word',
      input: { terms: 'pornography', url: 'http://x/' },
      expected: { score: 0, hits: [] },
    },
    {
      name: 'negative weight lowers the score',
      input: { terms: 'poker homework', url: 'http://x/' },
      expected: { score: 20, hits: [{ phrase: 'poker', weight: 40 }, { phrase: 'homework', weight: -20 }] },
    },
    {
      name: 'combination needs every part',
      input: { terms: 'buy a gun now', url: 'http://x/' },
      expected: { score: 70, hits: [{ phrase: 'buy,gun,now', weight: 70 }] },
    },
    {
      name: 'incomplete combination does not score',
      input: { terms: 'buy a gun', url: 'http://x/' },
      expected: { score: 0, hits: [] },
    },
    {
      name: 'hits in order of first hit',
      input: { terms: 'homework then casino then poker', url: 'http://x/' },
      expected: { score: 70, hits: [{ phrase: 'homework', weight: -20 }, { phrase: 'casino', weight: 50 }, { phrase: 'poker', weight: 40 }] },
    },
    {
      name: 'the URL is percent-decoded once and scanned',
      input: { terms: '', url: 'http://x/%63asino?q=p%6Fker' },
      expected: { score: 90, hits: [{ phrase: 'casino', weight: 50 }, { phrase: 'poker', weight: 40 }] },
    },
    {
      name: 'punctuation separates words',
      input: { terms: 'kill-sex.poker', url: 'http://x/' },
      expected: { score: 80, hits: [{ phrase: 'kill', weight: 10 }, { phrase: ' sex ', weight: 30 }, { phrase: 'poker', weight: 40 }] },
    },
    {
      name: 'bytes >= 0x80 belong to words',
      input: { terms: 'caf\xe9 sex\xe9', url: 'http://x/' },
      expected: { score: 0, hits: [] },
    },
  ],
};
