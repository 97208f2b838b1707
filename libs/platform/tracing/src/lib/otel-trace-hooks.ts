import { isSpanContextValid, SpanKind, SpanStatusCode, trace, type Tracer } from '@opentelemetry/api';
import type { TraceHooks } from '@emporium/platform-observability/trace-hooks';

/** The trace hooks on top of `@opentelemetry/api` and whatever tracer provider is registered globally. */
export function otelTraceHooks(tracer: Tracer = trace.getTracer('emporium')): TraceHooks {
  return {
    // A new object every time: pino merges the line's own fields into what its mixin returns.
    logFields(): Record<string, string> {
      const context = trace.getActiveSpan()?.spanContext();
      return context && isSpanContextValid(context) ? { traceId: context.traceId, spanId: context.spanId } : {};
    },
    inSpan(name, attributes, work) {
      return tracer.startActiveSpan(name, { kind: SpanKind.CONSUMER, attributes }, async (span) => {
        try {
          return await work();
        } catch (error) {
          span.recordException(error instanceof Error ? error : String(error));
          span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
          throw error;
        } finally {
          span.end();
        }
      });
    },
  };
}
