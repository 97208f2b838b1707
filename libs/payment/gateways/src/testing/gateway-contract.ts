import type { CurrencyCode } from '@emporium/money';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway, GatewayIntent } from '../lib/gateway';
import { GatewayIdempotencyConflict, GatewayRejected, GatewayUnavailable } from '../lib/gateway-errors';
import type { Delivery } from './webhook-receiver';

/** How a backend fails the next requests: as the test gateway's and the Stripe stand-in's controls name it. */
export type FailureMode = 'error_500' | 'timeout' | 'succeed_then_timeout';

/** The operations a failure can be aimed at. */
export type ContractOperation = 'authorize' | 'capture';

/** A webhook as the backend sent it: the exact bytes, its event id and type. */
export interface SentWebhook {
  readonly id: string;
  readonly type: string;
  readonly rawBody: string;
}

/** One backend (the test gateway, the Stripe stand-in…) started for the contract, with an adapter pointing at it. */
export interface ContractBackend {
  /** The adapter under test, with a per-attempt timeout short enough for lost answers (≈ 300 ms) and 2 retries. */
  readonly gateway: Gateway;
  /** Payment methods the backend decides outcomes by. */
  readonly tokens: { readonly success: string; readonly declined: string; readonly insufficientFunds: string; readonly requiresAction: string };
  /** Drives the challenge page at `intent.nextAction.url` over plain HTTP, pressing "complete". */
  completeChallenge(intent: GatewayIntent): Promise<void>;
  /** The next `times` requests of `operation` fail in `mode`. */
  failNext(operation: ContractOperation, mode: FailureMode, times?: number): void;
  /** How many captures the backend performed for the intent. */
  capturesAt(intentId: string): number;
  /** How many times the backend authorised the card for the intent. */
  authorisationsAt(intentId: string): number;
  /** How many API requests the backend has seen so far. */
  requestCount(): number;
  /** The backend's webhooks about the intent, as sent (recorded even with no receiver). */
  webhooksAbout(intentId: string): SentWebhook[];
  /** What the backend actually POSTed to its webhook endpoint (point it at `startWebhookReceiver()`). */
  delivered(): readonly Delivery[];
  /** The backend's own signature headers for `rawBody` at `timestampSeconds`. */
  sign(rawBody: string, timestampSeconds: number, secret?: string): Headers;
  close(): Promise<void>;
}

const USD = 'USD' as CurrencyCode;
let sequence = 0;
/** A fresh key per call, shaped like the payment service's `${paymentId}:${operation}:${sequence}`. */
const key = (operation: string) => `pay_contract_${process.pid}_${Date.now()}_${(sequence += 1)}:${operation}:1`;

const rejected = (code?: string) => (error: unknown) => {
  expect(error).toBeInstanceOf(GatewayRejected);
  if (code) expect((error as GatewayRejected).code).toBe(code);
};

/**
 * What every gateway adapter must do, proven over real HTTP against its backend. A spec file calls it once per
 * adapter: `describeGatewayContract('test gateway', async () => ({ gateway, tokens, … }))`.
 */
