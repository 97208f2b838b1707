import { type Config, configSchema, parseConfig, PROCESS_ROLES } from '@emporium/platform-config';

/** The only place that reads `process.env`. Everything else receives the validated Config. */
export function loadConfig(): Config {
  return parseConfig(process.env);
}

export interface TracingSettings {
  readonly serviceName: string;
  readonly services: readonly string[];
}

/**
 * Whether (and as what) this process traces, read before anything else is loaded — instrumentation has to be in place
 * before `pg` and `node:http` are imported, so this cannot wait for `loadConfig`. Tracing is on only with an
 * OTEL_EXPORTER_OTLP_ENDPOINT; a value `loadConfig` would refuse leaves it off here (and start-up then fails on it).
 */
export function tracingSettings(env: Readonly<Record<string, string | undefined>> = process.env): TracingSettings | undefined {
  const present = (name: string) => (env[name]?.trim() ? env[name]?.trim() : undefined);
  if (!configSchema.shape.OTEL_EXPORTER_OTLP_ENDPOINT.safeParse(present('OTEL_EXPORTER_OTLP_ENDPOINT')).data) return undefined;
  const parsed = configSchema.shape.SERVICES.safeParse(present('SERVICES'));
  const services = parsed.success ? parsed.data : [];
  const everything = PROCESS_ROLES.every((role) => services.includes(role));
  return { serviceName: present('OTEL_SERVICE_NAME') ?? (everything ? 'emporium' : `emporium-${services.join(',')}`), services };
}
