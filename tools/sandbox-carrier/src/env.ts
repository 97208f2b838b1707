import { z } from 'zod';
import type { SandboxCarrierOptions } from './sandbox-carrier';

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const envSchema = z
  .object({
    SANDBOX_CARRIER_PORT: optional(z.coerce.number().int().min(0).max(65535)),
    SANDBOX_CARRIER_HOST: optional(z.string()),
    SANDBOX_CARRIER_API_KEY: optional(z.string().min(1)),
    SANDBOX_CARRIER_WEBHOOK_URL: optional(z.url()),
    SANDBOX_CARRIER_WEBHOOK_SECRET: optional(z.string().min(1)),
    SANDBOX_CARRIER_LATENCY_MS: optional(z.coerce.number().int().min(0).max(120_000)),
    SANDBOX_CARRIER_STEP_MS: optional(z.coerce.number().int().min(0)),
    SANDBOX_CARRIER_QUIET: optional(z.enum(['0', '1', 'true', 'false'])),
  });

export const DEFAULT_PORT = 4010;
/** The dev default; it protects nothing (the sandbox sells no real labels) but keeps the Bearer check honest. */
export const DEFAULT_API_KEY = 'sandbox-carrier-dev-key';

/** The CLI's options from the environment (the only reader of process.env), or the message naming what is wrong. */
export function optionsFromEnv(env: NodeJS.ProcessEnv): { ok: true; options: SandboxCarrierOptions; quiet: boolean } | { ok: false; message: string } {
  const parsed = envSchema.safeParse(env);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  if (env['SANDBOX_CARRIER_WEBHOOK_URL'] && !env['SANDBOX_CARRIER_WEBHOOK_SECRET']) {
    problems.push('SANDBOX_CARRIER_WEBHOOK_SECRET: required with SANDBOX_CARRIER_WEBHOOK_URL (webhooks are always signed)');
  }
  if (!parsed.success || problems.length > 0) {
    return { ok: false, message: `Invalid sandbox carrier settings:\n${problems.map((line) => `  ${line}`).join('\n')}` };
  }
  const e = parsed.data;
  return {
    ok: true,
    quiet: e.SANDBOX_CARRIER_QUIET === '1' || e.SANDBOX_CARRIER_QUIET === 'true',
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