export function describeGatewayContract(name: string, setup: () => Promise<ContractBackend>): void {
  describe(`${name}: the gateway contract`, { timeout: 30_000 }, () => {
    let backend: ContractBackend;
    beforeAll(async () => {
      backend = await setup();
    }, 30_000);
    afterAll(() => backend?.close());

    const create = (amount = 5000) =>
      backend.gateway.createIntent({
        amount: { amount, currency: USD },
        reference: `order-${sequence}`,
        returnUrl: 'https://shop.example/checkout/return',
        idempotencyKey: key('create'),
      });
    const authorised = async (amount = 5000) => {
      const intent = await create(amount);
      return backend.gateway.authorize({ intentId: intent.id, paymentMethod: backend.tokens.success, idempotencyKey: key('authorize') });
    };

    it('creates an intent with nothing authorised yet', async () => {
      const intent = await create(5000);
      expect(intent).toMatchObject({ status: 'requires_payment_method', currency: 'USD', amount: 5000, amountAuthorized: 0, amountCaptured: 0, amountRefunded: 0 });
      expect(intent.nextAction).toBeNull();
      expect(intent.failure).toBeNull();
    });

    it('authorises, captures part (releasing the rest), refunds part then the rest', async () => {
      const intent = await authorised(5000);
      expect(intent).toMatchObject({ status: 'authorized', amountAuthorized: 5000, amountCaptured: 0 });
      expect(intent.card).toMatchObject({ last4: expect.stringMatching(/^\d{4}$/) });

      const captured = await backend.gateway.capture({ intentId: intent.id, amount: 3000, idempotencyKey: key('capture') });
      expect(captured).toMatchObject({ status: 'captured', amountAuthorized: 5000, amountCaptured: 3000, amountRefunded: 0 });
      // One capture per intent: the rest was released.
      await backend.gateway.capture({ intentId: intent.id, amount: 1000, idempotencyKey: key('capture') }).then(
        () => expect.fail('a second capture must be refused'),
        rejected(),
      );

      const first = await backend.gateway.refund({ intentId: intent.id, amount: 1000, reason: 'damaged', idempotencyKey: key('refund') });
      expect(first.amount).toBe(1000);
      expect(first.intent).toMatchObject({ status: 'partially_refunded', amountCaptured: 3000, amountRefunded: 1000 });
      const rest = await backend.gateway.refund({ intentId: intent.id, amount: 2000, reason: 'damaged', idempotencyKey: key('refund') });
      expect(rest.intent).toMatchObject({ status: 'refunded', amountCaptured: 3000, amountRefunded: 3000 });
      expect(await backend.gateway.retrieve({ intentId: intent.id })).toEqual(rest.intent);
      expect(backend.capturesAt(intent.id)).toBe(1);
    });

    it('retries a capture whose answer was lost with the same key, and the backend captures once', async () => {
      const intent = await authorised(4000);
      backend.failNext('capture', 'succeed_then_timeout', 1);
      const captured = await backend.gateway.capture({ intentId: intent.id, amount: 4000, idempotencyKey: key('capture') });
      expect(captured).toMatchObject({ status: 'captured', amountCaptured: 4000 });
      expect(backend.capturesAt(intent.id)).toBe(1);
    });

    it('a capture whose first attempt timed out without doing anything is retried and captures once', async () => {
      const intent = await authorised(4000);
      backend.failNext('capture', 'timeout', 1);
      await expect(backend.gateway.capture({ intentId: intent.id, amount: 4000, idempotencyKey: key('capture') })).resolves.toMatchObject({ status: 'captured' });
      expect(backend.capturesAt(intent.id)).toBe(1);
    });

    it('a key reused for a different request is GatewayIdempotencyConflict, and nothing more happens', async () => {
      const intent = await authorised(4000);
      const reused = key('capture');
      await backend.gateway.capture({ intentId: intent.id, amount: 1000, idempotencyKey: reused });
      const error = await backend.gateway.capture({ intentId: intent.id, amount: 2000, idempotencyKey: reused }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(GatewayIdempotencyConflict);
      expect(error).toMatchObject({ idempotencyKey: reused });
      expect(await backend.gateway.retrieve({ intentId: intent.id })).toMatchObject({ amountCaptured: 1000 });
      expect(backend.capturesAt(intent.id)).toBe(1);
    });

    it('a declined card is a failed intent with card_declined, not an error', async () => {
      const intent = await create();
      const failed = await backend.gateway.authorize({ intentId: intent.id, paymentMethod: backend.tokens.declined, idempotencyKey: key('authorize') });
      expect(failed).toMatchObject({ status: 'failed', amountAuthorized: 0, failure: { code: 'card_declined' } });
    });

    it('insufficient funds is a failed intent with insufficient_funds', async () => {
      const intent = await create();
      const failed = await backend.gateway.authorize({ intentId: intent.id, paymentMethod: backend.tokens.insufficientFunds, idempotencyKey: key('authorize') });
      expect(failed).toMatchObject({ status: 'failed', failure: { code: 'insufficient_funds' } });
      expect(failed.failure?.message).toBeTruthy();
    });

    it('a challenge: requires_action with a URL, then authorised once the shopper completes it', async () => {
      const intent = await create();
      const challenged = await backend.gateway.authorize({ intentId: intent.id, paymentMethod: backend.tokens.requiresAction, idempotencyKey: key('authorize') });
      expect(challenged).toMatchObject({ status: 'requires_action', amountAuthorized: 0, nextAction: { type: 'redirect', url: expect.stringMatching(/^https?:\/\//) } });
      await backend.completeChallenge(challenged);
      const confirmed = await backend.gateway.confirm({ intentId: intent.id, idempotencyKey: key('confirm') });
      expect(confirmed).toMatchObject({ status: 'authorized', amountAuthorized: 5000, nextAction: null });
      expect(backend.authorisationsAt(intent.id)).toBe(1);
    });

    it('refuses to void a captured intent and changes nothing', async () => {
      const intent = await authorised(3000);
      const captured = await backend.gateway.capture({ intentId: intent.id, amount: 3000, idempotencyKey: key('capture') });
      await backend.gateway.void({ intentId: intent.id, idempotencyKey: key('void') }).then(() => expect.fail('void after capture'), rejected());
      expect(await backend.gateway.retrieve({ intentId: intent.id })).toEqual(captured);
    });

    it('voids an authorisation', async () => {
      const intent = await authorised(3000);
      await expect(backend.gateway.void({ intentId: intent.id, idempotencyKey: key('void') })).resolves.toMatchObject({
        status: 'cancelled',
        amountAuthorized: 3000,
        amountCaptured: 0,
      });
    });

    it('refuses a refund above what was captured, and a capture above what was authorised', async () => {
      const intent = await authorised(3000);
      await backend.gateway.capture({ intentId: intent.id, amount: 6000, idempotencyKey: key('capture') }).then(() => expect.fail('over-capture'), rejected());
      await backend.gateway.capture({ intentId: intent.id, amount: 2000, idempotencyKey: key('capture') });
      await backend.gateway
        .refund({ intentId: intent.id, amount: 2001, reason: 'too much', idempotencyKey: key('refund') })
        .then(() => expect.fail('over-refund'), rejected());
      expect(await backend.gateway.retrieve({ intentId: intent.id })).toMatchObject({ status: 'captured', amountCaptured: 2000, amountRefunded: 0 });
    });

    it('after an authorisation whose answer was lost and whose retries timed out, retrieve shows it authorised exactly once', async () => {
      const intent = await create();
      // The first attempt does the work and loses the answer; the adapter's two retries find the backend unreachable.
      backend.failNext('authorize', 'succeed_then_timeout', 1);
      backend.failNext('authorize', 'timeout', 2);
      const error = await backend.gateway
        .authorize({ intentId: intent.id, paymentMethod: backend.tokens.success, idempotencyKey: key('authorize') })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(GatewayUnavailable);
      expect(await backend.gateway.retrieve({ intentId: intent.id })).toMatchObject({ status: 'authorized', amountAuthorized: 5000 });
      expect(backend.authorisationsAt(intent.id)).toBe(1);
    });

    it('retries a 5xx transparently', async () => {
      const intent = await authorised(2500);
      backend.failNext('capture', 'error_500', 1);
      await expect(backend.gateway.capture({ intentId: intent.id, amount: 2500, idempotencyKey: key('capture') })).resolves.toMatchObject({ status: 'captured' });
      expect(backend.capturesAt(intent.id)).toBe(1);
    });

    it('does not retry a 4xx', async () => {
      const intent = await create();
      const before = backend.requestCount();
      await backend.gateway.capture({ intentId: intent.id, amount: 100, idempotencyKey: key('capture') }).then(() => expect.fail('capture before authorising'), rejected());
      expect(backend.requestCount() - before).toBe(1);
    });

    describe('webhooks', () => {
      let sent: SentWebhook;
      beforeAll(async () => {
        const intent = await authorised(1500);
        await backend.gateway.capture({ intentId: intent.id, amount: 1500, idempotencyKey: key('capture') });
        const webhook = backend.webhooksAbout(intent.id).find((candidate) => candidate.type === 'payment_intent.succeeded');
        if (!webhook) throw new Error('the backend recorded no payment_intent.succeeded event');
        sent = webhook;
      });
      const nowSeconds = () => Math.floor(Date.now() / 1000);
      const parse = (headers: Headers, rawBody: string) => backend.gateway.parseWebhook({ headers, rawBody, now: new Date() });

      it("accepts the backend's own deliveries as they arrived, in our words", async () => {
        await expect.poll(() => backend.delivered().filter((delivery) => delivery.rawBody.includes(sent.id)).length, { timeout: 5000 }).toBe(1);
        const results = backend.delivered().map((delivery) => backend.gateway.parseWebhook({ ...delivery, now: new Date() }));
        expect(results.every((result) => result.ok)).toBe(true);
        const events = results.flatMap((result) => (result.ok ? result.events : []));
        expect(events.find((event) => event.id === sent.id)).toMatchObject({ type: 'payment_intent.succeeded', intent: { status: 'captured', amountCaptured: 1500 } });
        expect(events.map((event) => event.intent.status)).toEqual(expect.arrayContaining(['authorized', 'captured', 'failed']));
      });

      it('accepts a genuinely signed delivery and maps the intent', () => {
        const result = parse(backend.sign(sent.rawBody, nowSeconds()), sent.rawBody);
        expect(result).toMatchObject({ ok: true, events: [{ id: sent.id, type: 'payment_intent.succeeded', intent: { status: 'captured', amountCaptured: 1500 } }] });
      });

      it('refuses a wrong secret and a body changed after signing (bad_signature)', () => {
        expect(parse(backend.sign(sent.rawBody, nowSeconds(), 'whsec_someone_else'), sent.rawBody)).toEqual({ ok: false, reason: 'bad_signature' });
        const tampered = sent.rawBody.replace('1500', '1');
        expect(parse(backend.sign(sent.rawBody, nowSeconds()), tampered)).toEqual({ ok: false, reason: 'bad_signature' });
        expect(parse(new Headers(), sent.rawBody)).toEqual({ ok: false, reason: 'bad_signature' });
      });

      it('refuses a delivery signed 6 minutes ago, or 6 minutes ahead (stale_timestamp)', () => {
        expect(parse(backend.sign(sent.rawBody, nowSeconds() - 360), sent.rawBody)).toEqual({ ok: false, reason: 'stale_timestamp' });
        expect(parse(backend.sign(sent.rawBody, nowSeconds() + 360), sent.rawBody)).toEqual({ ok: false, reason: 'stale_timestamp' });
      });

      it('refuses signed garbage as malformed, and acknowledges an unknown event type with no events', () => {
        expect(parse(backend.sign('not json', nowSeconds()), 'not json')).toEqual({ ok: false, reason: 'malformed' });
        const unknown = JSON.stringify({ id: 'evt_unknown', object: 'event', type: 'customer.created', created: nowSeconds(), data: { object: {} } });
        expect(parse(backend.sign(unknown, nowSeconds()), unknown)).toEqual({ ok: true, events: [] });
      });
    });
  });
}
