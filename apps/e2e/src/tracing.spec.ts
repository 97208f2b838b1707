import { SpanKind } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-node';
import { allMigrationSets } from '@emporium/app-services';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { startTestGateway, type TestGateway, TEST_TOKENS } from '@emporium/test-gateway';
import { sql } from 'kysely';
import { inject } from 'vitest';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { Shopper } from './support/checkout-shopper';
import { type OtlpCollector, startOtlpCollector } from './support/otlp-collector';

const SERVICE_TOKEN = 'tracing-e2e-service-token-0123456789abcdef';
const KEYS = { secretKey: 'sk_test_e2e_tracing', publishableKey: 'pk_test_e2e_tracing', webhookSecret: 'whsec_test_e2e_tracing' };
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
  let gateway: TestGateway;
  let services: ApiProcess;
  let storefront: ApiProcess;

  beforeAll(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), allMigrationSets());
    collector = await startOtlpCollector();
    gateway = await startTestGateway({ secretKey: KEYS.secretKey, publishableKey: KEYS.publishableKey, port: 0 });
    const common = {
      // Request logs are at info; spans are sent a tenth of a second after they end.
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint,
      OTEL_BSP_SCHEDULE_DELAY: '100',
      LOG_LEVEL: 'info',
      SERVICE_TOKEN,
      DATABASE_URL: database.url,
      TEST_GATEWAY_URL: gateway.url,
      TEST_GATEWAY_SECRET_KEY: KEYS.secretKey,
      TEST_GATEWAY_PUBLISHABLE_KEY: KEYS.publishableKey,
      TEST_GATEWAY_WEBHOOK_SECRET: KEYS.webhookSecret,
    };
    services = await startApiProcess({ ...common, SERVICES: OTHER_SERVICES });
    storefront = await startApiProcess({ ...common, SERVICES: 'storefront', ...urlsOf(services.url) });
  });
  afterAll(async () => {
    await storefront?.stop();
    await services?.stop();
    await gateway?.close();
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

  it('makes one trace of a browser call the storefront passes on to the process that owns it (the edge)', async () => {
    const path = `/trpc/catalog.products.list?input=${encodeURIComponent(JSON.stringify({ limit: 3 }))}`;
    expect((await fetch(`${storefront.url}${path}`, { headers: { 'x-request-id': 'edge-trace-0001' } })).status).toBe(200);

    const spans = () => collector.exporter.getFinishedSpans();
    const isEdge = (span: ReadableSpan) => span.kind === SpanKind.SERVER && serviceOf(span) === 'emporium-storefront' && span.name === 'GET /trpc/catalog.products.list';
    await expect.poll(() => spans().some(isEdge)).toBe(true);
    const edge = spans().find(isEdge)!;
    const traceId = edge.spanContext().traceId;
    const isOwner = (span: ReadableSpan) => span.kind === SpanKind.SERVER && span.spanContext().traceId === traceId && serviceOf(span) === `emporium-${OTHER_SERVICES}`;
    await expect.poll(() => spans().some(isOwner)).toBe(true);
    const owner = spans().find(isOwner)!;
    // The owner's server span hangs under the edge's outgoing call, which hangs under the edge's server span.
    const passedOn = spans().find((span) => span.spanContext().spanId === owner.parentSpanContext?.spanId);
    expect(passedOn?.kind).toBe(SpanKind.CLIENT);
    expect(serviceOf(passedOn!)).toBe('emporium-storefront');
    expect(passedOn!.parentSpanContext?.spanId).toBe(edge.spanContext().spanId);
    expect(owner.attributes['rpc.method']).toBe('catalog.products.list');
  });

  it('makes one trace of a whole checkout: every service it calls in the other process, and their queries, under the storefront request', async () => {
    const seeder = new Shopper(services.url);
    await expect.poll(async () => (await seeder.ok<{ unknown: string[] }>('query', 'inventory.availability', { skus: ['STONEWARE-MUG'] })).unknown, { timeout: 20_000 }).toEqual([]);
    await sql`UPDATE inventory.stock_level SET on_hand = 100 WHERE item_id = (SELECT id FROM inventory.item WHERE sku = 'STONEWARE-MUG')`.execute(database.db);
    const shopper = new Shopper((path) => (path.startsWith('storefront.') ? storefront.url : services.url));
    const ready = await shopper.readyToPlace([{ sku: 'STONEWARE-MUG', quantity: 1 }]);
    const placed = await shopper.ok<{ status: string }>('mutation', 'storefront.checkout.place', { ...ready, paymentMethod: TEST_TOKENS.success });
    expect(placed.status).toBe('placed');

    const spans = () => collector.exporter.getFinishedSpans();
    const isPlace = (span: ReadableSpan) => span.kind === SpanKind.SERVER && span.name === 'POST /trpc/storefront.checkout.place';
    await expect.poll(() => spans().some(isPlace)).toBe(true);
    const served = spans().find(isPlace)!;
    const traceId = served.spanContext().traceId;
    const calleeServers = () => spans().filter((span) => span.spanContext().traceId === traceId && span.kind === SpanKind.SERVER && span !== served);
    // The checkout calls the cart, shipping (rates), inventory, payment and order services, all in the other process.
    await expect
      .poll(() => [...new Set(calleeServers().map((span) => String(span.attributes['rpc.method']).split('.')[0]))])
      .toEqual(expect.arrayContaining(['cart', 'inventory', 'payment', 'order']));

    const trace = spans().filter((span) => span.spanContext().traceId === traceId);
    const byId = new Map(trace.map((span) => [span.spanContext().spanId, span]));
    for (const callee of calleeServers()) {
      expect(serviceOf(callee)).toBe(`emporium-${OTHER_SERVICES}`);
      // Each one's parent is a fetch the storefront made while serving the place request.
      const caller = byId.get(callee.parentSpanContext?.spanId ?? '');
      expect(caller?.kind).toBe(SpanKind.CLIENT);
      expect(serviceOf(caller!)).toBe('emporium-storefront');
    }
    // Queries on both sides (the storefront stores the attempt; the services their rows), and the payment service's
    // call to the gateway, all in the one trace.
    const queriesBy = (service: string) => trace.filter((span) => span.name.startsWith('pg.query') && serviceOf(span) === service).length;
    expect(queriesBy('emporium-storefront')).toBeGreaterThan(0);
    expect(queriesBy(`emporium-${OTHER_SERVICES}`)).toBeGreaterThan(0);
    const gatewayPort = new URL(gateway.url).port;
    expect(trace.some((span) => span.kind === SpanKind.CLIENT && serviceOf(span) === `emporium-${OTHER_SERVICES}` && String(span.attributes['url.full'] ?? '').includes(`:${gatewayPort}/`))).toBe(true);
  });

  it('traces neither probes nor scrapes', async () => {
    const before = collector.exporter.getFinishedSpans().length;
    for (const path of ['/healthz', '/readyz', '/metrics']) expect((await fetch(`${storefront.url}${path}`)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const after = collector.exporter.getFinishedSpans().slice(before);
    expect(after.filter((span) => span.kind === SpanKind.SERVER)).toEqual([]);
  });
});
