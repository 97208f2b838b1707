import { createRequire } from 'node:module';
import type StripeClass from 'stripe';

type StripeModule = typeof StripeClass;
let loaded: StripeModule | undefined;

/**
 * The Stripe SDK, loaded when a Stripe gateway is first built: about 20 MB a shop without Stripe never pays for. One
 * module instance serves the client and the error classes, so `instanceof` checks hold.
 */
export function stripeSdk(): StripeModule {
  if (!loaded) {
    const required = createRequire(import.meta.url)('stripe') as StripeModule & { default?: StripeModule };
    loaded = required.default ?? required;
  }
  return loaded;
}
