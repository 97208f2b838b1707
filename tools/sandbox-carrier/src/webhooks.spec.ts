import { type SandboxCarrier, type SandboxCarrierOptions, startSandboxCarrier } from './sandbox-carrier';
import { signSandboxWebhook, verifySandboxWebhook } from './signature';
import { labelBody, sandboxClient } from './testing/client';
import { startWebhookReceiver, type WebhookReceiver } from './testing/webhook-receiver';

const apiKey = 'sk_sandbox_test';
const secret = 'whsec_sandbox_test';
let receiver: WebhookReceiver;
let carrier: SandboxCarrier | undefined;

beforeEach(async () => {
  receiver = await startWebhookReceiver();
});
afterEach(async () => {
  await carrier?.stop();
  carrier = undefined;
  await receiver.stop();
});

async function start(options: Partial<SandboxCarrierOptions> = {}) {
  carrier = await startSandboxCarrier({
    apiKey,
    webhook: { url: receiver.url, secret, retry: { attempts: 4, baseDelayMs: 20, timeoutMs: 1000 } },
    timeline: { stepMs: 0 },
    ...options,
  });
  const client = sandboxClient(carrier.url, apiKey);
  const buy = async (key = 'order-1001-label') => {
    const response = await client.post('/v1/labels', labelBody(), { headers: { 'Idempotency-Key': key } });
    return response.body as { labelId: string; trackingNumber: string };
  };
  return { carrier, client, buy };
}

