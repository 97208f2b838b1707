import { TEST_CARDS, TEST_TOKENS } from './cards';
import type { PaymentIntent } from './intent';
import { startTestGateway, type TestGateway } from './test-gateway';
import { futureYear, gatewayClient, intentBody } from './testing/client';

let gateway: TestGateway;
let client: ReturnType<typeof gatewayClient>;

beforeEach(async () => {
  gateway = await startTestGateway({ secretKey: 'sk_test', publishableKey: 'pk_test', slowCardDelayMs: 300, hangMs: 2_000 });
  client = gatewayClient(gateway.url, 'sk_test');
});
afterEach(() => gateway.close());

const create = async (overrides: Record<string, unknown> = {}) => {
  const response = await client.post<PaymentIntent>('/v1/payment_intents', intentBody(overrides));
  expect(response.status).toBe(200);
  return response.body;
};
const authorised = () => create();

describe('authentication', () => {
  it('refuses intents and refunds without the secret key, or with the publishable one, with 401', async () => {
    const anonymous = await fetch(`${gateway.url}/v1/payment_intents`, { method: 'POST', body: JSON.stringify(intentBody()) });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { type: 'authentication_error', code: 'unauthorized' } });
    expect((await gatewayClient(gateway.url, 'pk_test').post('/v1/payment_intents', intentBody())).status).toBe(401);
    expect((await gatewayClient(gateway.url, 'pk_test').get('/v1/refunds/re_1')).status).toBe(401);
    expect((await gatewayClient(gateway.url, 'pk_test').get('/_control/intents')).status).toBe(401);
    expect(gateway.control.intents()).toHaveLength(0);
  });

  it('answers the health check without a key', async () => {
    expect((await fetch(`${gateway.url}/health`)).status).toBe(200);
  });
});

describe('test cards', () => {
  it('4242 4242 4242 4242 is authorised for capture', async () => {
    const token = (await gatewayClient(gateway.url, 'pk_test').post('/v1/tokens', { card: { number: TEST_CARDS.success, expMonth: 1, expYear: futureYear(), cvc: '123' } })).body['id'];
    const intent = await create({ token, currency: 'eur' });
    expect(intent).toEqual({
      id: expect.stringMatching(/^pi_/),
      object: 'payment_intent',
      status: 'requires_capture',
      amount: 5000,
      amountCapturable: 5000,
      amountReceived: 0,
      amountRefunded: 0,
      currency: 'EUR',
      reference: 'order-1001',
      captureMethod: 'manual',
      card: { brand: 'visa', last4: '4242', expMonth: 1, expYear: futureYear() },
      returnUrl: null,
      nextAction: null,
      lastError: null,
      cancellationReason: null,
      created: expect.any(Number),
    });
    expect((await client.get(`/v1/payment_intents/${intent.id}`)).body).toEqual(intent);
  });

  it.each([
    [TEST_TOKENS.declined, 'card_declined'],
    [TEST_TOKENS.insufficientFunds, 'insufficient_funds'],
  ])('%s fails the intent with %s (an answer, not an HTTP error)', async (token, code) => {
    const intent = await create({ token });
    expect(intent).toMatchObject({ status: 'failed', amountCapturable: 0, lastError: { code, message: expect.any(String) } });
  });

  it('tok_threeDSecure needs the cardholder: requires_action with a redirect to the challenge', async () => {
    const intent = await create({ token: TEST_TOKENS.requiresAction, returnUrl: 'https://shop.example/checkout/return' });
    expect(intent).toMatchObject({ status: 'requires_action', amountCapturable: 0, nextAction: { type: 'redirect', url: `${gateway.url}/challenge/${intent.id}` } });
  });

  it('tok_slow answers after the configured delay, authorised', async () => {
    const started = performance.now();
    const intent = await create({ token: TEST_TOKENS.slow });
    expect(performance.now() - started).toBeGreaterThanOrEqual(280);
    expect(intent.status).toBe('requires_capture');
  });

  it('a failed intent can be confirmed again with another card', async () => {
    const failed = await create({ token: TEST_TOKENS.declined });
    const retried = await client.post<PaymentIntent>(`/v1/payment_intents/${failed.id}/confirm`, { token: TEST_TOKENS.success });
    expect(retried.body).toMatchObject({ id: failed.id, status: 'requires_capture', lastError: null });
  });

  it('an intent created without a token waits for one', async () => {
    const intent = await create({ token: undefined });
    expect(intent.status).toBe('requires_payment_method');
    expect((await client.post(`/v1/payment_intents/${intent.id}/confirm`, {})).body).toMatchObject({ error: { code: 'payment_method_required' } });
    expect((await client.post(`/v1/payment_intents/${intent.id}/confirm`, { token: 'tok_visa' })).body).toMatchObject({ status: 'requires_capture' });
  });

  it('refuses an unknown token, and invalid amounts and currencies, naming the field', async () => {
    expect((await client.post('/v1/payment_intents', intentBody({ token: 'tok_nope' }))).body).toMatchObject({ error: { code: 'resource_missing', param: 'token' } });
    const invalid = await client.post('/v1/payment_intents', intentBody({ amount: 12.5, currency: 'dollars' }));
    expect(invalid.status).toBe(400);
    expect(Object.keys((invalid.body['error'] as { fieldErrors: object }).fieldErrors).sort()).toEqual(['amount', 'currency']);
    expect((await client.post('/v1/payment_intents', intentBody({ amount: 0 }))).status).toBe(400);
    expect(gateway.control.intents()).toHaveLength(0);
  });
});

