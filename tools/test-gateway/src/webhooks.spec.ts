import { TEST_TOKENS } from './cards';
import type { PaymentIntent } from './intent';
import { signPayload, verifySignature } from './signature';
import { startTestGateway, type TestGateway, type TestGatewayOptions } from './test-gateway';
import { gatewayClient, intentBody } from './testing/client';
import { startWebhookReceiver, type WebhookReceiver } from './testing/webhook-receiver';

const secret = 'whsec_test';
let receiver: WebhookReceiver;
let gateway: TestGateway | undefined;

beforeEach(async () => {
  receiver = await startWebhookReceiver();
});
afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
  await receiver.stop();
});

async function start(options: Partial<TestGatewayOptions> = {}) {
  gateway = await startTestGateway({
    secretKey: 'sk_test',
    webhook: { url: receiver.url, secret, retry: { attempts: 4, baseDelayMs: 20, timeoutMs: 1000 } },
    ...options,
  });
  const client = gatewayClient(gateway.url, 'sk_test');
  const pay = async (overrides: Record<string, unknown> = {}) => (await client.post<PaymentIntent>('/v1/payment_intents', intentBody(overrides))).body;
  return { gateway, client, pay };
}

describe('events', () => {
  it('posts authorised → captured → refunded as signed events, in order', async () => {
    const { client, pay } = await start();
    const intent = await pay();
    await client.post(`/v1/payment_intents/${intent.id}/capture`, { amount: 4000 });
    const refund = await client.post('/v1/refunds', { paymentIntent: intent.id, amount: 1000 });
    const received = await receiver.waitFor(3);

    expect(received.map(({ event }) => event.type)).toEqual(['payment_intent.amount_capturable_updated', 'payment_intent.succeeded', 'charge.refunded']);
    for (const { body, event, headers } of received) {
      expect(event).toMatchObject({ id: expect.stringMatching(/^evt_/), created: expect.any(Number), data: { object: expect.any(Object) } });
      expect(verifySignature(secret, body, headers['test-gateway-signature'] as string)).toMatchObject({ ok: true });
    }
    expect(received[0]!.event.data.object).toMatchObject({ id: intent.id, status: 'requires_capture', amountCapturable: 5000 });
    expect(received[1]!.event.data.object).toMatchObject({ id: intent.id, status: 'succeeded', amountReceived: 4000 });
    expect(received[2]!.event.data.object).toEqual(refund.body);
  });

  it('posts requires_action, payment_failed and canceled', async () => {
    const { client, pay } = await start();
    await pay({ token: TEST_TOKENS.requiresAction });
    await pay({ token: TEST_TOKENS.declined });
    const voided = await pay();
    await client.post(`/v1/payment_intents/${voided.id}/cancel`);
    const received = await receiver.waitFor(4);
    expect(received.map(({ event }) => event.type)).toEqual([
      'payment_intent.requires_action',
      'payment_intent.payment_failed',
      'payment_intent.amount_capturable_updated',
      'payment_intent.canceled',
    ]);
  });

  it('signs "<t>.<raw body>" so the helper reproduces the header exactly', async () => {
    const { pay } = await start();
    await pay();
    const [delivery] = await receiver.waitFor(1);
    const header = delivery!.headers['test-gateway-signature'] as string;
    const t = Number(/t=(\d+)/.exec(header)?.[1]);
    expect(signPayload(secret, delivery!.body, t)).toBe(header);
    expect(verifySignature('whsec_forged', delivery!.body, header)).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('posts to every configured endpoint', async () => {
    const second = await startWebhookReceiver();
    try {
      const { pay } = await start({ webhook: { url: [receiver.url, second.url], secret } });
      await pay();
      const [first] = await receiver.waitFor(1);
      const [other] = await second.waitFor(1);
      expect(other!.body).toBe(first!.body);
    } finally {
      await second.stop();
    }
  });
});

describe('retries', () => {
  it('retries with backoff after the receiver answers 500, the same body freshly signed', async () => {
    receiver.respondWith((index) => (index < 2 ? 500 : 200));
    const { gateway, client, pay } = await start();
    await pay();
    await receiver.waitFor(3);
    await gateway.control.webhooksSettled();

    const { body } = await client.get<{ attempts: { attempt: number; statusCode: number; willRetry: boolean; at: string; durationMs: number }[] }>('/_control/webhooks');
    expect(body.attempts.map(({ attempt, statusCode, willRetry }) => ({ attempt, statusCode, willRetry }))).toEqual([
      { attempt: 1, statusCode: 500, willRetry: true },
      { attempt: 2, statusCode: 500, willRetry: true },
      { attempt: 3, statusCode: 200, willRetry: false },
    ]);
    // The wait after a failed try doubles: 20 ms, then 40 ms (a millisecond of rounding allowed).
    const waits = body.attempts.slice(1).map((attempt, i) => Date.parse(attempt.at) - Date.parse(body.attempts[i]!.at) - body.attempts[i]!.durationMs);
    expect(waits[0]).toBeGreaterThanOrEqual(19);
    expect(waits[1]).toBeGreaterThanOrEqual(39);
    expect(new Set(receiver.received.map(({ body }) => body)).size).toBe(1);
  });

  it('gives up after the configured number of attempts', async () => {
    receiver.respondWith(() => 503);
    const { gateway, pay } = await start();
    await pay();
    await gateway.control.webhooksSettled();
    expect(gateway.control.webhookAttempts().map((attempt) => attempt.statusCode)).toEqual([503, 503, 503, 503]);
  });

  it('retries an unreachable endpoint, and a re-pointed webhook takes the retries', async () => {
    const { gateway, client, pay } = await start({ webhook: { url: 'http://127.0.0.1:9/unreachable', secret, retry: { attempts: 4, baseDelayMs: 50, timeoutMs: 1000 } } });
    await pay();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await client.post('/_control/webhook', { url: receiver.url, secret })).body).toEqual({ webhook: { url: receiver.url } });
    await receiver.waitFor(1);
    await gateway.control.webhooksSettled();
    const attempts = gateway.control.webhookAttempts();
    expect(attempts[0]).toMatchObject({ attempt: 1, statusCode: null, error: expect.any(String) });
    expect(attempts.at(-1)).toMatchObject({ statusCode: 204, url: receiver.url });
  });
});

