import { createMetrics, PAYMENT_FAILURE_REASONS } from './metrics';

describe('createMetrics', () => {
  it('exposes procedure, HTTP, pool and runtime metrics in Prometheus text format', async () => {
    const metrics = createMetrics();
    metrics.observePool(() => ({ totalCount: 3, idleCount: 2, waitingCount: 0 }));
    metrics.procedureCalls.observe({ procedure: 'catalog.products.list', type: 'query', outcome: 'ok', transport: 'http' }, 0.004);
    const text = await metrics.registry.metrics();
    expect(text).toContain('trpc_procedure_duration_seconds_count{procedure="catalog.products.list",type="query",outcome="ok",transport="http"} 1');
    expect(text).toContain('db_pool_connections_total 3');
    expect(text).toContain('process_resident_memory_bytes');
  });

  it('keeps registries of two processes-in-one apart', async () => {
    const first = createMetrics();
    const second = createMetrics();
    first.eventsHandled.inc({ consumer: 'catalog', event: 'x', outcome: 'handled' });
    expect(await second.registry.metrics()).not.toContain('consumer="catalog"');
  });

  it('counts failed jobs, placed orders, payment failures, expired reservations and checkouts by outcome', async () => {
    const metrics = createMetrics();
    metrics.jobsFailed.inc({ queue: 'mail.deliver' });
    metrics.ordersPlaced.inc();
    metrics.paymentFailures.inc({ reason: 'insufficient_funds' });
    metrics.reservationsExpired.inc(3);
    metrics.checkouts.inc({ outcome: 'refused' });
    const text = await metrics.registry.metrics();
    expect(text).toContain('jobs_failed_total{queue="mail.deliver"} 1');
    expect(text).toContain('orders_placed_total 1');
    expect(text).toContain('payment_failures_total{reason="insufficient_funds"} 1');
    expect(text).toContain('reservations_expired_total 3');
    expect(text).toContain('checkouts_total{outcome="refused"} 1');
  });

  it('shows every checkout outcome and payment failure reason from the start, at zero', async () => {
    const text = await createMetrics().registry.metrics();
    for (const outcome of ['placed', 'refused', 'failed']) expect(text).toContain(`checkouts_total{outcome="${outcome}"} 0`);
    for (const reason of PAYMENT_FAILURE_REASONS) expect(text).toContain(`payment_failures_total{reason="${reason}"} 0`);
  });

  it('reads the waiting jobs per queue when scraped, and keeps the last counts when a read fails', async () => {
    const metrics = createMetrics();
    expect(await metrics.registry.metrics()).not.toMatch(/^queue_jobs_waiting\{/m);
    let answer: () => Promise<ReadonlyMap<string, number>> = async () => new Map([['mail.deliver', 4], ['inventory.expire-reservations', 0]]);
    let reads = 0;
    metrics.observeQueues(() => {
      reads += 1;
      return answer();
    });
    expect(reads).toBe(0);
    let text = await metrics.registry.metrics();
    expect(reads).toBe(1);
    expect(text).toContain('queue_jobs_waiting{queue="mail.deliver"} 4');
    expect(text).toContain('queue_jobs_waiting{queue="inventory.expire-reservations"} 0');

    answer = () => Promise.reject(new Error('database down'));
    text = await metrics.registry.metrics();
    expect(text).toContain('queue_jobs_waiting{queue="mail.deliver"} 4');

    answer = async () => new Map([['inventory.expire-reservations', 1]]);
    text = await metrics.registry.metrics();
    expect(text).toContain('queue_jobs_waiting{queue="inventory.expire-reservations"} 1');
    expect(text).not.toContain('queue="mail.deliver"');
  });
});
