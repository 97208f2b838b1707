import type { CurrencyCode } from '@emporium/money';
import type { PaymentStatus } from '@emporium/payment-domain';
import { z } from 'zod';
import type { DeclineCode, GatewayIntent } from './gateway';

/** Stripe's statuses of a PaymentIntent (API reference, "The PaymentIntent object"). */
export const STRIPE_STATUSES = [
  'requires_payment_method',
  'requires_confirmation',
  'requires_action',
  'processing',
  'requires_capture',
  'succeeded',
  'canceled',
] as const;

const minor = z.number().int().nonnegative();
const card = z.object({ brand: z.string(), last4: z.string(), exp_month: z.number().int(), exp_year: z.number().int() });

/** The fields of a Charge we read: with manual capture an intent has one, and it holds the refunded total. */
export const stripeCharge = z.object({
  id: z.string(),
  object: z.literal('charge'),
  amount: minor,
  amount_captured: minor,
  amount_refunded: minor,
  currency: z.string(),
  payment_intent: z.string().nullable(),
  status: z.string(),
  payment_method_details: z.object({ card: card.nullish() }).nullish(),
});
export type StripeChargeView = z.infer<typeof stripeCharge>;

/** The fields of a PaymentIntent we read; `latest_charge` is an id unless the request expanded it. */
export const stripeIntent = z.object({
  id: z.string(),
  object: z.literal('payment_intent'),
  status: z.enum(STRIPE_STATUSES),
  amount: minor,
  amount_received: minor,
  currency: z.string(),
  latest_charge: z.union([z.string(), stripeCharge]).nullish(),
  last_payment_error: z.object({ code: z.string().nullish(), decline_code: z.string().nullish(), message: z.string().nullish() }).nullish(),
  next_action: z
    .object({ type: z.string(), redirect_to_url: z.object({ url: z.string().nullish() }).nullish() })
    .nullish(),
});
export type StripeIntentView = z.infer<typeof stripeIntent>;

/**
 * Stripe's status in our words. A decline leaves the intent `requires_payment_method` with `last_payment_error`: that
 * is our `failed` (the shopper may try another card, which authorises the same intent). `processing` is not final and
 * holds no money yet we know of, so it reads as `requires_action`. A captured intent reads as refunded by its totals.
 */
export function stripeStatus(intent: Pick<StripeIntentView, 'status' | 'amount_received' | 'last_payment_error'>, amountRefunded: number): PaymentStatus {
  switch (intent.status) {
    case 'requires_payment_method':
    case 'requires_confirmation':
      return intent.last_payment_error ? 'failed' : 'requires_payment_method';
    case 'requires_action':
    case 'processing':
      return 'requires_action';
    case 'requires_capture':
      return 'authorized';
    case 'succeeded':
      if (amountRefunded === 0) return 'captured';
      return amountRefunded >= intent.amount_received ? 'refunded' : 'partially_refunded';
    case 'canceled':
      return 'cancelled';
  }
}

/** Stripe's `code` / `decline_code` in our words. */
export function stripeDeclineCode(error: { code?: string | null; decline_code?: string | null }): DeclineCode {
  if (error.code === 'payment_intent_authentication_failure') return 'authentication_failed';
  const reason = error.decline_code && error.decline_code !== 'generic_decline' ? error.decline_code : error.code;
  switch (reason) {
    case 'insufficient_funds':
    case 'expired_card':
    case 'incorrect_cvc':
    case 'processing_error':
      return reason;
    case 'authentication_required':
      return 'authentication_failed';
    default:
      return 'card_declined';
  }
}

/**
 * An intent as we see it. With `latest_charge` expanded (every adapter call asks for it) the totals are exact; a
 * webhook's intent carries only the charge's id, so it has no refunded total or card (Stripe sends `charge.refunded`
 * for refunds) and counts the amount as authorised by status.
 */
export function fromStripeIntent(intent: StripeIntentView): GatewayIntent {
  const charge = typeof intent.latest_charge === 'object' ? intent.latest_charge : null;
  const amountRefunded = charge?.amount_refunded ?? 0;
  const status = stripeStatus(intent, amountRefunded);
  const authorised = charge
    ? charge.status === 'succeeded'
    : status === 'authorized' || status === 'captured' || (status === 'cancelled' && !!intent.latest_charge && !intent.last_payment_error);
  const redirect = intent.next_action?.redirect_to_url?.url;
  const error = intent.last_payment_error;
  const details = charge?.payment_method_details?.card;
  return {
    id: intent.id,
    status,
    currency: intent.currency.toUpperCase() as CurrencyCode,
    amount: intent.amount,
    amountAuthorized: authorised ? (charge?.amount ?? intent.amount) : 0,
    amountCaptured: intent.amount_received,
    amountRefunded,
    nextAction: status === 'requires_action' && redirect ? { type: 'redirect', url: redirect } : null,
    failure: status === 'failed' && error ? { code: stripeDeclineCode(error), message: error.message ?? 'The card was declined.' } : null,
    card: details ? { brand: details.brand, last4: details.last4, expMonth: details.exp_month, expYear: details.exp_year } : null,
  };
}

/** A `charge.refunded` event's charge as its intent's totals (Stripe sends no intent with it). */
export function intentFromRefundedCharge(charge: StripeChargeView & { payment_intent: string }): GatewayIntent {
  const details = charge.payment_method_details?.card;
  return {
    id: charge.payment_intent,
    status: charge.amount_refunded >= charge.amount_captured ? 'refunded' : 'partially_refunded',
    currency: charge.currency.toUpperCase() as CurrencyCode,
    amount: charge.amount,
    amountAuthorized: charge.amount,
    amountCaptured: charge.amount_captured,
    amountRefunded: charge.amount_refunded,
    nextAction: null,
    failure: null,
    card: details ? { brand: details.brand, last4: details.last4, expMonth: details.exp_month, expYear: details.exp_year } : null,
  };
}
