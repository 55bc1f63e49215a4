// Builds filter-native: the legacy engine's C++ sources without N-API, plus the native pipeline
// and CLI, with the same warning flags as the addon. Output: build-native/filter-native.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const gyp = JSON.parse(readFileSync(resolve(root, 'binding.gyp'), 'utf8'));
const sources = [...gyp.variables.legacy_sources, 'legacy-bridge/native/pipeline.cpp', 'legacy-bridge/native/filter_cli.cpp'];
mkdirSync(resolve(root, 'build-native'), { recursive: true });
const out = process.env.NATIVE_OUT ?? 'build-native/filter-native';
const args = ['-std=c++17', '-O2', '-Wall', '-Wextra', ...(process.env.WERROR ? ['-Werror'] : []), '-o', out, ...sources];
const r = spawnSync(process.env.CXX ?? 'g++', args, { cwd: root, stdio: 'inherit' });
if (r.status === 0) console.log(`built ${out}`);
process.exit(r.status ?? 1);
