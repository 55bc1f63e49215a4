import { EngineError } from '../legacy-bridge/index.js';
import type { Bytes } from '../legacy-bridge/index.js';

/** Parsed policy (port of `struct Policy`). */
export interface Policy {
  tenantCount: number;
}

/** @legacy policy.cpp parse_policy */
export function parsePolicy(text: Bytes): Policy {
  void text;
  throw new EngineError('E_INTERNAL', 'policy is not ported yet');
}
