import type { Instrumentation } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { isUntracedPath, trpcSpanNaming } from './span-names';

/**
 * What an API process traces: incoming HTTP requests (not probes and scrapes), outgoing `fetch` — which also sends
 * `traceparent`, so the callee's server span continues the caller's trace — and `node:http`, and `pg` queries.
 * tRPC calls are named after their procedures on both sides.
 */
export function emporiumInstrumentations(): Instrumentation[] {
  return [
    new HttpInstrumentation({
      ignoreIncomingRequestHook: (request) => isUntracedPath(request.url),
      requestHook: (span, request) => {
        // Incoming requests only (an IncomingMessage has a url and no setHeader): outgoing ones keep their names.
        if ('setHeader' in request || !request.url) return;
        const naming = trpcSpanNaming(request.method ?? 'GET', request.url);
        if (naming) span.updateName(naming.name).setAttributes(naming.attributes);
      },
    }),
    new UndiciInstrumentation({
      requestHook: (span, request) => {
        const naming = trpcSpanNaming(request.method, request.path);
        if (naming) span.updateName(naming.name).setAttributes(naming.attributes);
      },
    }),
    // Only queries inside a traced request or job: pg-boss polls every queue twice a second, which alone would be
    // most of the spans. Statements are recorded without their parameter values (they hold personal data).
    new PgInstrumentation({ requireParentSpan: true, enhancedDatabaseReporting: false }),
  ];
}
