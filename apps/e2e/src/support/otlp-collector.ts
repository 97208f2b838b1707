import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Attributes, type AttributeValue, type SpanContext, type SpanKind, type SpanStatusCode, TraceFlags } from '@opentelemetry/api';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-node';

/** OTLP/JSON's AnyValue, as the OTLP/HTTP exporter writes it. */
interface OtlpValue {
  readonly stringValue?: string;
  readonly boolValue?: boolean;
  readonly intValue?: number | string;
  readonly doubleValue?: number;
  readonly arrayValue?: { readonly values?: readonly OtlpValue[] };
}
interface OtlpKeyValue {
  readonly key: string;
  readonly value: OtlpValue;
}
interface OtlpSpan {
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId?: string;
  readonly name: string;
  readonly kind: number;
  readonly startTimeUnixNano: string;
  readonly endTimeUnixNano: string;
  readonly attributes?: readonly OtlpKeyValue[];
  readonly status?: { readonly code?: number; readonly message?: string };
}
interface OtlpTraces {
  readonly resourceSpans?: ReadonlyArray<{
    readonly resource?: { readonly attributes?: readonly OtlpKeyValue[] };
    readonly scopeSpans?: ReadonlyArray<{ readonly scope?: { readonly name: string; readonly version?: string }; readonly spans?: readonly OtlpSpan[] }>;
  }>;
}

function scalar(value: OtlpValue): string | number | boolean | undefined {
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.boolValue !== undefined) return value.boolValue;
  if (value.intValue !== undefined) return Number(value.intValue);
  return value.doubleValue;
}

function attributes(list: readonly OtlpKeyValue[] = []): Attributes {
  const result: Attributes = {};
  for (const { key, value } of list) {
    const converted: AttributeValue | undefined = value.arrayValue
      ? ((value.arrayValue.values ?? []).map(scalar).filter((item) => item !== undefined) as string[])
      : scalar(value);
    if (converted !== undefined) result[key] = converted;
  }
  return result;
}

const hrTime = (nanos: string): [number, number] => {
  const total = BigInt(nanos);
  return [Number(total / 1_000_000_000n), Number(total % 1_000_000_000n)];
};

const context = (traceId: string, spanId: string): SpanContext => ({ traceId, spanId, traceFlags: TraceFlags.SAMPLED, isRemote: false });

/** One OTLP/JSON span as the SDK's ReadableSpan, so the spans from other processes land in an InMemorySpanExporter. */
function readable(span: OtlpSpan, resource: Attributes, scope: { name: string; version?: string }): ReadableSpan {
  const startTime = hrTime(span.startTimeUnixNano);
  const endTime = hrTime(span.endTimeUnixNano);
  const nanos = BigInt(span.endTimeUnixNano) - BigInt(span.startTimeUnixNano);
  return {
    name: span.name,
    // OTLP numbers kinds from 1 (internal); the API from 0.
    kind: (span.kind - 1) as SpanKind,
    spanContext: () => context(span.traceId, span.spanId),
    ...(span.parentSpanId ? { parentSpanContext: context(span.traceId, span.parentSpanId) } : {}),
    startTime,
    endTime,
    duration: [Number(nanos / 1_000_000_000n), Number(nanos % 1_000_000_000n)],
    status: { code: (span.status?.code ?? 0) as SpanStatusCode, ...(span.status?.message ? { message: span.status.message } : {}) },
    attributes: attributes(span.attributes),
    links: [],
    events: [],
    ended: true,
    resource: resourceFromAttributes(resource),
    instrumentationScope: scope,
    droppedAttributesCount: 0,
    droppedEventsCount: 0,
    droppedLinksCount: 0,
  };
}

export interface OtlpCollector {
  /** What OTEL_EXPORTER_OTLP_ENDPOINT points at. */
  readonly endpoint: string;
  /** Every span any process sent so far. */
  readonly exporter: InMemorySpanExporter;
  stop(): Promise<void>;
}

/**
 * A stand-in OpenTelemetry collector: accepts OTLP/HTTP JSON on /v1/traces (what the API's exporter sends) and hands
 * the spans to an InMemorySpanExporter, so a test reads spans from several processes as if they were its own.
 */
export async function startOtlpCollector(): Promise<OtlpCollector> {
  const exporter = new InMemorySpanExporter();
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      if (request.method !== 'POST' || request.url !== '/v1/traces' || !request.headers['content-type']?.includes('json')) {
        response.writeHead(415).end();
        return;
      }
      const traces = JSON.parse(body) as OtlpTraces;
      const spans = (traces.resourceSpans ?? []).flatMap((resourceSpans) => {
        const resource = attributes(resourceSpans.resource?.attributes);
        return (resourceSpans.scopeSpans ?? []).flatMap((scopeSpans) => (scopeSpans.spans ?? []).map((span) => readable(span, resource, scopeSpans.scope ?? { name: 'unknown' })));
      });
      exporter.export(spans, () => undefined);
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    exporter,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
