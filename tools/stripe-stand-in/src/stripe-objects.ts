/** The Stripe objects the stand-in answers with: the fields the documented API has that the adapter reads, in Stripe's names. */

export type IntentStatus = 'requires_payment_method' | 'requires_confirmation' | 'requires_action' | 'processing' | 'requires_capture' | 'succeeded' | 'canceled';

export interface CardDetails {
  brand: string;
  last4: string;
  exp_month: number;
  exp_year: number;
}

export interface PaymentError {
  type: 'card_error' | 'invalid_request_error';
  code: string;
  decline_code?: string;
  message: string;
  charge?: string;
}

export interface Charge {
  id: string;
  object: 'charge';
  amount: number;
  amount_captured: number;
  amount_refunded: number;
  captured: boolean;
  refunded: boolean;
  currency: string;
  payment_intent: string;
  payment_method: string;
  payment_method_details: { type: 'card'; card: CardDetails };
  status: 'succeeded' | 'failed';
  failure_code: string | null;
  failure_message: string | null;
  created: number;
  livemode: false;
}

export interface PaymentIntent {
  id: string;
  object: 'payment_intent';
  amount: number;
  amount_capturable: number;
  amount_received: number;
  capture_method: 'manual' | 'automatic';
  currency: string;
  status: IntentStatus;
  /** The id, or the charge itself when the request asked for `expand[]=latest_charge`. */
  latest_charge: string | Charge | null;
  last_payment_error: PaymentError | null;
  next_action: { type: 'redirect_to_url'; redirect_to_url: { url: string; return_url: string } } | null;
  payment_method: string | null;
  metadata: Record<string, string>;
  cancellation_reason: string | null;
  created: number;
  livemode: false;
}

export interface Refund {
  id: string;
  object: 'refund';
  amount: number;
  charge: string;
  currency: string;
  payment_intent: string;
  reason: 'duplicate' | 'fraudulent' | 'requested_by_customer' | null;
  status: 'succeeded';
  metadata: Record<string, string>;
  created: number;
}

export interface StripeEvent {
  id: string;
  object: 'event';
  api_version: string;
  created: number;
  type: EventType;
  data: { object: PaymentIntent | Charge };
  livemode: false;
  pending_webhooks: number;
  request: { id: null; idempotency_key: string | null };
}

export type EventType =
  | 'payment_intent.amount_capturable_updated'
  | 'payment_intent.succeeded'
  | 'payment_intent.payment_failed'
  | 'payment_intent.canceled'
  | 'payment_intent.requires_action'
  | 'charge.refunded';

/** Stripe's test payment methods the stand-in knows, and what confirming with each does. */
export const TEST_PAYMENT_METHODS = {
  pm_card_visa: { outcome: 'authorise', card: { brand: 'visa', last4: '4242' } },
  pm_card_chargeDeclined: { outcome: 'decline', declineCode: 'generic_decline', card: { brand: 'visa', last4: '0002' } },
  pm_card_chargeDeclinedInsufficientFunds: { outcome: 'decline', declineCode: 'insufficient_funds', card: { brand: 'visa', last4: '9995' } },
  pm_card_authenticationRequired: { outcome: 'challenge', card: { brand: 'visa', last4: '3184' } },
} as const satisfies Record<string, { outcome: 'authorise' | 'decline' | 'challenge'; declineCode?: string; card: { brand: string; last4: string } }>;
export type TestPaymentMethod = keyof typeof TEST_PAYMENT_METHODS;
