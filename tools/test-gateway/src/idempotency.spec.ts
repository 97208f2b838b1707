import { TEST_TOKENS } from './cards';
import type { PaymentIntent } from './intent';
import { startTestGateway, type TestGateway } from './test-gateway';
import { gatewayClient, intentBody } from './testing/client';

let gateway: TestGateway;
let client: ReturnType<typeof gatewayClient>;

beforeEach(async () => {
  gateway = await startTestGateway({ secretKey: 'sk_test', hangMs: 3_000 });
  client = gatewayClient(gateway.url, 'sk_test');
});
afterEach(() => gateway.close());

const key = (value: string) => ({ headers: { 'Idempotency-Key': value } });
const authorised = async () => (await client.post<PaymentIntent>('/v1/payment_intents', intentBody())).body;

describe('Idempotency-Key', () => {
  it('answers a repeated capture with the stored answer and captures once', async () => {
    const intent = await authorised();
    const first = await client.post(`/v1/payment_intents/${intent.id}/capture`, { amount: 2000 }, key('capture-1'));
    const again = await client.post(`/v1/payment_intents/${intent.id}/capture`, { amount: 2000 }, key('capture-1'));
    expect(again.status).toBe(first.status);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(gateway.control.captureCounts()).toEqual({ [intent.id]: 1 });
    expect(gateway.control.requests().filter((request) => request.path.endsWith('/capture')).map((request) => request.replayed)).toEqual([false, true]);
  });

  it('creates one intent for a repeated create, bodies equal but for key order', async () => {
    const { reference, ...rest } = intentBody();
    const first = await client.post('/v1/payment_intents', intentBody(), key('create-1'));
    const again = await client.post('/v1/payment_intents', { reference, ...rest }, key('create-1'));
    expect(again.body).toEqual(first.body);
    expect(gateway.control.intents()).toHaveLength(1);
  });

  it('replays an error answer too, with its status', async () => {
    const intent = await authorised();
    const first = await client.post(`/v1/payment_intents/${intent.id}/capture`, { amount: 9999 }, key('over'));
    const again = await client.post(`/v1/payment_intents/${intent.id}/capture`, { amount: 9999 }, key('over'));
    expect([first.status, again.status]).toEqual([400, 400]);
    expect(again.body).toEqual(first.body);
  });

  it('refuses the same key with another body with 409 and does nothing', async () => {
    const intent = await authorised();
    await client.post(`/v1/payment_intents/${intent.id}/capture`, { amount: 2000 }, key('capture-1'));
    const reused = await client.post(`/v1/payment_intents/${intent.id}/capture`, { amount: 3000 }, key('capture-1'));
    expect(reused.status).toBe(409);
    expect(reused.body).toMatchObject({ error: { type: 'idempotency_error', code: 'idempotency_key_reused' } });
    const elsewhere = await client.post('/v1/refunds', { paymentIntent: intent.id }, key('capture-1'));
    expect(elsewhere.status).toBe(409);
    expect(gateway.control.captures()).toHaveLength(1);
    expect((await client.get(`/v1/payment_intents/${intent.id}`)).body).toMatchObject({ amountReceived: 2000, amountRefunded: 0 });
  });

  it('leaves one capture when the answer is lost and the client retries with the same key', async () => {
    const intent = await authorised();
    await client.post('/_control/failures', { next: 1, mode: 'succeed_then_timeout', path: '/v1/payment_intents/*/capture' });
    const lost = client.post(`/v1/payment_intents/${intent.id}/capture`, {}, { ...key('capture-lost'), signal: AbortSignal.timeout(300) });
    await expect(lost).rejects.toThrow(/timeout|abort/i);
    expect(gateway.control.captureCounts()).toEqual({ [intent.id]: 1 });

    const retried = await client.post<PaymentIntent>(`/v1/payment_intents/${intent.id}/capture`, {}, key('capture-lost'));
    expect(retried.status).toBe(200);
    expect(retried.headers.get('idempotent-replayed')).toBe('true');
    expect(retried.body).toMatchObject({ status: 'succeeded', amountReceived: 5000 });
    expect(gateway.control.captureCounts()).toEqual({ [intent.id]: 1 });
  });

  it('does the work on a retry after an injected 500 or timeout, which did nothing', async () => {
    const intent = await authorised();
    await client.post('/_control/failures', { next: 1, mode: 'error_500', path: `/v1/payment_intents/${intent.id}/capture` });
    const failed = await client.post(`/v1/payment_intents/${intent.id}/capture`, {}, key('capture-2'));
    expect(failed.status).toBe(500);
    expect(failed.body).toMatchObject({ error: { type: 'api_error', code: 'injected_failure' } });
    await client.post('/_control/failures', { next: 1, mode: 'timeout' });
    await expect(client.post(`/v1/payment_intents/${intent.id}/capture`, {}, { ...key('capture-2'), signal: AbortSignal.timeout(300) })).rejects.toThrow();
    expect(gateway.control.captures()).toHaveLength(0);

    const retried = await client.post(`/v1/payment_intents/${intent.id}/capture`, {}, key('capture-2'));
    expect(retried.status).toBe(200);
    expect(retried.headers.get('idempotent-replayed')).toBeNull();
    expect(gateway.control.captureCounts()).toEqual({ [intent.id]: 1 });
  });

  it('answers 409 idempotency_key_in_use while the first request with the key is still at work', async () => {
    const slow = await startTestGateway({ secretKey: 'sk_test', slowCardDelayMs: 300 });
    try {
      const slowClient = gatewayClient(slow.url, 'sk_test');
      const body = intentBody({ token: TEST_TOKENS.slow });
      const first = slowClient.post('/v1/payment_intents', body, key('slow-1'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      const concurrent = await slowClient.post('/v1/payment_intents', body, key('slow-1'));
      expect(concurrent.status).toBe(409);
      expect(concurrent.body).toMatchObject({ error: { code: 'idempotency_key_in_use' } });
      expect((await first).status).toBe(200);
      expect((await slowClient.post('/v1/payment_intents', body, key('slow-1'))).headers.get('idempotent-replayed')).toBe('true');
      expect(slow.control.intents()).toHaveLength(1);
    } finally {
      await slow.close();
    }
  });
});

describe('the success-then-timeout card', () => {
  it('authorises once though the client gave up; a retrieve shows it, a retry with the key replays it', async () => {
    const quick = await startTestGateway({ secretKey: 'sk_test', hangMs: 1_500 });
    try {
      const quickClient = gatewayClient(quick.url, 'sk_test');
      const body = intentBody({ token: TEST_TOKENS.successThenTimeout, reference: 'order-lost' });
      const started = performance.now();
      await expect(quickClient.post('/v1/payment_intents', body, { ...key('create-lost'), signal: AbortSignal.timeout(1_000) })).rejects.toThrow(/timeout|abort/i);
      expect(performance.now() - started).toBeGreaterThanOrEqual(950);

      const [record] = quick.control.intents();
      expect(record).toMatchObject({ status: 'requires_capture', authorisations: 1, reference: 'order-lost' });
      expect((await quickClient.get(`/v1/payment_intents/${record!.id}`)).body).toMatchObject({ status: 'requires_capture', amountCapturable: 5000 });

      const retried = await quickClient.post('/v1/payment_intents', body, key('create-lost'));
      expect(retried.body).toMatchObject({ id: record!.id, status: 'requires_capture' });
      expect(quick.control.intents()).toHaveLength(1);
      expect(quick.control.intents()[0]!.authorisations).toBe(1);
      expect(quick.control.requests().map((request) => request.statusCode)).toEqual([null, 200, 200]);
    } finally {
      await quick.close();
    }
  });

  it('drops the connection without an answer once the hold is over', async () => {
    const quick = await startTestGateway({ secretKey: 'sk_test', hangMs: 200 });
    try {
      const request = gatewayClient(quick.url, 'sk_test').post('/v1/payment_intents', intentBody({ token: TEST_TOKENS.successThenTimeout }));
      await expect(request).rejects.toThrow();
      expect(quick.control.intents()[0]).toMatchObject({ status: 'requires_capture', authorisations: 1 });
    } finally {
      await quick.close();
    }
  });
});
