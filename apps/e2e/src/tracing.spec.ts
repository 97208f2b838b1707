import { SpanKind } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-node';
import { allMigrationSets } from '@emporium/app-services';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { inject } from 'vitest';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { type OtlpCollector, startOtlpCollector } from './support/otlp-collector';

const SERVICE_TOKEN = 'tracing-e2e-service-token-0123456789abcdef';
const OTHER_SERVICES = 'catalog,cart,inventory,order,payment,shipping,user,worker';
const urlsOf = (url: string) => ({ CATALOG_URL: url, CART_URL: url, INVENTORY_URL: url, ORDER_URL: url, PAYMENT_URL: url, SHIPPING_URL: url, USER_URL: url });

const serviceOf = (span: ReadableSpan) => span.resource.attributes['service.name'];
const logLines = (api: ApiProcess) =>
  api
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('tracing across API processes', () => {
  let database: TestDatabase;
  let collector: OtlpCollector;
  let services: ApiProcess;
  let storefront: ApiProcess;

  beforeAll(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), allMigrationSets());
    collector = await startOtlpCollector();
    // Request logs are at info; spans are sent a tenth of a second after they end.
    const tracing = { OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint, OTEL_BSP_SCHEDULE_DELAY: '100', LOG_LEVEL: 'info' };
    services = await startApiProcess({ ...tracing, SERVICES: OTHER_SERVICES, SERVICE_TOKEN, DATABASE_URL: database.url });
    storefront = await startApiProcess({ ...tracing, SERVICES: 'storefront', SERVICE_TOKEN, DATABASE_URL: database.url, ...urlsOf(services.url) });
  });
  afterAll(async () => {
    await storefront?.stop();
    await services?.stop();
    await collector?.stop();
    await database?.destroy();
  });

  it('makes one trace of a storefront request and the call it makes to another process, and logs its trace id', async () => {
    const response = await fetch(`${storefront.url}/trpc/storefront.home`);
    expect(response.status).toBe(200);

    // The storefront's server span ends last; both processes export on their own schedule.
    const spans = () => collector.exporter.getFinishedSpans();
    const root = async () => {
      await expect.poll(() => spans().find((span) => span.kind === SpanKind.SERVER && span.name === 'GET /trpc/storefront.home')).toBeDefined();
      return spans().find((span) => span.kind === SpanKind.SERVER && span.name === 'GET /trpc/storefront.home')!;
    };
    const served = await root();
    const traceId = served.spanContext().traceId;
    const inTrace = () => spans().filter((span) => span.spanContext().traceId === traceId);
    await expect.poll(() => inTrace().some((span) => span.kind === SpanKind.SERVER && serviceOf(span) !== 'emporium-storefront')).toBe(true);

    const trace = inTrace();
    expect(serviceOf(served)).toBe('emporium-storefront');
    expect(served.resource.attributes['emporium.services']).toEqual(['storefront']);
    expect(served.parentSpanContext).toBeUndefined();

    // Caller: the fetch to the catalog's process, a child of the request it serves.
    const call = trace.find((span) => span.kind === SpanKind.CLIENT && span.name === 'GET /trpc/catalog.products.list');
    expect(call).toBeDefined();
    expect(serviceOf(call!)).toBe('emporium-storefront');
    expect(call!.parentSpanContext?.spanId).toBe(served.spanContext().spanId);

    // Callee: its server span continues the caller's trace, under the caller's client span (traceparent was sent).
    const callee = trace.find((span) => span.kind === SpanKind.SERVER && span.name === 'GET /trpc/catalog.products.list');
    expect(callee).toBeDefined();
    expect(serviceOf(callee!)).toBe(`emporium-${OTHER_SERVICES}`);
    expect(callee!.parentSpanContext?.spanId).toBe(call!.spanContext().spanId);
    expect(callee!.attributes['rpc.method']).toBe('catalog.products.list');

    // And the callee's queries, in the same trace, without their parameter values.
    const queries = trace.filter((span) => span.attributes['db.system.name'] === 'postgresql' && span.name.startsWith('pg.query'));
    expect(queries.length).toBeGreaterThan(0);
    expect(queries.every((span) => serviceOf(span) === `emporium-${OTHER_SERVICES}`)).toBe(true);
    expect(queries.some((span) => span.parentSpanContext?.spanId === callee!.spanContext().spanId)).toBe(true);
    expect(queries.every((span) => typeof span.attributes['db.query.text'] === 'string')).toBe(true);
    const parameterKeys = queries.flatMap((span) => Object.keys(span.attributes)).filter((key) => key.startsWith('db.query.parameter') || key === 'db.postgresql.values');
    expect(parameterKeys).toEqual([]);

    // Each process's request log line carries the trace id, beside the request id they share.
    const callerLine = logLines(storefront).find((line) => line['msg'] === 'request' && line['path'] === '/trpc/storefront.home');
    expect(callerLine).toMatchObject({ traceId, spanId: served.spanContext().spanId, requestId: expect.any(String) });
    const calleeLine = logLines(services).find((line) => line['msg'] === 'request' && line['path'] === '/trpc/catalog.products.list' && line['traceId'] === traceId);
    expect(calleeLine).toMatchObject({ spanId: callee!.spanContext().spanId, requestId: callerLine!['requestId'] });
  });

  it('traces neither probes nor scrapes', async () => {
    const before = collector.exporter.getFinishedSpans().length;
    for (const path of ['/healthz', '/readyz', '/metrics']) expect((await fetch(`${storefront.url}${path}`)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const after = collector.exporter.getFinishedSpans().slice(before);
    expect(after.filter((span) => span.kind === SpanKind.SERVER)).toEqual([]);
  });
});
