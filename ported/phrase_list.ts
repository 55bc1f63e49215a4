import { EngineError } from '../legacy-bridge/index.js';
import type { Bytes } from '../legacy-bridge/index.js';

/** Parsed phrase list (port of `struct PhraseList`). */
export interface PhraseList {
  entryCount: number;
}

/** @legacy phrase_list.cpp parse_phrase_list */
export function parsePhraseList(text: Bytes): PhraseList {
  void text;
  throw new EngineError('E_INTERNAL', 'phrase_list is not ported yet');
}
