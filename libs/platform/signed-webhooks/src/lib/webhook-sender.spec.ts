import { startWebhookReceiver, type WebhookReceiver } from '../testing/webhook-receiver';
import { diagnoseTimestampedHmac } from './timestamped-hmac';
import { type RetryPolicy, WebhookSender, type WebhookSenderOptions } from './webhook-sender';

interface Event {
  id: string;
  kind: string;
}

const secret = 'whsec_test';
const policy: RetryPolicy = { attempts: 3, baseDelayMs: 10, timeoutMs: 1000 };
let receivers: WebhookReceiver<Event>[] = [];
let sender: WebhookSender<Event, { kind: string }> | undefined;

const receiver = async () => {
  const started = await startWebhookReceiver<Event>('/hooks');
  receivers.push(started);
  return started;
};
const senderTo = (url: string | string[], options: Partial<WebhookSenderOptions<Event, { kind: string }>> = {}) =>
  (sender = new WebhookSender({ url, secret }, { signatureHeader: 'Test-Signature', userAgent: 'spec/1', policy, describe: ({ kind }) => ({ kind }), ...options }));

afterEach(async () => {
  sender?.stop();
  await Promise.all(receivers.map((started) => started.stop()));
  receivers = [];
});

describe('WebhookSender', () => {
  it('posts the event as JSON, signed over the exact body, with its user agent', async () => {
    const shop = await receiver();
    const [first] = await senderTo(shop.url).deliver({ id: 'evt_1', kind: 'created' });
    expect(first).toMatchObject({ eventId: 'evt_1', kind: 'created', attempt: 1, url: shop.url, statusCode: 204, willRetry: false });
    const [delivery] = shop.received;
    expect(delivery!.event).toEqual({ id: 'evt_1', kind: 'created' });
    expect(delivery!.headers['user-agent']).toBe('spec/1');
    expect(diagnoseTimestampedHmac(secret, delivery!.body, delivery!.headers['test-signature'] as string)).toMatchObject({ ok: true });
  });

  it('retries a non-2xx answer with backoff until it succeeds, and logs every attempt', async () => {
    const shop = await receiver();
    shop.respondWith((index) => (index < 2 ? 503 : 200));
    const notes: string[] = [];
    const webhooks = senderTo(shop.url, { onAttempt: (attempt) => notes.push(`${attempt.attempt} ${attempt.statusCode}`) });
    await webhooks.deliver({ id: 'evt_1', kind: 'created' });
    await webhooks.settled();
    expect(webhooks.attempts().map(({ attempt, statusCode, willRetry }) => ({ attempt, statusCode, willRetry }))).toEqual([
      { attempt: 1, statusCode: 503, willRetry: true },
      { attempt: 2, statusCode: 503, willRetry: true },
      { attempt: 3, statusCode: 200, willRetry: false },
    ]);
    expect(notes).toEqual(['1 503', '2 503', '3 200']);
  });

  it('gives up after the policy’s attempts and records a receiver that never answered', async () => {
    const webhooks = senderTo('http://127.0.0.1:1/hooks');
    await webhooks.deliver({ id: 'evt_1', kind: 'created' });
    await webhooks.settled();
    const attempts = webhooks.attempts();
    expect(attempts.map(({ attempt, willRetry }) => [attempt, willRetry])).toEqual([
      [1, true],
      [2, true],
      [3, false],
    ]);
    expect(attempts[0]).toMatchObject({ statusCode: null, error: expect.any(String) });
  });

  it('sends every event to every endpoint, and held events in reverse on release', async () => {
    const [a, b] = [await receiver(), await receiver()];
    const webhooks = senderTo([a.url, b.url]);
    webhooks.pause();
    await webhooks.deliver({ id: 'evt_1', kind: 'created' });
    await webhooks.deliver({ id: 'evt_2', kind: 'updated' });
    expect(webhooks.held().map(({ id }) => id)).toEqual(['evt_1', 'evt_2']);
    await webhooks.release('reverse');
    expect(a.received.map(({ event }) => event.id)).toEqual(['evt_2', 'evt_1']);
    expect(b.received.map(({ event }) => event.id)).toEqual(['evt_2', 'evt_1']);
  });

  it('sends retries to the endpoint it was re-pointed to', async () => {
    const [old, current] = [await receiver(), await receiver()];
    old.respondWith(() => 500);
    const webhooks = senderTo(old.url);
    await webhooks.deliver({ id: 'evt_1', kind: 'created' });
    webhooks.setTarget({ url: current.url, secret });
    await webhooks.settled();
    expect(old.received).toHaveLength(1);
    expect(current.received.map(({ event }) => event.id)).toEqual(['evt_1']);
  });
});
