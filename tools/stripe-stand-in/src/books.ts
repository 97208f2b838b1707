import { randomBytes } from 'node:crypto';
import { invalidRequest, StripeHttpError } from './http-kit';
import {
  type Charge,
  type EventType,
  type PaymentIntent,
  type Refund,
  TEST_PAYMENT_METHODS,
  type TestPaymentMethod,
} from './stripe-objects';

const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;
const unixNow = () => Math.floor(Date.now() / 1000);

/** What the books do with an event; the server records it and sends it to the webhook endpoint. */
export type Emit = (type: EventType, object: PaymentIntent | Charge) => void;

export interface IntentRecord {
  intent: PaymentIntent;
  charge: Charge | null;
  /** Where the challenge sends the shopper back to (the `return_url` of the confirm). */
  returnUrl: string | null;
  authorisations: number;
  captures: number;
}

const unexpectedState = (intent: PaymentIntent, action: string) =>
  invalidRequest(
    'payment_intent_unexpected_state',
    `This PaymentIntent's ${action} could not be performed because it has a status of ${intent.status}.`,
    { payment_intent: structuredClone(intent) },
  );

/** The stand-in's books: payment intents, their one charge each, refunds, and the rules that move an intent. */
export class Books {
  private readonly records = new Map<string, IntentRecord>();
  private readonly refunds = new Map<string, Refund>();

  constructor(
    private readonly emit: Emit,
    private readonly challengeUrl: (intentId: string) => string,
  ) {}

  create(input: { amount: number; currency: string; metadata: Record<string, string>; captureMethod: 'manual' | 'automatic' }): IntentRecord {
    const record: IntentRecord = {
      intent: {
        id: newId('pi'),
        object: 'payment_intent',
        amount: input.amount,
        amount_capturable: 0,
        amount_received: 0,
        capture_method: input.captureMethod,
        currency: input.currency,
        status: 'requires_payment_method',
        latest_charge: null,
        last_payment_error: null,
        next_action: null,
        payment_method: null,
        metadata: input.metadata,
        cancellation_reason: null,
        created: unixNow(),
        livemode: false,
      },
      charge: null,
      returnUrl: null,
      authorisations: 0,
      captures: 0,
    };
    this.records.set(record.intent.id, record);
    return record;
  }

  /**
   * Confirms with a test payment method. A decline is Stripe's 402 `card_error` carrying the intent, which goes back
   * to `requires_payment_method` with `last_payment_error`; the error is thrown after the books are updated.
   */
  confirm(id: string, paymentMethod: string | undefined, returnUrl: string | undefined): IntentRecord {
    const record = this.record(id);
    const intent = record.intent;
    if (intent.status !== 'requires_payment_method' && intent.status !== 'requires_confirmation') throw unexpectedState(intent, 'confirm');
    const method = paymentMethod ?? intent.payment_method;
    if (!method) throw invalidRequest('payment_intent_unexpected_state', 'You cannot confirm this PaymentIntent because it is missing a payment method.', { param: 'payment_method' });
    const behaviour = TEST_PAYMENT_METHODS[method as TestPaymentMethod];
    if (!behaviour) throw invalidRequest('resource_missing', `No such PaymentMethod: '${method}'`, { param: 'payment_method' });
    record.returnUrl = returnUrl ?? record.returnUrl;
    intent.payment_method = method;
    intent.last_payment_error = null;
    if (behaviour.outcome === 'decline') {
      const charge = this.newCharge(record, method, behaviour.card, 'failed');
      charge.failure_code = 'card_declined';
      charge.failure_message = behaviour.declineCode === 'insufficient_funds' ? 'Your card has insufficient funds.' : 'Your card was declined.';
      Object.assign(intent, {
        status: 'requires_payment_method',
        payment_method: null,
        last_payment_error: { type: 'card_error', code: 'card_declined', decline_code: behaviour.declineCode, message: charge.failure_message, charge: charge.id },
      });
      this.emit('payment_intent.payment_failed', this.view(record));
      throw new StripeHttpError(402, 'card_error', 'card_declined', charge.failure_message, {
        decline_code: behaviour.declineCode,
        charge: charge.id,
        payment_intent: this.view(record),
      });
    }
    if (behaviour.outcome === 'challenge') {
      if (!record.returnUrl) throw invalidRequest('parameter_missing', 'This payment method needs authentication: confirm with a return_url.', { param: 'return_url' });
      Object.assign(intent, {
        status: 'requires_action',
        next_action: { type: 'redirect_to_url', redirect_to_url: { url: this.challengeUrl(intent.id), return_url: record.returnUrl } },
      });
      this.emit('payment_intent.requires_action', this.view(record));
      return record;
    }
    this.authorise(record, method, behaviour.card);
    return record;
  }

  /** The shopper's answer on the challenge page. */
  finishChallenge(id: string, outcome: 'complete' | 'fail'): IntentRecord {
    const record = this.record(id);
    const intent = record.intent;
    if (intent.status !== 'requires_action') throw new StripeHttpError(409, 'invalid_request_error', 'payment_intent_unexpected_state', 'Nothing to authenticate.');
    const method = intent.payment_method ?? 'pm_card_authenticationRequired';
    if (outcome === 'complete') {
      this.authorise(record, method, TEST_PAYMENT_METHODS.pm_card_authenticationRequired.card);
      return record;
    }
    Object.assign(intent, {
      status: 'requires_payment_method',
      next_action: null,
      payment_method: null,
      last_payment_error: {
        type: 'card_error',
        code: 'payment_intent_authentication_failure',
        message: 'We are unable to authenticate your payment method. Please choose a different payment method and try again.',
      },
    });
    this.emit('payment_intent.payment_failed', this.view(record));
    return record;
  }

