import { LegacyEngine, type EngineSources } from '../../legacy-bridge/index.js';
import { PortedEngine } from '../../ported/index.js';
import type { EngineFactory } from './harness.js';

export const legacyFactory: EngineFactory = (s: EngineSources) => LegacyEngine.fromSources(s);
export const portedFactory: EngineFactory = (s: EngineSources) => PortedEngine.fromSources(s);
