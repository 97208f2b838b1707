import { randomBytes } from 'node:crypto';
import { type CardBehaviour, type CardDetails, type CardInput, checkCard, TEST_TOKENS } from './cards';
import { HttpError, invalidRequest, notFound } from './http-kit';
import { type CaptureRecord, declines, type IntentRecord, intentResponse, type Refund } from './intent';
import type { ConfirmRequest, PaymentIntentRequest, RefundRequest } from './schemas';
import type { EventType, WebhookAttempt, WebhookEvent, WebhookSender } from './webhooks';

interface TokenRecord {
  id: string;
  card: CardDetails;
  behaviour: CardBehaviour;
  /** The ready-made tokens can be used again and again; tokenised cards once. */
  reusable: boolean;
  used: boolean;
}

export interface GatewaySettings {
  slowCardDelayMs: number;
  challengeUrl: (intentId: string) => string;
  /** Waits `ms`, or less when the gateway stops. */
  sleep: (ms: number) => Promise<void>;
}

/** The outcome of an authorisation: `dropResponse` when the test card loses the answer after the work. */
export interface Authorised {
  intent: IntentRecord;
  dropResponse: boolean;
}

const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;
const unixNow = () => Math.floor(Date.now() / 1000);

const unexpectedState = (intent: IntentRecord, action: string) =>
  invalidRequest('payment_intent_unexpected_state', `This PaymentIntent could not be ${action} because it has a status of ${intent.status}.`, {
    paymentIntent: intentResponse(intent),
  });

/** The gateway's books: tokens, intents, refunds and events, and the rules that move an intent along. */
export class Gateway {
  private tokens = new Map<string, TokenRecord>();
  private intents = new Map<string, IntentRecord>();
  private refunds = new Map<string, Refund>();
  private events: WebhookEvent[] = [];

  constructor(
    private readonly webhooks: WebhookSender,
    private readonly settings: GatewaySettings,
  ) {
    this.seedTokens();
  }

  /** Keeps brand, last4, expiry and the test behaviour; the number and code are dropped here. */
  tokenize(input: CardInput): { id: string; object: 'token'; card: CardDetails; created: number } {
    const check = checkCard(input, new Date());
    if (!check.ok) throw new HttpError(400, 'card_error', check.error.code, check.error.message, { param: check.error.param });
    const token: TokenRecord = { id: newId('tok'), card: check.card, behaviour: check.behaviour, reusable: false, used: false };
    this.tokens.set(token.id, token);
    return { id: token.id, object: 'token', card: { ...token.card }, created: unixNow() };
  }

  async createIntent(request: PaymentIntentRequest): Promise<Authorised> {
    const intent: IntentRecord = {
      id: newId('pi'),
      object: 'payment_intent',
      status: 'requires_payment_method',
      amount: request.amount,
      amountCapturable: 0,
      amountReceived: 0,
      amountRefunded: 0,
      currency: request.currency,
      reference: request.reference,
      captureMethod: request.captureMethod,
      card: null,
      returnUrl: request.returnUrl ?? null,
      nextAction: null,
      lastError: null,
      cancellationReason: null,
      created: unixNow(),
      behaviour: null,
      authorisations: 0,
      captures: [],
      refunds: [],
    };
    // An unknown or used token is refused before any intent exists.
    if (request.token) this.takeToken(request.token);
    this.intents.set(intent.id, intent);
    if (!request.token) return { intent, dropResponse: false };
    return this.authorise(intent, request.token);
  }

  /** Authorises with a token when the intent needs a card; otherwise answers the intent as it stands. */
  async confirm(id: string, request: ConfirmRequest): Promise<Authorised> {
    const intent = this.record(id);
    if (intent.status === 'canceled') throw unexpectedState(intent, 'confirmed');
    if (intent.status !== 'requires_payment_method' && intent.status !== 'failed') return { intent, dropResponse: false };
    if (!request.token) throw invalidRequest('payment_method_required', 'Confirming this PaymentIntent needs a token.', { param: 'token' });
    this.takeToken(request.token);
    if (request.returnUrl) intent.returnUrl = request.returnUrl;
    return this.authorise(intent, request.token);
  }

