import type * as NodeHttp from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { InMemorySpanExporter, NodeTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { createLogger, installTraceHooks, traceHooks } from '@emporium/platform-observability';
import { emporiumInstrumentations } from './instrumentations';
import { otelTraceHooks } from './otel-trace-hooks';

/** Log lines a logger wrote, parsed. */
function logSink() {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, destination };
}

describe('tracing in one process (spans in memory)', () => {
  const exporter = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  let stopInstrumenting: () => void;
  let http: typeof NodeHttp;

  beforeAll(() => {
    provider.register();
    stopInstrumenting = registerInstrumentations({ instrumentations: emporiumInstrumentations(), tracerProvider: provider });
    // Required after the instrumentations are enabled, so the http server is patched (the built API gets the same
    // from the loader hook the launcher registers before it imports the server).
    http = createRequire(import.meta.url)('node:http') as typeof NodeHttp;
    installTraceHooks(otelTraceHooks(provider.getTracer('test')));
  });
  afterEach(() => exporter.reset());
  afterAll(async () => {
    installTraceHooks(undefined);
    stopInstrumenting();
    await provider.shutdown();
    trace.disable();
    context.disable();
    propagation.disable();
  });

  it('continues the caller’s trace in the server a fetch calls: the server span’s parent is the client span', async () => {
    const sink = logSink();
    const logger = createLogger({ level: 'info', destination: sink.destination });
    const server = http.createServer((request, response) => {
      logger.child({ requestId: 'req-1' }).info({ path: request.url }, 'request');
      response.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      await provider.getTracer('test').startActiveSpan('checkout', async (root) => {
        await (await fetch(`${url}/trpc/storefront.checkout.place?batch=1`, { method: 'POST', body: '{}' })).text();
        root.end();
      });
      await (await fetch(`${url}/healthz`)).text();
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }

    const spans = exporter.getFinishedSpans();
    const root = spans.find((span) => span.name === 'checkout')!;
    const client = spans.find((span) => span.kind === SpanKind.CLIENT && span.name === 'POST /trpc/storefront.checkout.place');
    const served = spans.find((span) => span.kind === SpanKind.SERVER && span.name === 'POST /trpc/storefront.checkout.place');
    expect(client).toBeDefined();
    expect(served).toBeDefined();
    expect(new Set([root, client, served].map((span) => span!.spanContext().traceId)).size).toBe(1);
    expect(client!.parentSpanContext?.spanId).toBe(root.spanContext().spanId);
    expect(served!.parentSpanContext?.spanId).toBe(client!.spanContext().spanId);
    expect(served!.attributes['rpc.method']).toBe('storefront.checkout.place');
    // The probe made no span at all, on either side but the client's own.
    expect(spans.filter((span) => span.kind === SpanKind.SERVER)).toHaveLength(1);

    // The server's log line carries its span's ids, beside the request id.
    const line = sink.lines.find((entry) => entry['msg'] === 'request' && entry['path'] === '/trpc/storefront.checkout.place?batch=1');
    expect(line).toMatchObject({ requestId: 'req-1', traceId: served!.spanContext().traceId, spanId: served!.spanContext().spanId });
  });

  it('logs no trace ids outside a span, and lines stay independent of each other', () => {
    const sink = logSink();
    const logger = createLogger({ level: 'info', destination: sink.destination });
    logger.info({ first: true }, 'one');
    logger.info('two');
    expect(sink.lines[0]).not.toHaveProperty('traceId');
    expect(sink.lines[1]).not.toHaveProperty('first');
  });

  it('runs a job in a consumer span of its own, its failure recorded', async () => {
    const hooks = traceHooks()!;
    await hooks.inSpan('job inventory.expire-reservations', { 'messaging.destination.name': 'inventory.expire-reservations' }, async () => undefined);
    await expect(hooks.inSpan('job mail.deliver', {}, () => Promise.reject(new Error('smtp down')))).rejects.toThrow('smtp down');
    const [done, failed] = exporter.getFinishedSpans();
    expect(done).toMatchObject({ name: 'job inventory.expire-reservations', kind: SpanKind.CONSUMER, attributes: { 'messaging.destination.name': 'inventory.expire-reservations' } });
    expect(failed?.status).toEqual({ code: SpanStatusCode.ERROR, message: 'smtp down' });
  });
});

describe('logging without tracing', () => {
  it('adds no trace fields (and no mixin) when no hooks are installed', () => {
    const sink = logSink();
    createLogger({ level: 'info', destination: sink.destination }).info('plain');
    expect(Object.keys(sink.lines[0]!).sort()).toEqual(['level', 'msg', 'name', 'pid', 'time']);
  });
});
