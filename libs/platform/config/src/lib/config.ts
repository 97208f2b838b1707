import { z } from 'zod';
import { PROCESS_ROLES, type ProcessRole, SERVICE_NAMES, type ServiceName, serviceUrlVariable } from './service-names';

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const servicesList = z
  .string()
  .trim()
  .min(1)
  .transform((value, ctx): ProcessRole[] => {
    if (value === 'all') return [...PROCESS_ROLES];
    const roles = value.split(',').map((part) => part.trim()).filter(Boolean);
    for (const role of roles) {
      if (!(PROCESS_ROLES as readonly string[]).includes(role)) {
        ctx.addIssue({ code: 'custom', message: `unknown service "${role}"; expected "all" or a list of ${PROCESS_ROLES.join(', ')}` });
        return z.NEVER;
      }
    }
    return [...new Set(roles as ProcessRole[])];
  });

const originList = z
  .string()
  .transform((value, ctx): string[] => {
    const origins: string[] = [];
    for (const part of value.split(',').map((item) => item.trim()).filter(Boolean)) {
      try {
        origins.push(new URL(part).origin);
      } catch {
        ctx.addIssue({ code: 'custom', message: `"${part}" is not an origin like https://shop.example.com` });
        return z.NEVER;
      }
    }
    return origins;
  });

const serviceUrls = Object.fromEntries(SERVICE_NAMES.map((name) => [serviceUrlVariable(name), z.url().optional()])) as Record<
  ReturnType<typeof serviceUrlVariable>,
  z.ZodOptional<z.ZodURL>
>;

/** Every setting the API process reads, with its default. `process.env` is read nowhere else. */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SERVICES: servicesList.default([...PROCESS_ROLES]),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection URL')
    .optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  EMBEDDED_PG_DIR: z.string().min(1).default('.data/postgres'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  MIGRATE_ON_START: boolean.default(true),
  SEED_DEMO_DATA: boolean.default(true),
  /** What an empty shop is filled with: a generated catalog of DEMO_CATALOG_SIZE products, or the 24 curated ones. */
  DEMO_CATALOG: z.enum(['generated', 'curated']).default('generated'),
  DEMO_CATALOG_SIZE: z.coerce.number().int().min(1).max(200_000).default(300),
  STATIC_DIR: z.string().min(1).optional(),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  /** `wait-for-migrations` (an init container's command): how long to wait for the migration Job before failing. */
  WAIT_FOR_MIGRATIONS_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(600_000),
  /** Other origins (scheme://host[:port], comma-separated) allowed to send mutations, e.g. the Vite dev server. */
  TRUSTED_ORIGINS: originList.default([]),
  /** Behind a proxy or ingress: take the client address from X-Forwarded-For's first hop. */
  TRUST_PROXY: boolean.default(false),
  /** smtp(s)://user:pass@host:port to send e-mail; without it messages are kept for the dev mailbox under /admin. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').optional(),
  MAIL_FROM: z.string().min(3).default('Emporium <shop@emporium.localhost>'),
  /** How long repeated failed sign-ins lock an account (from one address, or from everywhere) out. */
  AUTH_LOCKOUT_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  /**
   * The shared secret Emporium's processes present to each other (header `x-emporium-service-token`). Required when
   * SERVICES does not mount every service: internal procedures (reserve stock, authorise a payment…) refuse HTTP calls
   * without it.
   */
  SERVICE_TOKEN: z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -hex 32`)').optional(),
  /** The sandbox carrier's API (tools/sandbox-carrier); the carrier is enabled only when all three SANDBOX_CARRIER_* are set. */
  SANDBOX_CARRIER_URL: z.url().optional(),
  SANDBOX_CARRIER_API_KEY: z.string().min(1).optional(),
  /** Verifies its webhooks; several secrets comma-separated while rotating. */
  SANDBOX_CARRIER_WEBHOOK_SECRET: z.string().min(1).optional(),
  /** Per attempt of a call to the sandbox carrier (the adapter retries twice); default 5000. */
  SANDBOX_CARRIER_TIMEOUT_MS: z.coerce.number().int().min(50).max(120_000).optional(),
  /** The heaviest parcel shipments are packed into, packaging included. */
  SHIPPING_MAX_PARCEL_GRAMS: z.coerce.number().int().min(100).max(1_000_000).default(30_000),
  /** How long the shop's rates wait for live carrier quotes; a slower carrier's services are left out with a note. */
  SHIPPING_QUOTE_TIMEOUT_MS: z.coerce.number().int().min(50).max(30_000).default(2_500),
  /** The warehouse's time zone (IANA), in which the dispatch cut-off and holidays are read. */
  SHIPPING_TIMEZONE: z
    .string()
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, 'must be an IANA time zone, like Europe/Berlin or America/New_York')
    .default('UTC'),
  /** Orders placed before this local time on a working day ship that day (HH:MM, 24-hour). */
  SHIPPING_CUTOFF: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time, like 14:00')
    .default('14:00'),
  /** Dates the warehouse does not dispatch and carriers do not deliver (comma-separated YYYY-MM-DD). */
  SHIPPING_HOLIDAYS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((date) => date.trim()).filter(Boolean))
    .pipe(z.array(z.iso.date('must be dates like 2026-12-25, comma-separated'))),
  /** The test gateway (tools/test-gateway), a card processor's test mode; enabled only when all four are set. */
  TEST_GATEWAY_URL: z.url().optional(),
  TEST_GATEWAY_SECRET_KEY: z.string().min(1).optional(),
  TEST_GATEWAY_PUBLISHABLE_KEY: z.string().min(1).optional(),
  /** Verifies its webhooks; several secrets comma-separated while rotating. */
  TEST_GATEWAY_WEBHOOK_SECRET: z.string().min(1).optional(),
  /** Where browsers reach the test gateway (its card form and challenge), when not at TEST_GATEWAY_URL. */
  TEST_GATEWAY_PUBLIC_URL: z.url().optional(),
  /** Stripe, with manual capture; enabled only when all three keys are set. */
  STRIPE_SECRET_KEY: z.string().min(1).optional(),
  STRIPE_PUBLISHABLE_KEY: z.string().min(1).optional(),
  STRIPE_WEBHOOK_SECRET: z.string().min(1).optional(),
  /** Stripe's API address, for a local stand-in in tests (`http://127.0.0.1:12111`); Stripe's own by default. */
  STRIPE_API_URL: z.url().optional(),
  /** Which configured gateway takes new payments; by default the only one configured (Stripe when both are). */
  PAYMENT_GATEWAY: z.enum(['test-gateway', 'stripe']).optional(),
  /** Per attempt of a call to the gateway (adapters retry 5xx and timeouts within it). */
  PAYMENT_GATEWAY_TIMEOUT_MS: z.coerce.number().int().min(50).max(120_000).default(10_000),
  /** How long a card authorisation holds before the gateway lets it lapse. */
  PAYMENT_AUTHORIZATION_DAYS: z.coerce.number().int().min(1).max(30).default(7),
  /** What the expiry job does with an authorisation about to lapse: capture it, or cancel it and release the hold. */
  PAYMENT_EXPIRY_POLICY: z.enum(['capture', 'cancel']).default('cancel'),
  /** When the order service captures an order's payment: at its first fulfilment (default), or as soon as it is placed. */
  ORDER_CAPTURE_AT: z.enum(['fulfilment', 'order']).default('fulfilment'),
  /** A checkout nobody moved for this long belongs to a dead process: the recovery sweep finishes or undoes it. */
  CHECKOUT_STALE_AFTER_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  /** How long a shopper has to pay (card form, bank's challenge) before the held stock and coupon are let go. */
  CHECKOUT_SHOPPER_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(86_400_000).default(900_000),
  /** How often the recovery sweep looks for idle checkouts (and once, soon after start). */
  CHECKOUT_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(15_000),
  /**
   * Tests only: the process kills itself (SIGKILL) right after this saga step took effect, before it is saved, so a
   * test can prove recovery. Refused when NODE_ENV is production.
   */
  CHECKOUT_TEST_CRASH_AFTER: z
    .enum(['validate', 'reserve_stock', 'redeem_coupon', 'authorize_payment', 'create_order', 'commit_stock', 'complete_cart', 'queue_confirmation'])
    .optional(),
  ...serviceUrls,
});

