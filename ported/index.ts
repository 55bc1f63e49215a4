export { PortedEngine } from './ported-engine.js';
export type { EngineState } from './state.js';
