/**
 * Runs only the port's decision pipeline over the corpus, for `node --cpu-prof` (see
 * `npm run profile:port`), then prints the top self-time functions of the profile it finds.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIXTURES_DIR, bundledSources, decide, EngineError } from '../legacy-bridge/index.js';
import { PortedEngine } from '../ported/index.js';
import { parseRecord, toDecisionRequest } from '../differential/index.js';

const reqs = readFileSync(resolve(FIXTURES_DIR, 'corpus/sample.jsonl'), 'utf8').split('\n').filter(Boolean).slice(0, 20000).map((l, i) => toDecisionRequest(parseRecord(l, i + 1)));
const engine = PortedEngine.fromSources(bundledSources());
const t0 = performance.now();
for (let round = 0; round < 10; round++) {
  for (const r of reqs) {
    try {
      decide(engine, r);
    } catch (e) {
      if (!(e instanceof EngineError)) throw e;
    }
  }
}
console.log(`port pipeline: ${(((performance.now() - t0) * 1e6) / (reqs.length * 10)).toFixed(0)} ns/request`);
