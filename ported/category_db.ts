import { EngineError } from '../legacy-bridge/index.js';
import type { Bytes } from '../legacy-bridge/index.js';

/** Parsed category database (port of `struct CategoryDb`). */
export interface CategoryDb {
  ruleCount: number;
  categoryCount: number;
}

/** @legacy category_db.cpp parse_category_db */
export function parseCategoryDb(text: Bytes): CategoryDb {
  void text;
  throw new EngineError('E_INTERNAL', 'category_db is not ported yet');
}
