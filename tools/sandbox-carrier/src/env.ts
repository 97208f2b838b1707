import { flagEnv, isFlagOn, optionalEnv as optional, portEnv, readStandInEnv } from '@emporium/stand-in-kit';
import { z } from 'zod';
import type { SandboxCarrierOptions } from './sandbox-carrier';

const envSchema = z
  .object({
    SANDBOX_CARRIER_PORT: optional(portEnv),
    SANDBOX_CARRIER_HOST: optional(z.string()),
    SANDBOX_CARRIER_API_KEY: optional(z.string().min(1)),
    SANDBOX_CARRIER_WEBHOOK_URL: optional(z.url()),
    SANDBOX_CARRIER_WEBHOOK_SECRET: optional(z.string().min(1)),
    SANDBOX_CARRIER_LATENCY_MS: optional(z.coerce.number().int().min(0).max(120_000)),
    SANDBOX_CARRIER_STEP_MS: optional(z.coerce.number().int().min(0)),
    SANDBOX_CARRIER_QUIET: optional(flagEnv),
  });

export const DEFAULT_PORT = 4010;
/** The dev default; it protects nothing (the sandbox sells no real labels) but keeps the Bearer check honest. */
export const DEFAULT_API_KEY = 'sandbox-carrier-dev-key';

/** The CLI's options from the environment (the only reader of process.env), or the message naming what is wrong. */
export function optionsFromEnv(env: NodeJS.ProcessEnv): { ok: true; options: SandboxCarrierOptions; quiet: boolean } | { ok: false; message: string } {
  const parsed = readStandInEnv(envSchema, env, { name: 'sandbox carrier', prefix: 'SANDBOX_CARRIER' });
  if (!parsed.ok) return parsed;
  const e = parsed.data;
  return {
    ok: true,
    quiet: isFlagOn(e.SANDBOX_CARRIER_QUIET),
    options: {
      port: e.SANDBOX_CARRIER_PORT ?? DEFAULT_PORT,
      host: e.SANDBOX_CARRIER_HOST ?? '127.0.0.1',
      apiKey: e.SANDBOX_CARRIER_API_KEY ?? DEFAULT_API_KEY,
      ...(e.SANDBOX_CARRIER_WEBHOOK_URL && e.SANDBOX_CARRIER_WEBHOOK_SECRET
        ? { webhook: { url: e.SANDBOX_CARRIER_WEBHOOK_URL, secret: e.SANDBOX_CARRIER_WEBHOOK_SECRET } }
        : {}),
      latencyMs: e.SANDBOX_CARRIER_LATENCY_MS ?? 0,
      timeline: { stepMs: e.SANDBOX_CARRIER_STEP_MS ?? 2000 },
    },
  };
}
