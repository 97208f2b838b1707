import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startStripeStandIn, type StripeStandIn } from './stripe-stand-in';

const secretKey = 'sk_test_spec';
let standIn: StripeStandIn;

beforeEach(async () => {
  standIn = await startStripeStandIn({ secretKey, hangMs: 200 });
});
afterEach(() => standIn.close());

/** What the Stripe SDK sends: form-encoded with brackets, `Bearer` key, optional Idempotency-Key. */
const post = (path: string, body: string, key?: string, auth = secretKey) =>
  fetch(`${standIn.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${auth}`, 'content-type': 'application/x-www-form-urlencoded', ...(key ? { 'idempotency-key': key } : {}) },
    body,
  });
const json = async (response: Response) => (await response.json()) as Record<string, unknown> & { error?: Record<string, unknown> };
const newIntent = async () => (await json(await post('/v1/payment_intents', 'amount=2000&currency=USD&capture_method=manual&metadata[reference]=o-1'))) as { id: string };

describe('the Stripe stand-in', () => {
  it('answers form-encoded requests with Stripe-shaped intents', async () => {
    const response = await post('/v1/payment_intents', 'amount=2000&currency=USD&capture_method=manual&metadata[reference]=o-1&expand[0]=latest_charge');
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({
      object: 'payment_intent',
      status: 'requires_payment_method',
      amount: 2000,
      amount_capturable: 0,
      amount_received: 0,
      currency: 'usd',
      capture_method: 'manual',
      latest_charge: null,
      metadata: { reference: 'o-1' },
    });
  });

  it('needs the secret key', async () => {
    const response = await post('/v1/payment_intents', 'amount=1&currency=usd', undefined, 'sk_wrong');
    expect(response.status).toBe(401);
    expect((await json(response)).error).toMatchObject({ type: 'invalid_request_error' });
  });

  it('replays the same key and parameters with Idempotent-Replayed, and refuses other parameters with 400 idempotency_error', async () => {
    const first = await post('/v1/payment_intents', 'amount=2000&currency=usd', 'key-1');
    const again = await post('/v1/payment_intents', 'amount=2000&currency=usd', 'key-1');
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await json(again)).toEqual(await json(first));
    const other = await post('/v1/payment_intents', 'amount=3000&currency=usd', 'key-1');
    expect(other.status).toBe(400);
    expect((await json(other)).error).toMatchObject({ type: 'idempotency_error' });
    expect(standIn.control.intents()).toHaveLength(1);
  });

  it('declines with 402 card_error carrying the intent, left requiring a payment method', async () => {
    const intent = await newIntent();
    const response = await post(`/v1/payment_intents/${intent.id}/confirm`, 'payment_method=pm_card_chargeDeclinedInsufficientFunds');
    expect(response.status).toBe(402);
    expect((await json(response)).error).toMatchObject({
      type: 'card_error',
      code: 'card_declined',
      decline_code: 'insufficient_funds',
      payment_intent: { id: intent.id, status: 'requires_payment_method', last_payment_error: { decline_code: 'insufficient_funds' } },
    });
  });

  it('sends a challenge that redirects back to the return URL, authorising the intent', async () => {
    const intent = await newIntent();
    const challenged = await json(await post(`/v1/payment_intents/${intent.id}/confirm`, 'payment_method=pm_card_authenticationRequired&return_url=https%3A%2F%2Fshop.example%2Fback'));
    const action = challenged['next_action'] as { redirect_to_url: { url: string; return_url: string } };
    expect(challenged['status']).toBe('requires_action');
    const done = await fetch(action.redirect_to_url.url, { method: 'POST', body: 'outcome=complete', headers: { 'content-type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`https://shop.example/back?payment_intent=${intent.id}`);
    expect(standIn.control.intents()[0]).toMatchObject({ intent: { status: 'requires_capture', amount_capturable: 2000 }, authorisations: 1 });
  });

  it('captures once, refunds up to the captured amount and lists the refunds of an intent', async () => {
    const intent = await newIntent();
    await post(`/v1/payment_intents/${intent.id}/confirm`, 'payment_method=pm_card_visa');
    await post(`/v1/payment_intents/${intent.id}/capture`, 'amount_to_capture=1500');
    expect((await post(`/v1/payment_intents/${intent.id}/capture`, 'amount_to_capture=100')).status).toBe(400);
    await post('/v1/refunds', `payment_intent=${intent.id}&amount=500&reason=requested_by_customer&metadata[reason]=damaged`);
    const tooMuch = await post('/v1/refunds', `payment_intent=${intent.id}&amount=1001`);
    expect((await json(tooMuch)).error).toMatchObject({ code: 'amount_too_large', param: 'amount' });
    const list = await fetch(`${standIn.url}/v1/refunds?payment_intent=${intent.id}&limit=10`, { headers: { authorization: `Bearer ${secretKey}` } });
    expect(await json(list)).toMatchObject({ object: 'list', has_more: false, data: [{ object: 'refund', amount: 500, payment_intent: intent.id, metadata: { reason: 'damaged' } }] });
    const read = await fetch(`${standIn.url}/v1/payment_intents/${intent.id}?expand[0]=latest_charge`, { headers: { authorization: `Bearer ${secretKey}` } });
    expect(await json(read)).toMatchObject({ status: 'succeeded', amount_received: 1500, amount_capturable: 0, latest_charge: { amount_captured: 1500, amount_refunded: 500 } });
    expect(standIn.control.captureCounts()).toEqual({ [intent.id]: 1 });
  });

  it('signs webhooks as Stripe does and delivers them in order', async () => {
    const received: { signature: string; body: string }[] = [];
    const receiver: Server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received.push({ signature: String(req.headers['stripe-signature']), body });
        res.writeHead(received.length === 1 ? 500 : 200).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    standIn.control.setWebhook({ url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`, secret: 'whsec_spec', baseDelayMs: 10 });
    try {
      const intent = await newIntent();
      await post(`/v1/payment_intents/${intent.id}/confirm`, 'payment_method=pm_card_visa');
      await vi.waitFor(() => expect(received.length).toBe(2), { timeout: 2000 });
      const [t, v1] = received[1]!.signature.split(',').map((part) => part.split('=')[1]);
      expect(v1).toBe(createHmac('sha256', 'whsec_spec').update(`${t}.${received[1]!.body}`).digest('hex'));
      expect(JSON.parse(received[1]!.body)).toMatchObject({ object: 'event', type: 'payment_intent.amount_capturable_updated' });
      expect(received[0]!.body).toBe(received[1]!.body);
    } finally {
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
    }
  });
});
