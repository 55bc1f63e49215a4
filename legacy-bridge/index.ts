export * from './contract/index.js';
export { LegacyEngine } from './legacy-engine.js';
export { bundledSources, readSources, FIXTURES_DIR } from './fixtures.js';
