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
  /** A job attempt (or event delivery) that threw, by pg-boss queue; pg-boss retries it. */
  readonly jobsFailed: Counter<'queue'>;
  /** Orders created for a checkout (counted once, by the process that mounts the order service). */
  readonly ordersPlaced: Counter;
  /** Card authorisations that did not authorise, by a bounded reason (see PAYMENT_FAILURE_REASONS). */
  readonly paymentFailures: Counter<'reason'>;
  /** Stock reservations the expiry job released because their time ran out. */
  readonly reservationsExpired: Counter;
  /** Checkout attempts that came to an end: placed, refused (a typed refusal) or failed (undone after an error). */
  readonly checkouts: Counter<'outcome'>;
  /** Reports the pool's connection counts each time metrics are scraped. */
  observePool(pool: () => PoolStats): void;
  /**
   * Reports jobs waiting per queue each time metrics are scraped. Only processes that run the worker register it:
   * the read is one query, and one process's answer is the deployment's.
   */
  observeQueues(waiting: () => Promise<ReadonlyMap<string, number>>): void;
}

/** The `reason` label of `payment_failures_total`: the gateway's decline codes, and what went wrong around a call. */
export const PAYMENT_FAILURE_REASONS = [
  'card_declined',
  'insufficient_funds',
  'authentication_failed',
  'expired_card',
  'incorrect_cvc',
  'processing_error',
  'declined_other',
  'gateway_refused',
  'gateway_unavailable',
  'error',
] as const;
export type PaymentFailureReason = (typeof PAYMENT_FAILURE_REASONS)[number];

/** The `outcome` label of `checkouts_total`. */
export type CheckoutOutcome = 'placed' | 'refused' | 'failed';

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

  const jobsFailed = new Counter({
    name: 'jobs_failed_total',
    help: 'Job attempts and event deliveries that threw, by pg-boss queue (each is retried up to its retry limit)',
    labelNames: ['queue'] as const,
    registers: [registry],
  });
  const ordersPlaced = new Counter({ name: 'orders_placed_total', help: 'Orders created for a checkout', registers: [registry] });
  const paymentFailures = new Counter({
    name: 'payment_failures_total',
    help: 'Card authorisations that did not authorise: a decline (by decline code) or a failed call to the gateway',
    labelNames: ['reason'] as const,
    registers: [registry],
  });
  const reservationsExpired = new Counter({
    name: 'reservations_expired_total',
    help: 'Stock reservations released by the expiry job because their time ran out',
    registers: [registry],
  });
  const checkouts = new Counter({
    name: 'checkouts_total',
    help: 'Checkout attempts that ended: placed, refused (out of stock, price changed, card declined…) or failed (undone after an error or timeout)',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });

  // Every outcome and reason from the start, at zero: rates and ratios work before the first one happens.
  for (const outcome of ['placed', 'refused', 'failed'] satisfies CheckoutOutcome[]) checkouts.inc({ outcome }, 0);
  for (const reason of PAYMENT_FAILURE_REASONS) paymentFailures.inc({ reason }, 0);

  const queueReaders: Array<() => Promise<ReadonlyMap<string, number>>> = [];
  new Gauge({
    name: 'queue_jobs_waiting',
    help: 'Jobs due and waiting for a worker, by pg-boss queue (reported by processes that run the worker)',
    labelNames: ['queue'] as const,
    registers: [registry],
    async collect() {
      if (queueReaders.length === 0) return;
      // A failed read (the database is down) keeps the last counts rather than failing the whole scrape.
      const counts = await Promise.all(queueReaders.map((read) => read().catch(() => undefined)));
      if (counts.some((waiting) => waiting === undefined)) return;
      this.reset();
      for (const waiting of counts) for (const [queue, count] of waiting ?? []) this.inc({ queue }, count);
    },
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
    jobsFailed,
    ordersPlaced,
    paymentFailures,
    reservationsExpired,
    checkouts,
    observePool: (pool) => void pools.push(pool),
    observeQueues: (waiting) => void queueReaders.push(waiting),
  };
}
