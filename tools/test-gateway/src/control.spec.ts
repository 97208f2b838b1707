import type { PaymentIntent } from './intent';
import { startTestGateway, type TestGateway } from './test-gateway';
import { gatewayClient, intentBody } from './testing/client';

let gateway: TestGateway;
let client: ReturnType<typeof gatewayClient>;

beforeEach(async () => {
  gateway = await startTestGateway({ secretKey: 'sk_test', hangMs: 2_000 });
  client = gatewayClient(gateway.url, 'sk_test');
});
afterEach(() => gateway.close());

describe('/_control', () => {
  it('fails the next N requests to a path with 500, then recovers; other paths are not affected', async () => {
    const failures = await client.post('/_control/failures', { next: 2, mode: 'error_500', path: '/v1/payment_intents' });
    expect(failures.body).toEqual({ failures: [{ next: 2, mode: 'error_500', path: '/v1/payment_intents' }] });
    expect((await client.get('/v1/payment_intents/pi_unknown')).status).toBe(404);
    expect((await client.post('/v1/payment_intents', intentBody())).status).toBe(500);
    expect((await client.post('/v1/payment_intents', intentBody())).status).toBe(500);
    expect(gateway.control.intents()).toHaveLength(0);
    expect((await client.post('/v1/payment_intents', intentBody())).status).toBe(200);
    expect((await client.get('/_control/failures')).body).toEqual({ failures: [] });
  });

  it('lists and clears pending failures, and validates rules', async () => {
    await client.post('/_control/failures', { next: 3, mode: 'timeout' });
    expect((await client.call('DELETE', '/_control/failures')).body).toEqual({ failures: [] });
    expect((await client.post('/_control/failures', { next: 0, mode: 'error_500' })).status).toBe(400);
    expect((await client.post('/_control/failures', { next: 1, mode: 'explode' })).status).toBe(400);
    expect((await client.post('/v1/payment_intents', intentBody())).status).toBe(200);
  });

  it('adds the configured latency to API answers', async () => {
    expect((await client.post('/_control/latency', { ms: 150 })).body).toEqual({ latencyMs: 150 });
    const started = performance.now();
    expect((await client.get('/v1/payment_intents/pi_unknown')).status).toBe(404);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('lists recorded requests, intents and captures per intent', async () => {
    const intent = (await client.post<PaymentIntent>('/v1/payment_intents', intentBody(), { headers: { 'Idempotency-Key': 'k-1' } })).body;
    await client.post(`/v1/payment_intents/${intent.id}/capture`, { amount: 100 });
    const requests = await client.get<{ requests: { method: string; path: string; idempotencyKey: string | null; statusCode: number }[] }>('/_control/requests');
    expect(requests.body.requests.map(({ method, path, idempotencyKey, statusCode }) => ({ method, path, idempotencyKey, statusCode }))).toEqual([
      { method: 'POST', path: '/v1/payment_intents', idempotencyKey: 'k-1', statusCode: 200 },
      { method: 'POST', path: `/v1/payment_intents/${intent.id}/capture`, idempotencyKey: null, statusCode: 200 },
    ]);
    const captures = await client.get('/_control/captures');
    expect(captures.body).toEqual({ captures: [{ paymentIntent: intent.id, amount: 100, at: expect.any(String) }], countsByIntent: { [intent.id]: 1 } });
    const intents = await client.get<{ intents: { id: string; authorisations: number; captures: unknown[] }[] }>('/_control/intents');
    expect(intents.body.intents).toEqual([expect.objectContaining({ id: intent.id, authorisations: 1, behaviour: 'success' })]);
  });

  it('resets to a clean gateway: intents, keys, failures and latency', async () => {
    const created = await client.post('/v1/payment_intents', intentBody(), { headers: { 'Idempotency-Key': 'k-reset' } });
    await client.post('/_control/failures', { next: 5, mode: 'error_500', path: '/v1/refunds' });
    await client.post('/_control/latency', { ms: 50 });
    expect((await client.post('/_control/reset')).body).toEqual({ reset: true });

    expect(gateway.control.intents()).toEqual([]);
    expect(gateway.control.failures()).toEqual([]);
    expect(gateway.control.latency()).toBe(0);
    expect(gateway.control.requests()).toEqual([]);
    expect((await client.get(`/v1/payment_intents/${String(created.body['id'])}`)).status).toBe(404);
    const again = await client.post('/v1/payment_intents', intentBody(), { headers: { 'Idempotency-Key': 'k-reset' } });
    expect(again.headers.get('idempotent-replayed')).toBeNull();
    expect(again.body['id']).not.toBe(created.body['id']);
  });
});
