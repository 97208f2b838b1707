import { TEST_TOKENS } from './cards';
import type { PaymentIntent } from './intent';
import { startTestGateway, type TestGateway } from './test-gateway';
import { gatewayClient, intentBody } from './testing/client';

let gateway: TestGateway;
let client: ReturnType<typeof gatewayClient>;

beforeEach(async () => {
  gateway = await startTestGateway({ secretKey: 'sk_test' });
  client = gatewayClient(gateway.url, 'sk_test');
});
afterEach(() => gateway.close());

const returnUrl = 'https://shop.example/checkout/return?step=payment';
const challenged = async (overrides: Record<string, unknown> = {}) =>
  (await client.post<PaymentIntent>('/v1/payment_intents', intentBody({ token: TEST_TOKENS.requiresAction, returnUrl, ...overrides }))).body;

/** What the browser does when the shopper presses a button on the challenge page. */
const press = (url: string, outcome: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `outcome=${outcome}`, redirect: 'manual' });

describe('the 3-D Secure-like challenge', () => {
  it('shows a page with both buttons, needing no key', async () => {
    const intent = await challenged();
    const page = await fetch(intent.nextAction!.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain(`<form method="post" action="/challenge/${intent.id}">`);
    expect(html).toContain('<button type="submit" name="outcome" value="complete">Complete authentication</button>');
    expect(html).toContain('<button type="submit" name="outcome" value="fail">Fail authentication</button>');
    expect(html).toContain('$50.00');
  });

  it('completing it authorises the intent and sends the browser back to the return URL', async () => {
    const intent = await challenged();
    const before = await client.post<PaymentIntent>(`/v1/payment_intents/${intent.id}/confirm`, {});
    expect(before.body).toMatchObject({ status: 'requires_action' });

    const done = await press(intent.nextAction!.url, 'complete');
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`https://shop.example/checkout/return?step=payment&payment_intent=${intent.id}`);

    const confirmed = await client.post<PaymentIntent>(`/v1/payment_intents/${intent.id}/confirm`, {});
    expect(confirmed.body).toMatchObject({ status: 'requires_capture', amountCapturable: 5000, nextAction: null });
    expect((await client.get(`/v1/payment_intents/${intent.id}`)).body).toEqual(confirmed.body);
    expect(gateway.control.intents()[0]!.authorisations).toBe(1);
  });

  it('failing it fails the intent and still sends the browser back', async () => {
    const intent = await challenged();
    const done = await press(intent.nextAction!.url, 'fail');
    expect(done.headers.get('location')).toContain(`payment_intent=${intent.id}`);
    expect((await client.get(`/v1/payment_intents/${intent.id}`)).body).toMatchObject({
      status: 'failed',
      nextAction: null,
      lastError: { code: 'authentication_failed' },
    });
  });

  it('is over once answered: a second answer is refused and the page says so', async () => {
    const intent = await challenged();
    await press(intent.nextAction!.url, 'complete');
    expect((await press(intent.nextAction!.url, 'fail')).status).toBe(409);
    expect(await (await fetch(intent.nextAction!.url)).text()).toContain('needs no authentication');
    expect((await client.get(`/v1/payment_intents/${intent.id}`)).body).toMatchObject({ status: 'requires_capture' });
  });

  it('without a return URL ends on a page of its own; unknown intents and choices are refused', async () => {
    const intent = await challenged({ returnUrl: undefined });
    const done = await press(intent.nextAction!.url, 'complete');
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('Authentication complete');
    expect((await fetch(`${gateway.url}/challenge/pi_unknown`)).status).toBe(404);
    const other = await challenged();
    expect((await press(other.nextAction!.url, 'maybe')).status).toBe(400);
  });

  it('links to the public URL when one is configured', async () => {
    const behindProxy = await startTestGateway({ secretKey: 'sk_test', publicUrl: 'http://gateway.test:4020' });
    try {
      const response = await gatewayClient(behindProxy.url, 'sk_test').post<PaymentIntent>('/v1/payment_intents', intentBody({ token: TEST_TOKENS.requiresAction }));
      expect(response.body.nextAction!.url).toBe(`http://gateway.test:4020/challenge/${response.body.id}`);
    } finally {
      await behindProxy.close();
    }
  });
});
