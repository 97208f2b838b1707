import { createMetrics } from './metrics';

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
});
