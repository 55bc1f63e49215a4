/** Prometheus metrics of the proxy (served at /metrics). */
import { Counter, Histogram, Gauge, Registry, collectDefaultMetrics } from 'prom-client';

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    requests: new Counter({ name: 'filter_requests_total', help: 'Requests decided, by kind and action', labelNames: ['kind', 'action'] as const, registers: [registry] }),
    decisionSeconds: new Histogram({ name: 'filter_decision_seconds', help: 'Time to decide a request (authoritative engines)', buckets: [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05], registers: [registry] }),
    shadowCompared: new Counter({ name: 'filter_shadow_comparisons_total', help: 'Module calls compared in shadow mode', labelNames: ['module'] as const, registers: [registry] }),
    shadowMismatches: new Counter({ name: 'filter_shadow_mismatches_total', help: 'Shadow comparisons whose outputs differed', labelNames: ['module'] as const, registers: [registry] }),
    shadowDivergences: new Counter({ name: 'filter_shadow_divergences_total', help: 'Differences explained by a declared known divergence', labelNames: ['module', 'divergence'] as const, registers: [registry] }),
    shadowDropped: new Counter({ name: 'filter_shadow_dropped_total', help: 'Shadow jobs dropped because the queue was full', registers: [registry] }),
    shadowShed: new Counter({ name: 'filter_shadow_shed_total', help: 'Shadow jobs shed because comparisons reached their CPU budget', registers: [registry] }),
    shadowSkipped: new Counter({ name: 'filter_shadow_skipped_total', help: 'Requests not sampled for shadow comparison', registers: [registry] }),
    shadowErrors: new Counter({ name: 'filter_shadow_errors_total', help: 'Shadow engine failures (never visible to clients)', labelNames: ['module'] as const, registers: [registry] }),
    shadowQueue: new Gauge({ name: 'filter_shadow_queue_length', help: 'Shadow jobs waiting', registers: [registry] }),
    recorded: new Counter({ name: 'filter_recorded_total', help: 'Decision inputs written to the recording', registers: [registry] }),
    recordDropped: new Counter({ name: 'filter_record_dropped_total', help: 'Decision inputs not recorded because the writer was behind', registers: [registry] }),
    upstreamErrors: new Counter({ name: 'filter_upstream_errors_total', help: 'Upstream failures by code', labelNames: ['code'] as const, registers: [registry] }),
    rejected: new Counter({ name: 'filter_rejected_total', help: 'Requests rejected before a decision, by code', labelNames: ['code'] as const, registers: [registry] }),
    reloads: new Counter({ name: 'filter_reloads_total', help: 'Reloads of manifest and fixtures', labelNames: ['result'] as const, registers: [registry] }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
