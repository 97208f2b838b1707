import { type SandboxCarrier, startSandboxCarrier } from './sandbox-carrier';
import { address, labelBody, sandboxClient } from './testing/client';

const apiKey = 'sk_sandbox_test';
let carrier: SandboxCarrier;
let client: ReturnType<typeof sandboxClient>;

beforeEach(async () => {
  carrier = await startSandboxCarrier({ apiKey, timeline: { stepMs: 0 }, hangMs: 5_000 });
  client = sandboxClient(carrier.url, apiKey);
});
afterEach(() => carrier.stop());

const rateBody = {
  shipFrom: { country: 'US', postalCode: '07102' },
  shipTo: { country: 'US', region: 'OR', postalCode: '97201' },
  parcels: [{ weightGrams: 1200 }],
  currency: 'USD',
};

describe('authentication', () => {
  it('refuses requests without the API key, or with another one, with 401', async () => {
    const anonymous = await fetch(`${carrier.url}/v1/rates`, { method: 'POST', body: JSON.stringify(rateBody) });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: 'unauthorized' });
    expect((await sandboxClient(carrier.url, 'sk_wrong').post('/v1/rates', rateBody)).status).toBe(401);
    expect((await sandboxClient(carrier.url, 'sk_wrong').get('/_control/labels')).status).toBe(401);
  });

  it('answers the health check without a key', async () => {
    const health = await fetch(`${carrier.url}/health`);
    expect(health.status).toBe(200);
  });
});

describe('POST /v1/rates', () => {
  it('quotes ground and express in minor units, the same every time', async () => {
    const first = await client.post('/v1/rates', rateBody);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      rates: [
        { service: 'ground', amount: expect.any(Number), currency: 'USD', transitDays: { min: expect.any(Number), max: expect.any(Number) } },
        { service: 'express', amount: expect.any(Number), currency: 'USD', transitDays: { min: expect.any(Number), max: expect.any(Number) } },
      ],
    });
    expect((await client.post('/v1/rates', rateBody)).body).toEqual(first.body);
  });

  it('answers 400 naming every invalid field', async () => {
    const response = await client.post('/v1/rates', { ...rateBody, shipTo: { country: 'usa' }, parcels: [{ weightGrams: -1 }], currency: 'CHF' });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: 'invalid_request' });
    expect(Object.keys(response.body['fieldErrors'] as object).sort()).toEqual(['currency', 'parcels.0.weightGrams', 'shipTo.country', 'shipTo.postalCode']);
  });

  it('answers 400 to a body that is not JSON', async () => {
    const response = await client.call('POST', '/v1/rates', undefined, { headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(400);
    const garbled = await fetch(`${carrier.url}/v1/rates`, { method: 'POST', headers: { authorization: `Bearer ${apiKey}` }, body: '{"shipFrom":' });
    expect(await garbled.json()).toMatchObject({ error: 'invalid_json' });
  });
});

