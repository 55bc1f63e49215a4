export * from './types.js';
export * from './modules.js';
export * from './errors.js';
export * as bytes from './bytes.js';
export * from './pipeline.js';
