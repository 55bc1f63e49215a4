/**
 * A replay worker: builds both engines once, then compares every record of each batch it is
 * sent through the whole decision pipeline, module by module (the legacy engine's data flows
 * on, so each module is compared on the same input). Replies with a tally delta per batch.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { LegacyEngine, decide, readSources, EngineError, type EngineSources, type RuleEngine } from '../../legacy-bridge/index.js';
import { PortedEngine } from '../../ported/index.js';
import { comparingEngine } from '../comparing-engine.js';
import { emptyTally, record } from '../tally.js';
import { parseRecord, ReplayFormatError, toDecisionRequest } from './format.js';
import type { BatchReply, BatchRequest, WorkerInit } from './protocol.js';

const init = workerData as WorkerInit;
const sources = readSources(init.sources);
const legacy = LegacyEngine.fromSources(sources);
const ported: RuleEngine = init.candidate
  ? ((await import(pathToFileURL(init.candidate).href)) as { createCandidate(s: EngineSources): RuleEngine }).createCandidate(sources)
  : PortedEngine.fromSources(sources);

parentPort!.on('message', (batch: BatchRequest) => {
  const tally = emptyTally();
  const badLines: BatchReply['badLines'] = [];
  let requests = 0;
  const engine = comparingEngine(legacy, ported, (obs) => void record(tally, obs, 'replay'));
  for (let i = 0; i < batch.lines.length; i++) {
    const lineNo = batch.firstLine + i;
    const text = batch.lines[i]!;
    if (text.trim() === '') continue;
    try {
      const rec = parseRecord(text, lineNo);
      requests++;
      decide(engine, toDecisionRequest(rec));
    } catch (e) {
      if (e instanceof ReplayFormatError) badLines.push({ file: batch.file, line: lineNo, message: e.message });
      else if (!(e instanceof EngineError)) badLines.push({ file: batch.file, line: lineNo, message: `unexpected: ${String(e)}` });
      // An EngineError here is the control's (legacy) error for this request, e.g. an unknown
      // tenant: the candidate's agreement was already recorded by the comparing engine.
    }
  }
  const reply: BatchReply = { id: batch.id, requests, tally, badLines };
  parentPort!.postMessage(reply);
});
parentPort!.postMessage({ ready: true });
