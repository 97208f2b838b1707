import type { z } from 'zod';
import type { Gateway } from './gateway';
import { STRIPE_CODE, stripeGateway, stripeGatewayConfig } from './stripe-gateway';
import { TEST_GATEWAY_CODE, testGateway, testGatewayConfig } from './test-gateway-adapter';

/** One gateway: its code, the zod schema of its config section, and how to build it from the parsed section. */
export interface GatewayDefinition<Config = unknown> {
  readonly code: string;
  readonly config: z.ZodType<Config, unknown>;
  create(config: Config): Gateway;
}

/** Helps type a definition's `create` from its schema. */
export function defineGateway<Config>(definition: GatewayDefinition<Config>): GatewayDefinition<Config> {
  return definition;
}

export const testGatewayDefinition = defineGateway({ code: TEST_GATEWAY_CODE, config: testGatewayConfig, create: (config) => testGateway(config) });
export const stripeDefinition = defineGateway({ code: STRIPE_CODE, config: stripeGatewayConfig, create: (config) => stripeGateway(config) });

/** Every gateway this build knows. Adding a gateway: its file, then one line here. */
export const GATEWAY_DEFINITIONS: readonly GatewayDefinition<never>[] = [testGatewayDefinition, stripeDefinition] as never[];

/** `{ [code]: config }` of the gateways to enable, as read by the payment service's `env.ts`. */
export type GatewaysConfig = Readonly<Record<string, unknown>>;

export class GatewayConfigError extends Error {
  override readonly name = 'GatewayConfigError';
  constructor(readonly issues: readonly string[]) {
    super(`Payment gateway configuration is invalid:\n- ${issues.join('\n- ')}`);
  }
}

/**
 * Builds the enabled gateways, keyed by code, in the order of `config`'s keys. Every section is validated with its
 * gateway's schema; an unknown code or a bad section throws `GatewayConfigError` listing every issue, at start-up.
 */
export function createGateways(config: GatewaysConfig, definitions: readonly GatewayDefinition<never>[] = GATEWAY_DEFINITIONS): Map<string, Gateway> {
  const issues: string[] = [];
  const gateways = new Map<string, Gateway>();
  for (const [code, section] of Object.entries(config)) {
    const definition = definitions.find((candidate) => candidate.code === code) as GatewayDefinition | undefined;
    if (!definition) {
      issues.push(`${code}: no such gateway (known: ${definitions.map((known) => known.code).join(', ')})`);
      continue;
    }
    const parsed = definition.config.safeParse(section);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) issues.push(`${code}.${issue.path.join('.') || '(section)'}: ${issue.message}`);
      continue;
    }
    gateways.set(code, definition.create(parsed.data));
  }
  if (issues.length > 0) throw new GatewayConfigError(issues);
  return gateways;
}

/** One gateway from its section: `createGateway('stripe', { secretKey, … })`. */
export function createGateway(code: string, config: unknown, definitions: readonly GatewayDefinition<never>[] = GATEWAY_DEFINITIONS): Gateway {
  const gateway = createGateways({ [code]: config }, definitions).get(code);
  if (!gateway) throw new GatewayConfigError([`${code}: not built`]);
  return gateway;
}