/** Settings that only work together: a group with some set and some not is a mistake, named at start-up. */
const ALL_OR_NONE = [
  { what: 'the sandbox carrier', names: ['SANDBOX_CARRIER_URL', 'SANDBOX_CARRIER_API_KEY', 'SANDBOX_CARRIER_WEBHOOK_SECRET'] },
  { what: 'the test gateway', names: ['TEST_GATEWAY_URL', 'TEST_GATEWAY_SECRET_KEY', 'TEST_GATEWAY_PUBLISHABLE_KEY', 'TEST_GATEWAY_WEBHOOK_SECRET'] },
  { what: 'Stripe', names: ['STRIPE_SECRET_KEY', 'STRIPE_PUBLISHABLE_KEY', 'STRIPE_WEBHOOK_SECRET'] },
] as const;

export type RawConfig = z.infer<typeof configSchema>;

export interface Config extends Omit<RawConfig, ReturnType<typeof serviceUrlVariable>> {
  /** Base URLs of services this process does not mount, by service name. */
  readonly serviceUrls: Partial<Record<ServiceName, string>>;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates an environment (normally `process.env`); throws a ConfigError naming every bad variable. */
export function parseConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = configSchema.safeParse(present);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`));
  }
  const raw = result.data;
  const partial = ALL_OR_NONE.flatMap(({ what, names }) => {
    const set = names.filter((name) => raw[name] !== undefined);
    if (set.length === 0 || set.length === names.length) return [];
    return names
      .filter((name) => raw[name] === undefined)
      .map((name) => `${name}: required when ${set.join(', ')} ${set.length === 1 ? 'is' : 'are'} set (${what} needs all ${names.length === 3 ? 'three' : 'four'})`);
  });
  if (partial.length > 0) throw new ConfigError(partial);
  const gateways = [raw.TEST_GATEWAY_URL ? 'test-gateway' : null, raw.STRIPE_SECRET_KEY ? 'stripe' : null].filter(Boolean);
  if (raw.PAYMENT_GATEWAY && !gateways.includes(raw.PAYMENT_GATEWAY)) {
    throw new ConfigError([`PAYMENT_GATEWAY: ${raw.PAYMENT_GATEWAY} is not configured (set its keys, or choose ${gateways.join(' or ') || 'none'})`]);
  }
  if (raw.CHECKOUT_TEST_CRASH_AFTER && raw.NODE_ENV === 'production') {
    throw new ConfigError(['CHECKOUT_TEST_CRASH_AFTER: a test hook; never set it in production']);
  }
  const serviceUrls: Partial<Record<ServiceName, string>> = {};
  for (const name of SERVICE_NAMES) {
    const url = raw[serviceUrlVariable(name)];
    if (url) serviceUrls[name] = url.replace(/\/+$/, '');
  }
  const config: Record<string, unknown> = { ...raw, serviceUrls };
  for (const name of SERVICE_NAMES) delete config[serviceUrlVariable(name)];
  return config as unknown as Config;
}