describe('POST /v1/labels', () => {
  it('sells a label with a unique SBX tracking number per parcel', async () => {
    const response = await client.post('/v1/labels', labelBody({ parcels: [{ weightGrams: 500 }, { weightGrams: 700 }] }), { headers: { 'Idempotency-Key': 'order-1001-label' } });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      labelId: expect.stringMatching(/^lbl_/),
      trackingNumber: expect.stringMatching(/^SBX\d{12}$/),
      amount: expect.any(Number),
      currency: 'USD',
      createdAt: expect.any(String),
    });
    const parcels = response.body['parcels'] as { trackingNumber: string }[];
    expect(parcels[0]!.trackingNumber).toBe(response.body['trackingNumber']);
    expect(new Set(parcels.map((parcel) => parcel.trackingNumber)).size).toBe(2);
    expect(carrier.labels()).toHaveLength(1);
  });

  it('charges what the rate quote said', async () => {
    const quote = await client.post<{ rates: { service: string; amount: number }[] }>('/v1/rates', {
      shipFrom: address.warehouse,
      shipTo: address.shopper,
      parcels: labelBody().parcels,
      currency: 'EUR',
    });
    const label = await client.post('/v1/labels', labelBody({ service: 'express', currency: 'EUR' }), { headers: { 'Idempotency-Key': 'k-quote' } });
    expect(label.body).toMatchObject({ amount: quote.body.rates[1]!.amount, currency: 'EUR' });
  });

  it('requires an Idempotency-Key', async () => {
    const response = await client.post('/v1/labels', labelBody());
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: 'idempotency_key_required' });
    expect(carrier.labels()).toHaveLength(0);
  });

  it('answers the same label again for the same key and body, and buys only one', async () => {
    const headers = { 'Idempotency-Key': 'order-1001-label' };
    const first = await client.post('/v1/labels', labelBody(), { headers });
    // Same body with its keys in another order is the same request.
    const { reference, ...rest } = labelBody();
    const again = await client.post('/v1/labels', { reference, ...rest }, { headers });
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(carrier.labels()).toHaveLength(1);
  });

  it('refuses the same key with another body with 409 and buys nothing more', async () => {
    const headers = { 'Idempotency-Key': 'order-1001-label' };
    await client.post('/v1/labels', labelBody(), { headers });
    const reused = await client.post('/v1/labels', labelBody({ service: 'express' }), { headers });
    expect(reused.status).toBe(409);
    expect(reused.body).toMatchObject({ error: 'idempotency_key_reused' });
    expect(carrier.labels()).toHaveLength(1);
  });

  it('leaves exactly one label when the response is lost and the client retries with the same key', async () => {
    await client.post('/_control/failures', { next: 1, mode: 'succeed_then_timeout', path: '/v1/labels' });
    const headers = { 'Idempotency-Key': 'order-2002-label' };
    const lost = client.post('/v1/labels', labelBody(), { headers, signal: AbortSignal.timeout(300) });
    await expect(lost).rejects.toThrow(/timeout|abort/i);
    expect(carrier.labels()).toHaveLength(1);

    const retried = await client.post('/v1/labels', labelBody(), { headers, signal: AbortSignal.timeout(2000) });
    expect(retried.status).toBe(200);
    expect(retried.headers.get('idempotent-replayed')).toBe('true');
    expect(retried.body['labelId']).toBe(carrier.labels()[0]!.labelId);
    expect(carrier.labels()).toHaveLength(1);
  });

  it('buys nothing when the request times out before the work', async () => {
    await client.post('/_control/failures', { next: 1, mode: 'timeout' });
    await expect(client.post('/v1/labels', labelBody(), { headers: { 'Idempotency-Key': 'k1' }, signal: AbortSignal.timeout(300) })).rejects.toThrow();
    expect(carrier.labels()).toHaveLength(0);
    expect((await client.post('/v1/labels', labelBody(), { headers: { 'Idempotency-Key': 'k1' } })).status).toBe(201);
  });

  it('fails the next requests with 500 when told to, then recovers', async () => {
    const failures = await client.post('/_control/failures', { next: 2, mode: 'error_500', path: '/v1/labels' });
    expect(failures.body).toEqual({ failures: [{ next: 2, mode: 'error_500', path: '/v1/labels' }] });
    // Another path is not affected.
    expect((await client.post('/v1/rates', rateBody)).status).toBe(200);
    const headers = { 'Idempotency-Key': 'k-500' };
    expect((await client.post('/v1/labels', labelBody(), { headers })).status).toBe(500);
    expect((await client.post('/v1/labels', labelBody(), { headers })).status).toBe(500);
    expect(carrier.labels()).toHaveLength(0);
    expect((await client.post('/v1/labels', labelBody(), { headers })).status).toBe(201);
  });

  it('adds the configured latency to API answers', async () => {
    await client.post('/_control/latency', { ms: 150 });
    const started = performance.now();
    expect((await client.post('/v1/rates', rateBody)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });
});

describe('cancelling a label', () => {
  const buy = async (key: string) => (await client.post('/v1/labels', labelBody(), { headers: { 'Idempotency-Key': key } })).body as { labelId: string; trackingNumber: string };

  it('cancels a label that has not moved yet, and again harmlessly', async () => {
    const { labelId, trackingNumber } = await buy('k-cancel');
    expect((await client.post(`/v1/labels/${labelId}/cancel`)).body).toEqual({ labelId, status: 'cancelled' });
    expect((await client.post(`/v1/labels/${labelId}/cancel`)).status).toBe(200);
    expect(carrier.labels()[0]).toMatchObject({ status: 'cancelled' });
    expect((await client.get(`/v1/tracking/${trackingNumber}`)).body).toMatchObject({ status: 'cancelled' });
  });

  it('refuses with 409 once the parcel is in transit', async () => {
    const { labelId, trackingNumber } = await buy('k-moving');
    await client.post('/_control/events', { trackingNumber, status: 'in_transit' });
    const response = await client.post(`/v1/labels/${labelId}/cancel`);
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ error: 'label_in_transit' });
  });

  it('answers 404 for an unknown label', async () => {
    expect((await client.post('/v1/labels/lbl_nope/cancel')).status).toBe(404);
  });
});

describe('GET /v1/tracking/:trackingNumber', () => {
  it('shows the history of a bought label, and 404 for an unknown number', async () => {
    const { body } = await client.post('/v1/labels', labelBody(), { headers: { 'Idempotency-Key': 'k-track' } });
    const tracking = await client.get(`/v1/tracking/${String(body['trackingNumber'])}`);
    expect(tracking.body).toEqual({
      trackingNumber: body['trackingNumber'],
      status: 'label_created',
      events: [{ id: expect.stringMatching(/^evt_/), status: 'label_created', occurredAt: expect.any(String), description: expect.any(String), location: expect.objectContaining({ city: 'Newark', country: 'US' }) }],
    });
    expect((await client.get('/v1/tracking/SBX000000000000')).status).toBe(404);
  });
});
