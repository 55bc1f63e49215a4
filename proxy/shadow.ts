/**
 * Shadow mode: after the authoritative verdict has served the request, the other engine re-runs
 * each module call of the decision on the same input and the two are compared. Sampled and
 * bounded (a queue with a limit; drops are counted), processed in small slices off the request
 * path. Nothing here can change or fail what the client saw: every failure is caught and counted.
 */
import type { DecisionRequest, ModuleName } from '../legacy-bridge/index.js';
import { fromDecisionRequest, observe, run, type Outcome } from '../differential/index.js';
import { shadowOf, type EngineSet, type ModuleCall } from './engines.js';
import type { Metrics } from './metrics.js';
import type { RotatingJsonlWriter } from './recorder.js';

interface Job {
  set: EngineSet;
  req: DecisionRequest;
  calls: ModuleCall[];
}

export interface ShadowOptions {
  sampleRate: number;
  queueLimit: number;
  /**
   * Most of the process's time the comparisons may take (0..1, default 0.1): past it, jobs are
   * shed (counted) until the current one-second window ends, so a saturated proxy keeps its
   * throughput and an idle one compares everything.
   */
  cpuBudget?: number;
  /** Jobs processed per slice before yielding to the event loop. */
  sliceSize?: number;
}

export class Shadow {
  readonly #queue: Job[] = [];
  #scheduled = false;
  #idle: (() => void)[] = [];
  #windowStart = performance.now();
  #windowBusy = 0;
  mismatches = 0;

  constructor(
    readonly opts: ShadowOptions,
    readonly metrics: Metrics,
    readonly mismatchLog?: RotatingJsonlWriter,
    readonly onError: (e: unknown) => void = () => undefined,
    readonly random: () => number = Math.random,
  ) {}

  /** Offers a finished decision for comparison; never throws. */
  offer(set: EngineSet, req: DecisionRequest, calls: ModuleCall[]): void {
    try {
      if (this.opts.sampleRate < 1 && this.random() >= this.opts.sampleRate) {
        this.metrics.shadowSkipped.inc();
        return;
      }
      if (this.#queue.length >= this.opts.queueLimit) {
        this.metrics.shadowDropped.inc();
        return;
      }
      const now = performance.now();
      if (now - this.#windowStart >= 1000) {
        this.#windowStart = now;
        this.#windowBusy = 0;
      }
      const budget = this.opts.cpuBudget ?? 0.1;
      if (this.#windowBusy > budget * Math.max(100, now - this.#windowStart)) {
        this.metrics.shadowShed.inc();
        return;
      }
      this.#queue.push({ set, req, calls });
      this.metrics.shadowQueue.set(this.#queue.length);
      this.#schedule();
    } catch (e) {
      this.onError(e);
    }
  }

  get queued(): number {
    return this.#queue.length;
  }

  /** Resolves when the queue is empty (tests, graceful shutdown). */
  drain(): Promise<void> {
    if (this.#queue.length === 0 && !this.#scheduled) return Promise.resolve();
    return new Promise((r) => this.#idle.push(r));
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    setImmediate(() => this.#slice());
  }

  #slice(): void {
    const n = this.opts.sliceSize ?? 16;
    const t0 = performance.now();
    for (let i = 0; i < n && this.#queue.length; i++) {
      const job = this.#queue.shift()!;
      try {
        this.#compare(job);
      } catch (e) {
        this.onError(e);
      }
    }
    this.#windowBusy += performance.now() - t0;
    this.metrics.shadowQueue.set(this.#queue.length);
    this.#scheduled = false;
    if (this.#queue.length) this.#schedule();
    else this.#idle.splice(0).forEach((r) => r());
  }

  #compare(job: Job): void {
    for (const call of job.calls) {
      const module = call.module as ModuleName;
      const shadow = shadowOf(job.set, module);
      if (!shadow) continue;
      const control: Outcome<ModuleName> = call.error !== undefined ? { ok: false, error: { code: call.error, message: call.error } } : { ok: true, value: call.output as never };
      const candidate = run(shadow, module, call.input as never);
      if (!candidate.ok && control.ok) this.metrics.shadowErrors.inc({ module });
      const obs = observe(module, call.input as never, control, candidate);
      this.metrics.shadowCompared.inc({ module });
      if (obs.equal) continue;
      if (obs.divergence) {
        this.metrics.shadowDivergences.inc({ module, divergence: obs.divergence });
        continue;
      }
      this.mismatches++;
      this.metrics.shadowMismatches.inc({ module });
      const legacyIsControl = job.set.manifest.modules[module] === 'legacy';
      const rec = {
        ...fromDecisionRequest(job.req),
        mismatch: { module, input: call.input, legacy: legacyIsControl ? control : candidate, ported: legacyIsControl ? candidate : control },
      };
      this.mismatchLog?.write(JSON.stringify(rec));
    }
  }
}
