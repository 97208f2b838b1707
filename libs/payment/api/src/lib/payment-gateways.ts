import { type Gateway, STRIPE_CODE, stripeGateway, TEST_GATEWAY_CODE, testGateway } from '@emporium/payment-gateways';
import type { Config } from '@emporium/platform-config';

const secrets = (value: string) => value.split(',').map((secret) => secret.trim()).filter(Boolean);

/**
 * The gateways this process can use, from the typed config: the test gateway when its four TEST_GATEWAY_* settings are
 * set, Stripe when its three keys are. They hold no state (the HTTP clients are stateless), so they are built per use.
 */
export function paymentGateways(config: Config): Gateway[] {
  const gateways: Gateway[] = [];
  if (config.TEST_GATEWAY_URL && config.TEST_GATEWAY_SECRET_KEY && config.TEST_GATEWAY_PUBLISHABLE_KEY && config.TEST_GATEWAY_WEBHOOK_SECRET) {
    gateways.push(
      testGateway({
        baseUrl: config.TEST_GATEWAY_URL,
        secretKey: config.TEST_GATEWAY_SECRET_KEY,
        publishableKey: config.TEST_GATEWAY_PUBLISHABLE_KEY,
        webhookSecret: secrets(config.TEST_GATEWAY_WEBHOOK_SECRET),
        timeoutMs: config.PAYMENT_GATEWAY_TIMEOUT_MS,
        ...(config.TEST_GATEWAY_PUBLIC_URL ? { publicUrl: config.TEST_GATEWAY_PUBLIC_URL } : {}),
      }),
    );
  }
  if (config.STRIPE_SECRET_KEY && config.STRIPE_PUBLISHABLE_KEY && config.STRIPE_WEBHOOK_SECRET) {
    // Stripe's own API unless STRIPE_API_URL points the SDK at a local stand-in (tests).
    const api = config.STRIPE_API_URL ? new URL(config.STRIPE_API_URL) : null;
    gateways.push(
      stripeGateway({
        secretKey: config.STRIPE_SECRET_KEY,
        publishableKey: config.STRIPE_PUBLISHABLE_KEY,
        webhookSecret: secrets(config.STRIPE_WEBHOOK_SECRET),
        timeoutMs: config.PAYMENT_GATEWAY_TIMEOUT_MS,
        ...(api ? { apiHost: api.hostname, port: Number(api.port || (api.protocol === 'https:' ? 443 : 80)), protocol: api.protocol === 'https:' ? 'https' : 'http' } : {}),
      }),
    );
  }
  return gateways;
}

/** The gateway a stored payment was made with, or null when it is not configured here. */
export function gatewayFor(config: Config, code: string): Gateway | null {
  return paymentGateways(config).find((gateway) => gateway.code === code) ?? null;
}

/** The gateway that takes new payments: PAYMENT_GATEWAY, or the one configured (Stripe when both are), or null. */
export function defaultGateway(config: Config): Gateway | null {
  const gateways = paymentGateways(config);
  if (config.PAYMENT_GATEWAY) return gateways.find((gateway) => gateway.code === config.PAYMENT_GATEWAY) ?? null;
  return gateways.find((gateway) => gateway.code === STRIPE_CODE) ?? gateways.find((gateway) => gateway.code === TEST_GATEWAY_CODE) ?? null;
}
