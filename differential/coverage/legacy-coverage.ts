/**
 * C++ coverage of the oracle: builds the addon with gcov instrumentation in a scratch copy of
 * the sources, and after an evidence run reads gcov's JSON to give line and branch coverage of
 * the legacy engine per module, the uncovered branches, and which lines ran (for hazards).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { MODULES, type ModuleName } from '../../legacy-bridge/index.js';
import { FILE_MODULE } from '../inventory/legacy-functions.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export class CoverageError extends Error {
  readonly code = 'E_COVERAGE';
}

/** Builds an instrumented addon under `dir`; returns the path of the .node file. */
export function buildCoverageAddon(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(resolve(ROOT, 'legacy-bridge/engine'), resolve(dir, 'legacy-bridge/engine'), { recursive: true });
  cpSync(resolve(ROOT, 'legacy-bridge/addon'), resolve(dir, 'legacy-bridge/addon'), { recursive: true });
  cpSync(resolve(ROOT, 'binding.gyp'), resolve(dir, 'binding.gyp'));
  // binding.gyp asks node-addon-api for its include dir: the scratch copy needs the packages.
  symlinkSync(resolve(ROOT, 'node_modules'), resolve(dir, 'node_modules'));
  const require = createRequire(import.meta.url);
  const gyp = require.resolve('node-gyp/bin/node-gyp.js');
  const nodedir = resolve(dirname(process.execPath), '..');
  const r = spawnSync(process.execPath, [gyp, 'rebuild', `--nodedir=${nodedir}`, '--', '-Dlegacy_coverage=true'], { cwd: dir, encoding: 'utf8', env: { ...process.env, npm_config_node_gyp: gyp } });
  if (r.status !== 0) throw new CoverageError(`instrumented build failed:\n${r.stderr.slice(-2000)}`);
  const addon = resolve(dir, 'build/Release/legacy_filter.node');
  if (!existsSync(addon)) throw new CoverageError('instrumented build produced no addon');
  return addon;
}

export interface FileCoverage {
  file: string;
  module: ModuleName | 'shared';
  lines: { total: number; covered: number };
  branches: { total: number; covered: number };
  /** Executed line numbers. */
  executed: number[];
  /** "file:line (n of m branches taken)" for lines with an untaken branch. */
  uncoveredBranches: string[];
}

export interface ModuleCoverage {
  module: ModuleName | 'shared';
  linePercent: number;
  branchPercent: number;
  lines: { total: number; covered: number };
  branches: { total: number; covered: number };
  uncoveredBranches: string[];
}

interface GcovJson {
  files: { file: string; lines: { line_number: number; count: number; branches: { count: number; throw: boolean }[] }[] }[];
}

/** Runs gcov over the instrumented objects (after the evidence process has exited) and reads it. */
export function collectCoverage(dir: string): FileCoverage[] {
  const objDir = resolve(dir, 'build/Release/obj.target/legacy_filter/legacy-bridge/engine');
  if (!existsSync(objDir)) throw new CoverageError(`no instrumented objects under ${objDir}`);
  const gcda = readdirSync(objDir).filter((f) => f.endsWith('.gcda'));
  if (gcda.length === 0) throw new CoverageError('no coverage data: did the evidence run use the instrumented addon?');
  const out = resolve(dir, 'gcov');
  mkdirSync(out, { recursive: true });
  const r = spawnSync('gcov', ['--json-format', '--branch-probabilities', '--object-directory', objDir, ...gcda.map((f) => resolve(objDir, f))], { cwd: out, encoding: 'utf8' });
  if (r.status !== 0) throw new CoverageError(`gcov failed: ${r.stderr}`);
  const result: FileCoverage[] = [];
  for (const f of readdirSync(out).filter((x) => x.endsWith('.gcov.json.gz'))) {
    const json = JSON.parse(gunzipSync(readFileSync(resolve(out, f))).toString('utf8')) as GcovJson;
    for (const file of json.files) {
      const name = basename(file.file);
      if (!file.file.includes('legacy-bridge/engine/') || !name.endsWith('.cpp')) continue;
      const fc: FileCoverage = { file: name, module: FILE_MODULE[name] ?? 'shared', lines: { total: 0, covered: 0 }, branches: { total: 0, covered: 0 }, executed: [], uncoveredBranches: [] };
      for (const l of file.lines) {
        fc.lines.total++;
        if (l.count > 0) {
          fc.lines.covered++;
          fc.executed.push(l.line_number);
        }
        // Exception edges (throw) are compiler plumbing, not legacy decisions.
        const br = l.branches.filter((b) => !b.throw);
        if (br.length) {
          const taken = br.filter((b) => b.count > 0).length;
          fc.branches.total += br.length;
          fc.branches.covered += taken;
          if (taken < br.length) fc.uncoveredBranches.push(`${name}:${l.line_number} (${taken} of ${br.length} branches taken)`);
        }
      }
      const existing = result.find((x) => x.file === name);
      if (!existing) result.push(fc);
    }
  }
  return result.sort((a, b) => a.file.localeCompare(b.file));
}

export function byModule(files: FileCoverage[]): ModuleCoverage[] {
  const mods: (ModuleName | 'shared')[] = [...MODULES, 'shared'];
  return mods.map((module) => {
    const fs = files.filter((f) => f.module === module);
    const lines = { total: 0, covered: 0 };
    const branches = { total: 0, covered: 0 };
    for (const f of fs) {
      lines.total += f.lines.total;
      lines.covered += f.lines.covered;
      branches.total += f.branches.total;
      branches.covered += f.branches.covered;
    }
    return {
      module,
      lines,
      branches,
      linePercent: lines.total ? (100 * lines.covered) / lines.total : 0,
      branchPercent: branches.total ? (100 * branches.covered) / branches.total : 0,
      uncoveredBranches: fs.flatMap((f) => f.uncoveredBranches),
    };
  });
}
