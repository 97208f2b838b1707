import type { Config } from '@emporium/platform-config';

/** What the storefront's pages may load from the configured payment providers (for the Content-Security-Policy). */
export interface PaymentOrigins {
  readonly frames: string[];
  readonly scripts: string[];
  readonly connections: string[];
}

/**
 * The test gateway's hosted card form and challenge come from its own origin (as browsers reach it); Stripe's
 * Elements from js.stripe.com, with its frames and API. Nothing is allowed for a provider that is not configured.
 */
export function paymentOrigins(config: Config): PaymentOrigins {
  const frames: string[] = [];
  const scripts: string[] = [];
  const connections: string[] = [];
  const testGateway = config.TEST_GATEWAY_PUBLIC_URL ?? config.TEST_GATEWAY_URL;
  if (testGateway && config.TEST_GATEWAY_PUBLISHABLE_KEY) frames.push(new URL(testGateway).origin);
  if (config.STRIPE_PUBLISHABLE_KEY) {
    frames.push('https://js.stripe.com', 'https://hooks.stripe.com');
    scripts.push('https://js.stripe.com');
    connections.push('https://api.stripe.com');
  }
  return { frames, scripts, connections };
}
