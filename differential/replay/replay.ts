/**
 * Replays recorded decision inputs through both engines in worker threads across all cores.
 * Sharding: with `shard {index, count}`, this run takes the records whose global index (over
 * all files, counting non-empty lines) is congruent to index modulo count, so N jobs with the
 * same files and count cover the corpus exactly once.
 */
import { createReadStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { Worker } from 'node:worker_threads';
import { emptyTally, merge, type Tally } from '../tally.js';
import type { BatchReply, BatchRequest, WorkerInit } from './protocol.js';

export interface Shard {
  index: number;
  count: number;
}

export class ShardSpecError extends Error {
  readonly code = 'E_SHARD_SPEC';
}

/** Parses `i/N` (0-based i < N). */
export function parseShard(spec: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  if (!m) throw new ShardSpecError(`--shard must look like i/N, got ${JSON.stringify(spec)}`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index >= count) throw new ShardSpecError(`--shard ${spec}: need 0 <= i < N`);
  return { index, count };
}

export interface ReplayOptions {
  files: string[];
  sources: WorkerInit['sources'];
  /** See WorkerInit.candidate. */
  candidate?: string;
  shard?: Shard;
  workers?: number;
  batchSize?: number;
  /** Stop after this many records (of this shard). */
  limit?: number;
  onProgress?: (records: number) => void;
}

export interface ReplayResult {
  records: number;
  tally: Tally;
  badLines: BatchReply['badLines'];
  seconds: number;
  perSecond: number;
  workers: number;
}

interface PoolWorker {
  worker: Worker;
  inFlight: number;
}

function startWorker(init: WorkerInit): Promise<PoolWorker> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: init });
    const onMessage = (m: unknown) => {
      if (m && typeof m === 'object' && 'ready' in m) {
        worker.off('message', onMessage);
        worker.off('error', reject);
        resolve({ worker, inFlight: 0 });
      }
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
  });
}

/** Counts the records a replay will visit (for progress bars), honouring shard and limit. */
export async function countRecords(files: string[], shard?: Shard, limit?: number): Promise<number> {
  let index = 0;
  let taken = 0;
  for (const file of files) {
    const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
    for await (const line of rl) {
      if (line.trim() === '') continue;
      if (!shard || index % shard.count === shard.index) taken++;
      index++;
      if (limit !== undefined && taken >= limit) return taken;
    }
  }
  return taken;
}

export async function replay(opts: ReplayOptions): Promise<ReplayResult> {
  const started = performance.now();
  const nWorkers = Math.max(1, opts.workers ?? availableParallelism());
  const batchSize = opts.batchSize ?? 500;
  const pool = await Promise.all(Array.from({ length: nWorkers }, () => startWorker({ sources: opts.sources, candidate: opts.candidate })));
  const tally = emptyTally();
  const badLines: BatchReply['badLines'] = [];
  let records = 0;
  let nextId = 0;
  let failure: Error | undefined;
  const waiters: (() => void)[] = [];

  for (const pw of pool) {
    pw.worker.on('message', (reply: BatchReply) => {
      pw.inFlight--;
      merge(tally, reply.tally);
      badLines.push(...reply.badLines);
      records += reply.requests;
      opts.onProgress?.(records);
      waiters.shift()?.();
    });
    pw.worker.on('error', (e) => {
      failure = e;
      waiters.splice(0).forEach((w) => w());
    });
  }

  const MAX_IN_FLIGHT = 3;
  const send = async (batch: BatchRequest) => {
    for (;;) {
      if (failure) throw failure;
      const free = pool.reduce<PoolWorker | undefined>((best, w) => (w.inFlight < MAX_IN_FLIGHT && (!best || w.inFlight < best.inFlight) ? w : best), undefined);
      if (free) {
        free.inFlight++;
        free.worker.postMessage(batch);
        return;
      }
      await new Promise<void>((r) => waiters.push(r));
    }
  };

  try {
    let index = 0;
    let taken = 0;
    outer: for (const file of opts.files) {
      const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
      let lineNo = 0;
      let batch: BatchRequest = { id: nextId++, file, firstLine: 1, lines: [] };
      // Lines a shard skips are sent as empty strings so line numbers stay exact.
      for await (const line of rl) {
        lineNo++;
        if (batch.lines.length === 0) batch.firstLine = lineNo;
        let take = false;
        if (line.trim() !== '') {
          take = !opts.shard || index % opts.shard.count === opts.shard.index;
          index++;
        }
        batch.lines.push(take ? line : '');
        if (take) taken++;
        if (batch.lines.length >= batchSize) {
          await send(batch);
          batch = { id: nextId++, file, firstLine: lineNo + 1, lines: [] };
        }
        if (opts.limit !== undefined && taken >= opts.limit) {
          rl.close();
          if (batch.lines.length) await send(batch);
          break outer;
        }
      }
      if (batch.lines.length) await send(batch);
    }
    while (pool.some((w) => w.inFlight > 0)) {
      if (failure) throw failure;
      await new Promise<void>((r) => waiters.push(r));
    }
  } finally {
    await Promise.all(pool.map((w) => w.worker.terminate()));
  }
  const seconds = (performance.now() - started) / 1000;
  return { records, tally, badLines, seconds, perSecond: records / seconds, workers: nWorkers };
}
