import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EngineSources } from './contract/types.js';

export const FIXTURES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures');

/** Reads the three engine files as byte strings. */
export function readSources(paths: { categories: string; policy: string; phrases: string }): EngineSources {
  return {
    categories: readFileSync(paths.categories).toString('latin1'),
    policy: readFileSync(paths.policy).toString('latin1'),
    phrases: readFileSync(paths.phrases).toString('latin1'),
  };
}

/** The bundled fixtures. */
export function bundledSources(dir = FIXTURES_DIR): EngineSources {
  return readSources({
    categories: resolve(dir, 'categories.db'),
    policy: resolve(dir, 'policy.ini'),
    phrases: resolve(dir, 'phrases.txt'),
  });
}