describe('capture', () => {
  it('captures part of the authorisation once; the rest is released', async () => {
    const intent = await authorised();
    const captured = await client.post<PaymentIntent>(`/v1/payment_intents/${intent.id}/capture`, { amount: 3000 });
    expect(captured.body).toMatchObject({ status: 'succeeded', amountReceived: 3000, amountCapturable: 0 });
    const again = await client.post(`/v1/payment_intents/${intent.id}/capture`, { amount: 1000 });
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ error: { code: 'payment_intent_unexpected_state', paymentIntent: { status: 'succeeded' } } });
    expect(gateway.control.captureCounts()).toEqual({ [intent.id]: 1 });
  });

  it('captures the whole authorisation when no amount is given', async () => {
    const intent = await authorised();
    expect((await client.post(`/v1/payment_intents/${intent.id}/capture`)).body).toMatchObject({ amountReceived: 5000 });
  });

  it('refuses to capture more than was authorised', async () => {
    const intent = await authorised();
    const over = await client.post(`/v1/payment_intents/${intent.id}/capture`, { amount: 5001 });
    expect(over.status).toBe(400);
    expect(over.body).toMatchObject({ error: { code: 'amount_too_large', param: 'amount' } });
    expect(gateway.control.captures()).toEqual([]);
  });

  it('refuses to capture what was never authorised, and 404s an unknown intent', async () => {
    const declined = await create({ token: TEST_TOKENS.declined });
    expect((await client.post(`/v1/payment_intents/${declined.id}/capture`)).status).toBe(400);
    expect((await client.post('/v1/payment_intents/pi_unknown/capture')).status).toBe(404);
  });
});

describe('cancel', () => {
  it('voids an authorisation, and answers the same again', async () => {
    const intent = await authorised();
    const canceled = await client.post(`/v1/payment_intents/${intent.id}/cancel`, { cancellationReason: 'abandoned' });
    expect(canceled.body).toMatchObject({ status: 'canceled', amountCapturable: 0, cancellationReason: 'abandoned' });
    expect((await client.post(`/v1/payment_intents/${intent.id}/cancel`)).body).toEqual(canceled.body);
    expect((await client.post(`/v1/payment_intents/${intent.id}/capture`)).status).toBe(400);
  });

  it('refuses to void a captured payment', async () => {
    const intent = await authorised();
    await client.post(`/v1/payment_intents/${intent.id}/capture`);
    const refused = await client.post(`/v1/payment_intents/${intent.id}/cancel`);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error: { code: 'payment_intent_unexpected_state' } });
  });
});

describe('refunds', () => {
  async function captured(amount: number) {
    const intent = await authorised();
    await client.post(`/v1/payment_intents/${intent.id}/capture`, { amount });
    return intent;
  }

  it('refunds in parts up to what was captured, each a refund of its own', async () => {
    const intent = await captured(4000);
    const first = await client.post('/v1/refunds', { paymentIntent: intent.id, amount: 1500, reason: 'requested_by_customer' });
    expect(first.body).toEqual({
      id: expect.stringMatching(/^re_/),
      object: 'refund',
      paymentIntent: intent.id,
      amount: 1500,
      currency: 'USD',
      reason: 'requested_by_customer',
      status: 'succeeded',
      created: expect.any(Number),
    });
    expect((await client.get(`/v1/refunds/${String(first.body['id'])}`)).body).toEqual(first.body);
    const rest = await client.post('/v1/refunds', { paymentIntent: intent.id });
    expect(rest.body).toMatchObject({ amount: 2500, reason: null });
    expect((await client.get(`/v1/payment_intents/${intent.id}`)).body).toMatchObject({ status: 'succeeded', amountReceived: 4000, amountRefunded: 4000 });
    expect((await client.post('/v1/refunds', { paymentIntent: intent.id, amount: 1 })).body).toMatchObject({ error: { code: 'charge_already_refunded' } });
  });

  it('refuses a refund above what was captured less what was refunded', async () => {
    const intent = await captured(3000);
    expect((await client.post('/v1/refunds', { paymentIntent: intent.id, amount: 3001 })).body).toMatchObject({ error: { code: 'amount_too_large', param: 'amount' } });
    await client.post('/v1/refunds', { paymentIntent: intent.id, amount: 2000 });
    const over = await client.post('/v1/refunds', { paymentIntent: intent.id, amount: 1001 });
    expect(over.status).toBe(400);
    expect(over.body).toMatchObject({ error: { code: 'amount_too_large' } });
  });

  it('refuses to refund an uncaptured or unknown payment, and 404s an unknown refund', async () => {
    const intent = await authorised();
    expect((await client.post('/v1/refunds', { paymentIntent: intent.id })).body).toMatchObject({ error: { code: 'payment_intent_unexpected_state' } });
    expect((await client.post('/v1/refunds', { paymentIntent: 'pi_nope' })).body).toMatchObject({ error: { code: 'resource_missing', param: 'paymentIntent' } });
    expect((await client.get('/v1/refunds/re_nope')).status).toBe(404);
  });
});