  /** One capture per intent: whatever is not captured is released, and the intent is `succeeded`. */
  capture(id: string, amount: number | undefined): IntentRecord {
    const intent = this.record(id);
    if (intent.status !== 'requires_capture') throw unexpectedState(intent, 'captured');
    const captured = amount ?? intent.amountCapturable;
    if (captured > intent.amountCapturable) {
      throw invalidRequest('amount_too_large', `At most ${intent.amountCapturable} can be captured.`, { param: 'amount' });
    }
    const record: CaptureRecord = { paymentIntent: intent.id, amount: captured, at: new Date().toISOString() };
    intent.captures.push(record);
    Object.assign(intent, { status: 'succeeded', amountReceived: captured, amountCapturable: 0 });
    this.emit('payment_intent.succeeded', intent);
    return intent;
  }

  /** Voids the authorisation; a captured intent is refunded instead. Cancelling twice answers the same intent. */
  cancel(id: string, reason: string | undefined): IntentRecord {
    const intent = this.record(id);
    if (intent.status === 'canceled') return intent;
    if (intent.status === 'succeeded') throw unexpectedState(intent, 'canceled (refund a captured payment instead)');
    Object.assign(intent, { status: 'canceled', amountCapturable: 0, nextAction: null, cancellationReason: reason ?? null });
    this.emit('payment_intent.canceled', intent);
    return intent;
  }

  /** Partial refunds add up to at most what was captured. */
  refund(request: RefundRequest): Refund {
    const intent = this.intents.get(request.paymentIntent);
    if (!intent) throw invalidRequest('resource_missing', `No such payment_intent: ${request.paymentIntent}.`, { param: 'paymentIntent' });
    if (intent.status !== 'succeeded') throw unexpectedState(intent, 'refunded');
    const refundable = intent.amountReceived - intent.amountRefunded;
    if (refundable === 0) throw invalidRequest('charge_already_refunded', 'This payment has been refunded in full.');
    const amount = request.amount ?? refundable;
    if (amount > refundable) throw invalidRequest('amount_too_large', `At most ${refundable} can still be refunded.`, { param: 'amount' });
    const refund: Refund = {
      id: newId('re'),
      object: 'refund',
      paymentIntent: intent.id,
      amount,
      currency: intent.currency,
      reason: request.reason ?? null,
      status: 'succeeded',
      created: unixNow(),
    };
    this.refunds.set(refund.id, refund);
    intent.amountRefunded += amount;
    intent.refunds.push(refund.id);
    this.emit('charge.refunded', refund);
    return refund;
  }

  /** The cardholder passed the challenge: the card is authorised. */
  completeChallenge(id: string): IntentRecord {
    const intent = this.challenged(id);
    this.markAuthorised(intent);
    return intent;
  }

  failChallenge(id: string): IntentRecord {
    const intent = this.challenged(id);
    Object.assign(intent, { status: 'failed', nextAction: null, lastError: { ...declines.authenticationFailed } });
    this.emit('payment_intent.payment_failed', intent);
    return intent;
  }

  intent(id: string): IntentRecord {
    return this.record(id);
  }

  refundById(id: string): Refund {
    const refund = this.refunds.get(id);
    if (!refund) throw notFound('resource_missing', `No such refund: ${id}.`);
    return refund;
  }

  allIntents(): IntentRecord[] {
    return [...this.intents.values()].map((intent) => structuredClone(intent));
  }

  allCaptures(): CaptureRecord[] {
    return [...this.intents.values()].flatMap((intent) => intent.captures.map((capture) => ({ ...capture })));
  }

  allEvents(): WebhookEvent[] {
    return structuredClone(this.events);
  }

