import type { CurrencyCode, Money } from '@emporium/money';
import type { PaymentStatus } from '@emporium/payment-domain';

/** Why the card was refused, in the words the storefront turns into a message for the shopper. */
export type DeclineCode = 'card_declined' | 'insufficient_funds' | 'authentication_failed' | 'expired_card' | 'incorrect_cvc' | 'processing_error';

/**
 * A payment intent as the gateway holds it, mapped to our words. Amounts are totals so far in minor units of
 * `currency`: what was ever authorised, captured and refunded (a void or expiry leaves `amountAuthorized` as it was;
 * `status` says the rest). The payment service compares these with its ledger to reconcile an unknown outcome.
 */
export interface GatewayIntent {
  /** The gateway's id of the intent (`pi_…`). */
  readonly id: string;
  /** Mapped: requires_payment_method, requires_action, authorized, captured, partially_refunded, refunded, cancelled, failed. */
  readonly status: PaymentStatus;
  readonly currency: CurrencyCode;
  /** What the intent was created for. */
  readonly amount: number;
  readonly amountAuthorized: number;
  readonly amountCaptured: number;
  readonly amountRefunded: number;
  /** The shopper must act (a 3-D Secure challenge): send the browser to `url`; it comes back to the intent's return URL. */
  readonly nextAction: { readonly type: 'redirect'; readonly url: string } | null;
  /** Why the last authorisation failed (a decline is an answer, not an error). */
  readonly failure: { readonly code: DeclineCode; readonly message: string } | null;
  /** What the shopper may see of the card; never the number. */
  readonly card: { readonly brand: string; readonly last4: string; readonly expMonth: number; readonly expYear: number } | null;
}

export interface GatewayRefund {
  readonly id: string;
  readonly amount: number;
  readonly intent: GatewayIntent;
}

/** Every call that changes something carries the key the payment service derived and stored before calling. */
interface Keyed {
  /** `${paymentId}:${operation}:${sequence}`; re-sent unchanged on every retry, never invented by an adapter. */
  readonly idempotencyKey: string;
}

export interface CreateIntentRequest extends Keyed {
  readonly amount: Money;
  /** Our payment's reference (the checkout or order), stored at the gateway for support and reconciliation. */
  readonly reference: string;
  /** Where the browser returns after a challenge (`?payment_intent=…` is appended by the gateway). */
  readonly returnUrl: string;
}

/** A webhook's meaning: the intent it is about, as it stands after the event. */
export interface GatewayEvent {
  /** The gateway's event id: the same on every redelivery (store it to deduplicate). */
  readonly id: string;
  /** The gateway's own event type (`payment_intent.succeeded`), kept for the timeline. */
  readonly type: string;
  readonly intent: GatewayIntent;
  readonly occurredAt: Date;
}

export type WebhookResult =
  | { readonly ok: true; readonly events: readonly GatewayEvent[] }
  | { readonly ok: false; readonly reason: 'bad_signature' | 'stale_timestamp' | 'malformed' };

/** What the storefront needs to collect a card without it touching our API. */
export type ClientConfig =
  | { readonly provider: 'test-gateway'; readonly publishableKey: string; readonly tokensUrl: string; readonly cardFormUrl: string }
  | { readonly provider: 'stripe'; readonly publishableKey: string };

/**
 * A payment gateway. Money moves only in `authorize`, `capture`, `void` and `refund`; each call is idempotent under its
 * key, so the service retries a call whose answer was lost with the same key (or reads the intent back with
 * `retrieve`) and never charges twice. Failures are the typed errors of `gateway-errors.ts`: `GatewayUnavailable`
 * (the outcome is unknown: timeout, network, 5xx after retries), `GatewayRejected` (the gateway refused the request: a
 * 4xx such as a capture above the authorisation), `GatewayIdempotencyConflict` (a key reused for another request). A
 * declined card is not an error: the intent comes back `failed` with `failure`.
 */
export interface Gateway {
  /** Stable, stored with payments: 'test-gateway', 'stripe'. */
  readonly code: string;
  /** An intent for the amount, manual capture, nothing authorised yet (`requires_payment_method`). Moves no money. */
  createIntent(request: CreateIntentRequest): Promise<GatewayIntent>;
  /** Confirms the intent with a tokenised card (`tok_…`, `pm_…`): authorised, `requires_action`, or `failed`. */
  authorize(request: Keyed & { readonly intentId: string; readonly paymentMethod: string }): Promise<GatewayIntent>;
  /** After the shopper's challenge: the intent as it now stands (authorised or failed). */
  confirm(request: Keyed & { readonly intentId: string }): Promise<GatewayIntent>;
  /** Captures `amount` (≤ what is capturable); gateways that capture once release the rest. */
  capture(request: Keyed & { readonly intentId: string; readonly amount: number }): Promise<GatewayIntent>;
  /** Cancels an authorisation that was not captured. */
  void(request: Keyed & { readonly intentId: string }): Promise<GatewayIntent>;
  /** Refunds `amount` (≤ captured − refunded). */
  refund(request: Keyed & { readonly intentId: string; readonly amount: number; readonly reason: string }): Promise<GatewayRefund>;
  /** Reads the intent back: how an unknown outcome is settled. */
  retrieve(request: { readonly intentId: string }): Promise<GatewayIntent>;
  /** Verifies the signature over the raw body (and a timestamp within 5 minutes of `now`), then parses. Pure; never throws. */
  parseWebhook(request: { readonly headers: Headers; readonly rawBody: string; readonly now: Date }): WebhookResult;
  clientConfig(): ClientConfig;
}
