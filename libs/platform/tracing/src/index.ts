/**
 * OpenTelemetry tracing for an API process: a library of its own, imported (dynamically) only when an OTLP endpoint
 * is configured, so a process without one loads none of it. It must run before `pg`, `node:http` and the
 * HTTP server are first imported — apps/api's launcher (main.ts) calls it and only then imports the server.
 */
import { register } from 'node:module';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { createAddHookMessageChannel } from 'import-in-the-middle';
// The narrow entry point: the barrel would load pino and prom-client before the instrumentation is in place.
import { installTraceHooks } from '@emporium/platform-observability/trace-hooks';
import { emporiumInstrumentations } from './lib/instrumentations';
import { otelTraceHooks } from './lib/otel-trace-hooks';

export { emporiumInstrumentations } from './lib/instrumentations';
export { otelTraceHooks } from './lib/otel-trace-hooks';
export { type HttpSpanNaming, isUntracedPath, trpcProcedures, trpcSpanNaming } from './lib/span-names';

export interface TracingSettings {
  /** `service.name` of every span this process exports. */
  readonly serviceName: string;
  /** What the process mounts (SERVICES), as the resource attribute `emporium.services`. */
  readonly services: readonly string[];
}

export interface Tracing {
  /** Exports what is still buffered and stops; call before the process exits. */
  shutdown(): Promise<void>;
}

/**
 * Starts the SDK with `emporiumInstrumentations()` (incoming HTTP, outgoing fetch and node:http, pg), the spans
 * batched to OTEL_EXPORTER_OTLP_ENDPOINT over OTLP/HTTP (JSON). The standard OTEL_* variables (sampler, batch delay,
 * headers, resource attributes) work as the SDK documents them. Traces only: metrics stay with Prometheus, logs on
 * stdout (with the trace ids: the hooks installed here give every logger made afterwards its mixin).
 */
export async function startTracing(settings: TracingSettings): Promise<Tracing> {
  // ES modules are patched by import-in-the-middle's loader hook, registered before anything instrumented is imported.
  // Only the modules an instrumentation asks for go through it (the message channel tells the loader which).
  const { registerOptions, waitForAllMessagesAcknowledged } = createAddHookMessageChannel();
  register('import-in-the-middle/hook.mjs', import.meta.url, registerOptions);

  const sdk = new NodeSDK({
    serviceName: settings.serviceName,
    resource: resourceFromAttributes({ 'service.namespace': 'emporium', 'emporium.services': [...settings.services] }),
    traceExporter: new OTLPTraceExporter(),
    // NodeSDK would otherwise also push OTLP metrics and logs to the same endpoint.
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: emporiumInstrumentations(),
  });
  sdk.start();
  await waitForAllMessagesAcknowledged();
  installTraceHooks(otelTraceHooks());

  let stopped: Promise<void> | undefined;
  return {
    shutdown: () =>
      (stopped ??= sdk.shutdown().catch((error: unknown) => {
        process.stderr.write(`Tracing did not shut down cleanly: ${error instanceof Error ? error.message : String(error)}\n`);
      })),
  };
}