  /** Sends a recorded event again, unchanged (same id and body): a duplicate delivery. */
  async redeliver(eventId: string, times: number): Promise<WebhookAttempt[]> {
    const event = this.events.find((candidate) => candidate.id === eventId);
    if (!event) throw notFound('resource_missing', `No such event: ${eventId}.`);
    const attempts: WebhookAttempt[] = [];
    for (let i = 0; i < times; i += 1) attempts.push(...(await this.webhooks.deliver(event)));
    return attempts;
  }

  reset(): void {
    this.tokens.clear();
    this.intents.clear();
    this.refunds.clear();
    this.events = [];
    this.seedTokens();
  }

  private async authorise(intent: IntentRecord, tokenId: string): Promise<Authorised> {
    const token = this.takeToken(tokenId);
    token.used = true;
    Object.assign(intent, { card: { ...token.card }, behaviour: token.behaviour, lastError: null });
    const behaviour = token.behaviour;
    if (behaviour === 'slow') {
      await this.settings.sleep(this.settings.slowCardDelayMs);
      if (intent.status === 'canceled') return { intent, dropResponse: false };
    }
    if (behaviour === 'declined' || behaviour === 'insufficientFunds') {
      Object.assign(intent, { status: 'failed', lastError: { ...declines[behaviour] } });
      this.emit('payment_intent.payment_failed', intent);
    } else if (behaviour === 'requiresAction') {
      Object.assign(intent, { status: 'requires_action', nextAction: { type: 'redirect', url: this.settings.challengeUrl(intent.id) } });
      this.emit('payment_intent.requires_action', intent);
    } else {
      this.markAuthorised(intent);
    }
    return { intent, dropResponse: behaviour === 'successThenTimeout' };
  }

  private markAuthorised(intent: IntentRecord): void {
    Object.assign(intent, { status: 'requires_capture', amountCapturable: intent.amount, nextAction: null, lastError: null });
    intent.authorisations += 1;
    this.emit('payment_intent.amount_capturable_updated', intent);
  }

  private challenged(id: string): IntentRecord {
    const intent = this.record(id);
    if (intent.status !== 'requires_action') {
      throw new HttpError(409, 'invalid_request_error', 'payment_intent_unexpected_state', `This payment needs no authentication (status ${intent.status}).`);
    }
    return intent;
  }

  /** A usable token, or the 400 a client would get for it (a tokenised card is single-use). */
  private takeToken(id: string): TokenRecord {
    const token = this.tokens.get(id);
    if (!token) throw invalidRequest('resource_missing', `No such token: ${id}.`, { param: 'token' });
    if (token.used && !token.reusable) throw invalidRequest('token_already_used', `Token ${id} was already used; tokenise the card again.`, { param: 'token' });
    return token;
  }

  private emit(type: EventType, object: IntentRecord | Refund): void {
    const event: WebhookEvent = {
      id: newId('evt'),
      type,
      created: unixNow(),
      data: { object: object.object === 'refund' ? { ...object } : intentResponse(object) },
    };
    this.events.push(event);
    void this.webhooks.deliver(event);
  }

  private record(id: string): IntentRecord {
    const intent = this.intents.get(id);
    if (!intent) throw notFound('resource_missing', `No such payment_intent: ${id}.`);
    return intent;
  }

  private seedTokens(): void {
    const expYear = new Date().getUTCFullYear() + 5;
    const last4: Record<CardBehaviour, string> = {
      success: '4242',
      declined: '0002',
      insufficientFunds: '9995',
      requiresAction: '3220',
      successThenTimeout: '0259',
      slow: '0077',
    };
    for (const [behaviour, id] of Object.entries(TEST_TOKENS) as [CardBehaviour, string][]) {
      const card: CardDetails = { brand: 'visa', last4: last4[behaviour], expMonth: 12, expYear };
      this.tokens.set(id, { id, card, behaviour, reusable: true, used: false });
    }
  }
}
