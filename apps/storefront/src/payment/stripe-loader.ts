import type { Stripe } from '@stripe/stripe-js';

/**
 * Stripe.js, loaded only when Stripe takes the payments: the `pure` entry adds Stripe's script tag on this call
 * rather than on import, and the dynamic import keeps the loader out of the shop's first chunk. Null (or a
 * rejection) when the script cannot load — blocked, offline, or not allowed by the Content-Security-Policy.
 */
export async function loadStripeJs(publishableKey: string): Promise<Stripe | null> {
  const { loadStripe } = await import('@stripe/stripe-js/pure');
  return loadStripe(publishableKey);
}

/** What Stripe answered to "make a PaymentMethod of this card": its id for `payment.authorize`, or what to tell the shopper. */
export type PaymentMethodOutcome = { readonly ok: true; readonly paymentMethodId: string } | { readonly ok: false; readonly message: string };

export function paymentMethodOutcome(result: { readonly paymentMethod?: { readonly id: string } | undefined; readonly error?: { readonly message?: string | undefined } | undefined }): PaymentMethodOutcome {
  if (result.paymentMethod && /^pm_[A-Za-z0-9_]{1,97}$/.test(result.paymentMethod.id)) return { ok: true, paymentMethodId: result.paymentMethod.id };
  // Stripe's card errors are written for shoppers ("Your card number is incomplete."); anything else gets ours.
  return { ok: false, message: result.error?.message?.trim() || 'The card could not be used. Check it and try again.' };
}