describe('the tracking timeline', () => {
  it('pushes label_created → in_transit → out_for_delivery → delivered as signed webhooks, in order', async () => {
    const { client, buy } = await start({ timeline: { stepMs: 30 } });
    const { trackingNumber } = await buy();
    const received = await receiver.waitFor(4);

    expect(received.map(({ event }) => event.status)).toEqual(['label_created', 'in_transit', 'out_for_delivery', 'delivered']);
    for (const { body, event, headers } of received) {
      expect(event).toMatchObject({ id: expect.stringMatching(/^evt_/), type: 'tracking.updated', trackingNumber, occurredAt: expect.any(String), description: expect.any(String), location: { country: 'US' } });
      expect(verifySandboxWebhook(secret, body, headers['sandbox-signature'] as string)).toMatchObject({ ok: true });
    }
    expect(new Set(received.map(({ event }) => event.id)).size).toBe(4);
    const occurred = received.map(({ event }) => event.occurredAt);
    expect([...occurred].sort()).toEqual(occurred);

    const tracking = await client.get<{ status: string; events: { id: string }[] }>(`/v1/tracking/${trackingNumber}`);
    expect(tracking.body.status).toBe('delivered');
    expect(tracking.body.events.map((event) => event.id)).toEqual(received.map(({ event }) => event.id));
  });

  it('signs "<t>.<raw body>" so the helper reproduces the header exactly', async () => {
    const { buy } = await start();
    await buy();
    const [delivery] = await receiver.waitFor(1);
    const header = delivery!.headers['sandbox-signature'] as string;
    const t = Number(/t=(\d+)/.exec(header)?.[1]);
    expect(signSandboxWebhook(secret, delivery!.body, t)).toBe(header);
    expect(signSandboxWebhook('forged-secret', delivery!.body, t)).not.toBe(header);
  });

  it('stops the timeline of a cancelled label', async () => {
    const { client, buy } = await start({ timeline: { stepMs: 250 } });
    const { labelId } = await buy();
    expect((await client.post(`/v1/labels/${labelId}/cancel`)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(receiver.received.map(({ event }) => event.status)).toEqual(['label_created', 'cancelled']);
  });

  it('runs the rest of the timeline at once on /_control/deliver', async () => {
    const { client, buy } = await start();
    const { trackingNumber } = await buy();
    const response = await client.post<{ events: { event: { status: string }; delivery: { statusCode: number } }[] }>('/_control/deliver', { trackingNumber });
    expect(response.body.events.map(({ event, delivery }) => [event.status, delivery.statusCode])).toEqual([
      ['in_transit', 204],
      ['out_for_delivery', 204],
      ['delivered', 204],
    ]);
    expect(receiver.received.map(({ event }) => event.status)).toEqual(['label_created', 'in_transit', 'out_for_delivery', 'delivered']);
    expect((await client.post('/_control/deliver', { trackingNumber })).body).toEqual({ events: [] });
  });
});

describe('webhook retries', () => {
  it('retries with backoff after the receiver answers 500 twice, and logs every attempt', async () => {
    receiver.respondWith((index) => (index < 2 ? 500 : 200));
    const { carrier, client, buy } = await start();
    await buy();
    await receiver.waitFor(3);
    await carrier.control.webhooksSettled();

    const { body } = await client.get<{ attempts: { eventId: string; attempt: number; statusCode: number; willRetry: boolean; at: string }[] }>('/_control/webhooks');
    expect(body.attempts.map(({ attempt, statusCode, willRetry }) => ({ attempt, statusCode, willRetry }))).toEqual([
      { attempt: 1, statusCode: 500, willRetry: true },
      { attempt: 2, statusCode: 500, willRetry: true },
      { attempt: 3, statusCode: 200, willRetry: false },
    ]);
    expect(new Set(body.attempts.map((attempt) => attempt.eventId)).size).toBe(1);
    // Backoff doubles from 20 ms: at least 20 ms, then at least 40 ms between attempts (a loaded machine only adds).
    const at = body.attempts.map((attempt) => Date.parse(attempt.at));
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(20 - 2);
    expect(at[2]! - at[1]!).toBeGreaterThanOrEqual(40 - 2);
    // Every retry carries the same body, freshly signed.
    expect(new Set(receiver.received.map(({ body }) => body)).size).toBe(1);
  });

  it('gives up after the configured number of attempts', async () => {
    receiver.respondWith(() => 503);
    const { carrier, buy } = await start();
    await buy();
    await carrier.control.webhooksSettled();
    expect(carrier.control.webhookAttempts().map((attempt) => attempt.statusCode)).toEqual([503, 503, 503, 503]);
  });

  it('retries when the receiver cannot be reached', async () => {
    const { carrier, buy } = await start();
    carrier.control.setWebhook({ url: 'http://127.0.0.1:9/unreachable', secret });
    await buy();
    await new Promise((resolve) => setTimeout(resolve, 30));
    carrier.control.setWebhook({ url: receiver.url, secret });
    await receiver.waitFor(1);
    await carrier.control.webhooksSettled();
    const attempts = carrier.control.webhookAttempts();
    expect(attempts[0]).toMatchObject({ attempt: 1, statusCode: null, error: expect.any(String) });
    expect(attempts.at(-1)).toMatchObject({ statusCode: 204, url: receiver.url });
  });
});

describe('manual events', () => {
  it('sends a duplicate of an event with the same id and body, without adding to the history', async () => {
    const { client, buy } = await start();
    const { trackingNumber } = await buy();
    const [created] = await receiver.waitFor(1);
    const duplicate = await client.post<{ event: { id: string }; delivery: { statusCode: number } }>('/_control/events', {
      trackingNumber,
      status: 'label_created',
      duplicateOf: created!.event.id,
    });
    expect(duplicate.body.event.id).toBe(created!.event.id);
    expect(duplicate.body.delivery.statusCode).toBe(204);
    expect(receiver.received.map(({ body }) => body)).toEqual([created!.body, created!.body]);
    expect(((await client.get(`/v1/tracking/${trackingNumber}`)).body['events'] as unknown[]).length).toBe(1);
    expect((await client.post('/_control/events', { trackingNumber, status: 'delivered', duplicateOf: 'evt_unknown' })).status).toBe(404);
  });

  it('pushes events out of order; the carrier’s own status follows the latest occurredAt', async () => {
    const { client, buy } = await start();
    const { trackingNumber } = await buy();
    const now = Date.now();
    const at = (minutes: number) => new Date(now + minutes * 60_000).toISOString();
    await client.post('/_control/events', { trackingNumber, status: 'delivered', occurredAt: at(30) });
    await client.post('/_control/events', { trackingNumber, status: 'in_transit', occurredAt: at(10) });

    expect(receiver.received.map(({ event }) => event.status)).toEqual(['label_created', 'delivered', 'in_transit']);
    const tracking = await client.get<{ status: string; events: { status: string; occurredAt: string }[] }>(`/v1/tracking/${trackingNumber}`);
    expect(tracking.body.status).toBe('delivered');
    expect(tracking.body.events.map((event) => event.status)).toEqual(['label_created', 'in_transit', 'delivered']);
    expect(tracking.body.events[1]!.occurredAt).toBe(at(10));
  });

  it('validates control bodies and 404s unknown tracking numbers', async () => {
    const { client } = await start();
    expect((await client.post('/_control/events', { trackingNumber: 'SBX1', status: 'lost' })).status).toBe(400);
    expect((await client.post('/_control/events', { trackingNumber: 'SBX000000000000', status: 'delivered' })).status).toBe(404);
    expect((await client.post('/_control/failures', { next: 0, mode: 'error_500' })).status).toBe(400);
  });

  it('records events without a webhook URL, and lists labels through /_control/labels', async () => {
    const { client, buy } = await start({ webhook: undefined });
    const { trackingNumber } = await buy();
    const pushed = await client.post('/_control/events', { trackingNumber, status: 'in_transit' });
    expect(pushed.body).toMatchObject({ event: { status: 'in_transit' }, delivery: null });
    const labels = await client.get<{ labels: { trackingNumber: string; events: unknown[] }[] }>('/_control/labels');
    expect(labels.body.labels).toHaveLength(1);
    expect(labels.body.labels[0]).toMatchObject({ trackingNumber, idempotencyKey: 'order-1001-label' });
    expect(labels.body.labels[0]!.events).toHaveLength(2);
  });
});
