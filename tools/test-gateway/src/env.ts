import { flagEnv, isFlagOn, optionalEnv as optional, portEnv, readStandInEnv } from '@emporium/stand-in-kit';
import { z } from 'zod';
import { DEFAULT_PUBLISHABLE_KEY, DEFAULT_SECRET_KEY, type TestGatewayOptions } from './test-gateway';

const milliseconds = z.coerce.number().int().min(0).max(600_000);
const urlList = z
  .string()
  .transform((value) => value.split(',').map((url) => url.trim()).filter(Boolean))
  .pipe(z.array(z.url({ protocol: /^https?$/ })).min(1));

const envSchema = z.object({
  TEST_GATEWAY_PORT: optional(portEnv),
  TEST_GATEWAY_HOST: optional(z.string()),
  TEST_GATEWAY_SECRET_KEY: optional(z.string().min(1)),
  TEST_GATEWAY_PUBLISHABLE_KEY: optional(z.string().min(1)),
  TEST_GATEWAY_WEBHOOK_URL: optional(urlList),
  TEST_GATEWAY_WEBHOOK_SECRET: optional(z.string().min(1)),
  TEST_GATEWAY_LATENCY_MS: optional(milliseconds),
  TEST_GATEWAY_SLOW_CARD_MS: optional(milliseconds),
  TEST_GATEWAY_HANG_MS: optional(milliseconds),
  TEST_GATEWAY_PUBLIC_URL: optional(z.url({ protocol: /^https?$/ })),
  TEST_GATEWAY_QUIET: optional(flagEnv),
});

export const DEFAULT_PORT = 4020;

/** The CLI's options from the environment (the only reader of process.env), or the message naming what is wrong. */
export function optionsFromEnv(env: NodeJS.ProcessEnv): { ok: true; options: TestGatewayOptions; quiet: boolean } | { ok: false; message: string } {
  const parsed = readStandInEnv(envSchema, env, { name: 'test gateway', prefix: 'TEST_GATEWAY' });
  if (!parsed.ok) return parsed;
  const e = parsed.data;
  const urls = e.TEST_GATEWAY_WEBHOOK_URL;
  return {
    ok: true,
    quiet: isFlagOn(e.TEST_GATEWAY_QUIET),
    options: {
      port: e.TEST_GATEWAY_PORT ?? DEFAULT_PORT,
      host: e.TEST_GATEWAY_HOST ?? '127.0.0.1',
      secretKey: e.TEST_GATEWAY_SECRET_KEY ?? DEFAULT_SECRET_KEY,
      publishableKey: e.TEST_GATEWAY_PUBLISHABLE_KEY ?? DEFAULT_PUBLISHABLE_KEY,
      ...(urls && e.TEST_GATEWAY_WEBHOOK_SECRET
        ? { webhook: { url: urls.length === 1 ? (urls[0] ?? '') : urls, secret: e.TEST_GATEWAY_WEBHOOK_SECRET } }
        : {}),
      latencyMs: e.TEST_GATEWAY_LATENCY_MS ?? 0,
      slowCardDelayMs: e.TEST_GATEWAY_SLOW_CARD_MS ?? 3000,
      hangMs: e.TEST_GATEWAY_HANG_MS ?? 30_000,
      ...(e.TEST_GATEWAY_PUBLIC_URL ? { publicUrl: e.TEST_GATEWAY_PUBLIC_URL.replace(/\/$/, '') } : {}),
    },
  };
}
