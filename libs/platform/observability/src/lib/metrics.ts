import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export interface PoolStats {
  readonly totalCount: number;
  readonly idleCount: number;
  readonly waitingCount: number;
}

/** The process's Prometheus metrics. One registry per process (tests start several apps in one Node process). */
export interface Metrics {
  readonly registry: Registry;
  readonly httpRequests: Histogram<'method' | 'route' | 'status'>;
  readonly procedureCalls: Histogram<'procedure' | 'type' | 'outcome' | 'transport'>;
  readonly eventsHandled: Counter<'consumer' | 'event' | 'outcome'>;
  /** Reports the pool's connection counts each time metrics are scraped. */
  observePool(pool: () => PoolStats): void;
}

const DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createMetrics(options: { defaultLabels?: Record<string, string> } = {}): Metrics {
  const registry = new Registry();
  if (options.defaultLabels) registry.setDefaultLabels(options.defaultLabels);
  collectDefaultMetrics({ register: registry });

  const httpRequests = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP requests by method, route and status code',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const procedureCalls = new Histogram({
    name: 'trpc_procedure_duration_seconds',
    help: 'tRPC procedure calls by procedure, type, outcome (ok or the error code) and transport (http or local)',
    labelNames: ['procedure', 'type', 'outcome', 'transport'] as const,
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const eventsHandled = new Counter({
    name: 'events_handled_total',
    help: 'Domain events handled by consumer, event type and outcome (handled, duplicate, failed)',
    labelNames: ['consumer', 'event', 'outcome'] as const,
    registers: [registry],
  });

  const pools: Array<() => PoolStats> = [];
  const read = (key: keyof PoolStats) => pools.reduce((sum, stats) => sum + stats()[key], 0);
  const poolGauge = (name: string, help: string, key: keyof PoolStats) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(read(key));
      },
    });
  poolGauge('db_pool_connections_total', 'Connections open in the PostgreSQL pool', 'totalCount');
  poolGauge('db_pool_connections_idle', 'Idle connections in the PostgreSQL pool', 'idleCount');
  poolGauge('db_pool_requests_waiting', 'Queries waiting for a pooled connection', 'waitingCount');

  return {
    registry,
    httpRequests,
    procedureCalls,
    eventsHandled,
    observePool: (pool) => void pools.push(pool),
  };
}