  /** One capture per intent, as Stripe: a partial capture releases the rest. */
  capture(id: string, amount: number | undefined): IntentRecord {
    const record = this.record(id);
    const intent = record.intent;
    if (intent.status !== 'requires_capture' || !record.charge) throw unexpectedState(intent, 'capture');
    const captured = amount ?? intent.amount_capturable;
    if (captured > intent.amount_capturable) {
      throw invalidRequest('amount_too_large', `The amount_to_capture (${captured}) is greater than the amount capturable (${intent.amount_capturable}).`, {
        param: 'amount_to_capture',
      });
    }
    record.captures += 1;
    Object.assign(intent, { status: 'succeeded', amount_received: captured, amount_capturable: 0 });
    Object.assign(record.charge, { captured: true, amount_captured: captured });
    this.emit('payment_intent.succeeded', this.view(record));
    return record;
  }

  cancel(id: string, reason: string | undefined): IntentRecord {
    const record = this.record(id);
    const intent = record.intent;
    if (intent.status === 'succeeded' || intent.status === 'canceled') throw unexpectedState(intent, 'cancel');
    Object.assign(intent, { status: 'canceled', amount_capturable: 0, next_action: null, cancellation_reason: reason ?? null });
    this.emit('payment_intent.canceled', this.view(record));
    return record;
  }

  refund(input: { paymentIntent: string; amount: number | undefined; reason: Refund['reason']; metadata: Record<string, string> }): Refund {
    const record = this.records.get(input.paymentIntent);
    if (!record) throw invalidRequest('resource_missing', `No such payment_intent: '${input.paymentIntent}'`, { param: 'payment_intent' });
    const charge = record.charge;
    if (record.intent.status !== 'succeeded' || !charge) throw unexpectedState(record.intent, 'refund');
    const refundable = charge.amount_captured - charge.amount_refunded;
    if (refundable === 0) throw invalidRequest('charge_already_refunded', `Charge ${charge.id} has already been refunded.`);
    const amount = input.amount ?? refundable;
    if (amount > refundable) {
      throw invalidRequest('amount_too_large', `Refund amount (${amount}) is greater than unrefunded amount on charge (${refundable})`, { param: 'amount' });
    }
    const refund: Refund = {
      id: newId('re'),
      object: 'refund',
      amount,
      charge: charge.id,
      currency: charge.currency,
      payment_intent: record.intent.id,
      reason: input.reason,
      status: 'succeeded',
      metadata: input.metadata,
      created: unixNow(),
    };
    this.refunds.set(refund.id, refund);
    charge.amount_refunded += amount;
    charge.refunded = charge.amount_refunded === charge.amount_captured;
    this.emit('charge.refunded', structuredClone(charge));
    return refund;
  }

  refundsOf(paymentIntent: string | undefined): Refund[] {
    return [...this.refunds.values()].filter((refund) => !paymentIntent || refund.payment_intent === paymentIntent).reverse();
  }

  refundById(id: string): Refund {
    const refund = this.refunds.get(id);
    if (!refund) throw new StripeHttpError(404, 'invalid_request_error', 'resource_missing', `No such refund: '${id}'`, { param: 'id' });
    return refund;
  }

  record(id: string): IntentRecord {
    const record = this.records.get(id);
    if (!record) throw new StripeHttpError(404, 'invalid_request_error', 'resource_missing', `No such payment_intent: '${id}'`, { param: 'intent' });
    return record;
  }

  all(): IntentRecord[] {
    return [...this.records.values()].map((record) => structuredClone(record));
  }

  /** The intent as answered: `latest_charge` an id, or the charge when `expand` asks for it. */
  view(record: IntentRecord, expand: readonly string[] = []): PaymentIntent {
    const intent = structuredClone(record.intent);
    intent.latest_charge = record.charge ? (expand.includes('latest_charge') ? structuredClone(record.charge) : record.charge.id) : null;
    return intent;
  }

  private authorise(record: IntentRecord, method: string, card: { brand: string; last4: string }): void {
    this.newCharge(record, method, card, 'succeeded');
    record.authorisations += 1;
    Object.assign(record.intent, { status: 'requires_capture', amount_capturable: record.intent.amount, next_action: null, last_payment_error: null });
    this.emit('payment_intent.amount_capturable_updated', this.view(record));
  }

  private newCharge(record: IntentRecord, method: string, card: { brand: string; last4: string }, status: Charge['status']): Charge {
    const charge: Charge = {
      id: newId('ch'),
      object: 'charge',
      amount: record.intent.amount,
      amount_captured: 0,
      amount_refunded: 0,
      captured: false,
      refunded: false,
      currency: record.intent.currency,
      payment_intent: record.intent.id,
      payment_method: method,
      payment_method_details: { type: 'card', card: { ...card, exp_month: 12, exp_year: new Date().getUTCFullYear() + 3 } },
      status,
      failure_code: null,
      failure_message: null,
      created: unixNow(),
      livemode: false,
    };
    record.charge = charge;
    return charge;
  }
}
