import { EngineError } from '../legacy-bridge/index.js';
import type { UrlCanonInput, UrlCanonOutput } from '../legacy-bridge/index.js';


/** @legacy url_canon.cpp url_canon */
export function url_canon(input: UrlCanonInput): UrlCanonOutput {
  
  void input;
  throw new EngineError('E_INTERNAL', 'url_canon is not ported yet');
}
