import { TEST_CARDS } from './cards';
import { startTestGateway, type TestGateway } from './test-gateway';
import { futureYear, gatewayClient } from './testing/client';

let gateway: TestGateway;
let browser: ReturnType<typeof gatewayClient>;

beforeEach(async () => {
  gateway = await startTestGateway({ secretKey: 'sk_test', publishableKey: 'pk_test' });
  browser = gatewayClient(gateway.url, 'pk_test');
});
afterEach(() => gateway.close());

const card = (overrides: Record<string, unknown> = {}) => ({ card: { number: '4242 4242 4242 4242', expMonth: 12, expYear: futureYear(), cvc: '123', ...overrides } });

describe('POST /v1/tokens', () => {
  it('turns a card into a tok_ token that shows only brand, last4 and expiry', async () => {
    const response = await browser.post('/v1/tokens', card());
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      id: expect.stringMatching(/^tok_/),
      object: 'token',
      card: { brand: 'visa', last4: '4242', expMonth: 12, expYear: futureYear() },
      created: expect.any(Number),
    });
    const intents = JSON.stringify(await gatewayClient(gateway.url, 'sk_test').get('/_control/requests'));
    expect(intents).not.toContain('4242424242424242');
  });

  it.each([
    ['a number failing the Luhn check', { number: '4242424242424241' }, 'invalid_number', 'card.number'],
    ['an expiry in the past', { expMonth: 1, expYear: 2020 }, 'invalid_expiry', 'card.expYear'],
    ['month 13', { expMonth: 13 }, 'invalid_expiry', 'card.expMonth'],
    ['a two-digit security code', { cvc: '12' }, 'invalid_cvc', 'card.cvc'],
  ])('refuses %s with a 400 card_error', async (_name, overrides, code, param) => {
    const response = await browser.post('/v1/tokens', card(overrides));
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { type: 'card_error', code, param, message: expect.any(String) } });
  });

  it('answers 400 invalid_request_error to a body without a card', async () => {
    const response = await browser.post('/v1/tokens', { number: TEST_CARDS.success });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { type: 'invalid_request_error', code: 'parameter_invalid', param: 'card' } });
  });

  it('lets any origin call it, preflight included, and wants the publishable (or secret) key', async () => {
    const preflight = await fetch(`${gateway.url}/v1/tokens`, {
      method: 'OPTIONS',
      headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');

    const anonymous = await gatewayClient(gateway.url, 'pk_wrong').post('/v1/tokens', card());
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('access-control-allow-origin')).toBe('*');
    expect((await browser.post('/v1/tokens', card())).headers.get('access-control-allow-origin')).toBe('*');
    expect((await gatewayClient(gateway.url, 'sk_test').post('/v1/tokens', card())).status).toBe(200);
  });

  it('makes single-use tokens: a second payment with one is refused', async () => {
    const server = gatewayClient(gateway.url, 'sk_test');
    const token = (await browser.post('/v1/tokens', card())).body['id'];
    const body = { amount: 1000, currency: 'usd', token, reference: 'order-1' };
    expect((await server.post('/v1/payment_intents', body)).status).toBe(200);
    const again = await server.post('/v1/payment_intents', body);
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ error: { code: 'token_already_used', param: 'token' } });
  });
});

describe('GET /hosted/card-form', () => {
  const formUrl = (query: string) => `${gateway.url}/hosted/card-form?${query}`;

  it('serves an accessible HTML form framed only by the given origin, posting the token to it', async () => {
    const response = await fetch(formUrl('publishableKey=pk_test&origin=https%3A%2F%2Fshop.example'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toContain('frame-ancestors https://shop.example');
    const html = await response.text();
    for (const id of ['number', 'expiry', 'cvc']) expect(html).toMatch(new RegExp(`<label for="${id}">[^<]+</label>\\s*<input id="${id}"`));
    expect(html).toContain('role="alert" aria-live="assertive"');
    expect(html).toContain('"origin":"https://shop.example"');
    expect(html).toContain("type: 'test-gateway:token', token: body.id, card: body.card }, config.origin");
    expect(html).toContain("type: 'test-gateway:error', message }, config.origin");
  });

  it('refuses an unknown publishable key or an origin that is not one', async () => {
    expect((await fetch(formUrl('publishableKey=pk_other&origin=https%3A%2F%2Fshop.example'))).status).toBe(401);
    expect((await fetch(formUrl('publishableKey=pk_test&origin=https%3A%2F%2Fshop.example%2Fcheckout'))).status).toBe(400);
    expect((await fetch(formUrl('publishableKey=pk_test'))).status).toBe(400);
  });
});
