import type { CategoryDb } from './category_db.js';
import type { Policy } from './policy.js';
import type { PhraseList } from './phrase_list.js';

/** The parsed engine state, mirroring `struct Engine` in legacy-bridge/engine/engine.h. */
export interface EngineState {
  db: CategoryDb;
  policy: Policy;
  phrases: PhraseList;
}
