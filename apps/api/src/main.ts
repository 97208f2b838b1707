/**
 * The API's entry point: `node dist/apps/api/main.js [command]`. OpenTelemetry patches `pg`, `node:http` and the HTTP
 * server only if it is in place before they are first imported, and the bundler hoists a module's static imports —
 * so this launcher imports none of them. With OTEL_EXPORTER_OTLP_ENDPOINT set it starts tracing first; then it loads
 * the commands (their own chunk) with a dynamic import. Without an endpoint, nothing of OpenTelemetry is loaded.
 */
import { type TracingSettings, tracingSettings } from './env';

async function startTracing(settings: TracingSettings): Promise<{ shutdown(): Promise<void> } | undefined> {
  try {
    const tracing = await (await import('@emporium/platform-tracing')).startTracing(settings);
    // Commands that end by themselves (migrate) export their last spans before the process goes.
    process.once('beforeExit', () => void tracing.shutdown());
    return tracing;
  } catch (error) {
    // Telemetry is not worth an outage: the shop runs untraced and says why.
    process.stderr.write(`Tracing is off, it failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return undefined;
  }
}

const settings = tracingSettings();
const tracing = settings ? await startTracing(settings) : undefined;
const { runCommand } = await import('./commands');
runCommand(process.argv[2] ?? 'serve', { beforeExit: tracing?.shutdown });
