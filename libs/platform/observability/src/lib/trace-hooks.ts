/**
 * What the rest of the code asks of tracing, without depending on OpenTelemetry. `startTracing` (in
 * `@emporium/platform-tracing`, loaded only when an OTLP endpoint is configured) installs the real hooks; without
 * them callers skip the work entirely — no mixin on the logger (pino would call it for every line), no span around a
 * job — so a process that does not trace pays nothing per line or job.
 */
export interface TraceHooks {
  /** `traceId` and `spanId` of the active span, for a log line; an empty object outside any span. A new object each call. */
  logFields(): Record<string, string>;
  /** Runs `work` in a new span of its own (a background job), ended when the promise settles. */
  inSpan<T>(name: string, attributes: Readonly<Record<string, string | number>>, work: () => Promise<T>): Promise<T>;
}

// On globalThis, not in a module variable: the bundled API loads the launcher and the server as separate chunks, and
// one process must see one set of hooks whichever chunk installed them.
const KEY = Symbol.for('emporium.trace-hooks');
type WithHooks = typeof globalThis & { [KEY]?: TraceHooks };

/** The installed hooks, or undefined when tracing is off. Read once when a logger or worker is built, not per call. */
export function traceHooks(): TraceHooks | undefined {
  return (globalThis as WithHooks)[KEY];
}

/** Installs (or with undefined removes) the process's hooks; `startTracing` and tests call it. */
export function installTraceHooks(hooks: TraceHooks | undefined): void {
  (globalThis as WithHooks)[KEY] = hooks;
}