describe('webhook controls', () => {
  it('duplicates an event: same id, same body', async () => {
    const { client, pay } = await start();
    await pay();
    const [original] = await receiver.waitFor(1);
    const replay = await client.post<{ deliveries: { statusCode: number }[] }>('/_control/webhooks/replay', { eventId: original!.event.id, times: 2 });
    expect(replay.body.deliveries.map((delivery) => delivery.statusCode)).toEqual([204, 204]);
    expect(receiver.received.map(({ body }) => body)).toEqual([original!.body, original!.body, original!.body]);
    expect((await client.post('/_control/webhooks/replay', { eventId: 'evt_unknown' })).status).toBe(404);
  });

  it('holds events back and sends them in reverse: captured arrives before authorised', async () => {
    const { client, pay } = await start();
    await client.post('/_control/webhooks/pause');
    const intent = await pay();
    await client.post(`/v1/payment_intents/${intent.id}/capture`);
    expect(((await client.get('/_control/webhooks')).body['held'] as string[]).length).toBe(2);
    expect(receiver.received).toHaveLength(0);

    const released = await client.post('/_control/webhooks/release', { order: 'reverse' });
    expect(released.body).toMatchObject({ released: [{ type: 'payment_intent.succeeded' }, { type: 'payment_intent.amount_capturable_updated' }] });
    const received = await receiver.waitFor(2);
    expect(received.map(({ event }) => event.type)).toEqual(['payment_intent.succeeded', 'payment_intent.amount_capturable_updated']);
  });

  it('records events without a webhook URL, listed by /_control/events', async () => {
    const { client, pay } = await start({ webhook: undefined });
    const intent = await pay();
    const events = await client.get<{ events: { type: string; data: { object: { id: string } } }[] }>('/_control/events');
    expect(events.body.events).toEqual([expect.objectContaining({ type: 'payment_intent.amount_capturable_updated', data: { object: expect.objectContaining({ id: intent.id }) } })]);
    expect((await client.get('/_control/webhooks')).body).toEqual({ attempts: [], held: [] });
  });
});
