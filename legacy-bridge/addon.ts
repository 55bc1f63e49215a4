import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EngineError, isErrorCode, type ErrorSource } from './contract/errors.js';
import type { EngineStats, ModuleIO, ModuleName } from './contract/types.js';

/** The shape of the native engine object (see addon/binding.cpp). */
export type NativeEngine = {
  [M in ModuleName]: (input: ModuleIO[M]['input']) => ModuleIO[M]['output'];
} & { stats(): EngineStats };


interface AddonExports {
  initialize(errorClass: new (code: string, message: string, source: string, line: number) => Error): void;
  Engine: new (categories: string, policy: string, phrases: string) => NativeEngine;
  errorCodes: string[];
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Builds the EngineError for a failure the addon reports. */
class NativeEngineError extends EngineError {
  constructor(code: string, message: string, source: string, line: number) {
    super(isErrorCode(code) ? code : 'E_INTERNAL', message, source as ErrorSource, line);
  }
}

let loaded: AddonExports | undefined;

/** Loads the addon once; the error class is handed to it so native failures are EngineErrors. */
export function loadAddon(): AddonExports {
  if (loaded) return loaded;
  const path = process.env.LEGACY_FILTER_ADDON ?? resolve(ROOT, 'build/Release/legacy_filter.node');
  if (!existsSync(path)) {
    throw new EngineError('E_INTERNAL', `the oracle addon is not built (${path}); run npm run build:addon`);
  }
  const require = createRequire(import.meta.url);
  const addon = require(path) as AddonExports;
  addon.initialize(NativeEngineError);
  loaded = addon;
  return addon;
}
