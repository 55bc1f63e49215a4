import { describe, expect, it } from 'vitest';
import { bundledSources, decide, type DecisionRequest } from '../../legacy-bridge/index.js';
import { LegacyEngine } from '../../legacy-bridge/index.js';
import { PortedEngine } from '../../ported/index.js';
import { MODULES } from '../../legacy-bridge/index.js';
import { recordingMixedEngine, type EngineSet, type ModuleCall } from '../../proxy/engines.js';
import { createMetrics } from '../../proxy/metrics.js';
import { Shadow } from '../../proxy/shadow.js';

const sources = bundledSources();
const set: EngineSet = {
  legacy: LegacyEngine.fromSources(sources),
  ported: PortedEngine.fromSources(sources),
  manifest: { version: 1, modules: Object.fromEntries(MODULES.map((m) => [m, 'legacy'])) as EngineSet['manifest']['modules'] },
  loadedAt: 0,
};
const req: DecisionRequest = { method: 'GET', target: 'http://www.google.com/search?q=cats', headers: [], identity: { tenant: 'springfield', user: 'bart', groups: ['students'] }, timeMs: 1_795_532_400_000, bypassToken: '' };

function job(): ModuleCall[] {
  const calls: ModuleCall[] = [];
  decide(recordingMixedEngine(set, calls), req);
  return calls;
}

const value = async (m: ReturnType<typeof createMetrics>, name: string) => (await m.registry.getSingleMetric(name)!.get()).values.reduce((a, v) => a + v.value, 0);

describe('shadow queue', () => {
  it('compares every module call of a decision off the request path', async () => {
    const metrics = createMetrics();
    const shadow = new Shadow({ sampleRate: 1, queueLimit: 100, cpuBudget: 1 }, metrics);
    shadow.offer(set, req, job());
    expect(shadow.queued).toBe(1); // nothing ran synchronously
    await shadow.drain();
    expect(await value(metrics, 'filter_shadow_comparisons_total')).toBe(job().length);
    expect(await value(metrics, 'filter_shadow_mismatches_total')).toBe(0);
  });

  it('drops past the queue limit and counts the drops', async () => {
    const metrics = createMetrics();
    const shadow = new Shadow({ sampleRate: 1, queueLimit: 3, cpuBudget: 1 }, metrics);
    for (let i = 0; i < 10; i++) shadow.offer(set, req, job());
    expect(await value(metrics, 'filter_shadow_dropped_total')).toBe(7);
    await shadow.drain();
  });

  it('samples', async () => {
    const metrics = createMetrics();
    let n = 0;
    const shadow = new Shadow({ sampleRate: 0.5, queueLimit: 100, cpuBudget: 1 }, metrics, undefined, undefined, () => (n++ % 2 ? 0.9 : 0.1));
    for (let i = 0; i < 10; i++) shadow.offer(set, req, job());
    expect(await value(metrics, 'filter_shadow_skipped_total')).toBe(5);
    await shadow.drain();
  });

  it('sheds once comparisons use up their CPU budget', async () => {
    const metrics = createMetrics();
    const shadow = new Shadow({ sampleRate: 1, queueLimit: 10_000, cpuBudget: 0.0001 }, metrics);
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 20; i++) shadow.offer(set, req, job());
      await shadow.drain();
    }
    expect(await value(metrics, 'filter_shadow_shed_total')).toBeGreaterThan(0);
  });
});
