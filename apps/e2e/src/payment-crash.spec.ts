import { TEST_TOKENS } from '@emporium/test-gateway';
import { sql } from 'kysely';
import { type APIRequestContext, request as playwrightRequest } from 'playwright-core';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { ADMIN, type PaymentShop, startPaymentShop } from './support/payment-shop';

/**
 * The API process is killed for real (SIGKILL) in the middle of a capture — once before the gateway acted, once
 * after it captured and before the answer came back — and a new process over the same database settles the
 * capture by reading the payment back: never a second capture, never a capture left unrecorded.
 */
describe('a payment process killed mid-capture is reconciled by the next one, without a double charge', () => {
  // The shop's own first process only seeds the database; the test kills and starts processes of its own over it.
  let shop: PaymentShop;
  const processes: ApiProcess[] = [];
  const database = () => shop.database;
  const gateway = () => shop.gateway;

  beforeAll(async () => {
    shop = await startPaymentShop('crash', { gateway: { hangMs: 20_000 } });
    await shop.api.stop();
  });
  afterAll(async () => {
    for (const api of processes) if (api.child.exitCode === null && api.child.signalCode === null) await api.stop();
    await shop?.stop();
  });

  /** An API process; `timeoutMs` is how long it waits for the gateway (its in-flight window follows from it). */
  async function start(timeoutMs: number): Promise<{ api: ApiProcess; http: APIRequestContext }> {
    const api = await startApiProcess({ ...shop.env, LOG_LEVEL: 'info', PAYMENT_GATEWAY_TIMEOUT_MS: String(timeoutMs) });
    processes.push(api);
    const http = await playwrightRequest.newContext({ baseURL: api.url, extraHTTPHeaders: { origin: api.url } });
    const login = await http.post('/trpc/user.auth.login', { data: ADMIN });
    expect(login.status()).toBe(200);
    return { api, http };
  }

  const kill = async (api: ApiProcess) => {
    const exited = new Promise((resolve) => api.child.once('exit', resolve));
    api.child.kill('SIGKILL');
    await exited;
  };

  const captureAttempts = async (paymentId: string) =>
    (await sql<{ sequence: number; outcome: string }>`SELECT sequence, outcome FROM payment.attempt WHERE payment_id = ${paymentId}::uuid AND operation = 'capture' ORDER BY sequence`.execute(database().db)).rows;
  const captures = async (paymentId: string) =>
    (await sql<{ amount: string }>`SELECT amount FROM payment.ledger_entry WHERE payment_id = ${paymentId}::uuid AND kind = 'capture'`.execute(database().db)).rows.map((row) => Number(row.amount));
  const intentOf = async (paymentId: string) =>
    (await sql<{ intent_id: string }>`SELECT intent_id FROM payment.payment WHERE id = ${paymentId}::uuid`.execute(database().db)).rows[0]?.intent_id ?? '';

  async function authorisedPayment(http: APIRequestContext, amount: number): Promise<string> {
    const link = await http.post('/trpc/payment.admin.createLink', { data: { amount, currency: 'USD', reference: `CRASH-${amount}` } });
    const { paymentId, url } = ((await link.json()) as { result: { data: { paymentId: string; url: string } } }).result.data;
    const paid = await http.post('/trpc/payment.authorize', { data: { paymentId, clientSecret: url.split('#')[1], paymentMethod: TEST_TOKENS.success } });
    expect(((await paid.json()) as { result: { data: { status: string } } }).result.data.status).toBe('authorized');
    return paymentId;
  }

  it('killed before the gateway acted: the capture is settled as not done, and capturing again captures once', async () => {
    const first = await start(3_000);
    const paymentId = await authorisedPayment(first.http, 4200);
    // The gateway holds every request before acting on it; the process dies while its capture waits.
    gateway().control.setLatency(15_000);
    void first.http.post('/trpc/payment.admin.capture', { data: { id: paymentId } }).catch(() => undefined);
    await expect.poll(() => captureAttempts(paymentId)).toEqual([{ sequence: 1, outcome: 'pending' }]);
    await kill(first.api);
    gateway().control.setLatency(0);
    expect(gateway().control.captureCounts()[await intentOf(paymentId)]).toBeUndefined();

    const second = await start(300);
    // The reconciliation job runs once the cut-off call can no longer be in flight anywhere (a few seconds here).
    await expect.poll(() => captureAttempts(paymentId), { timeout: 30_000, interval: 250 }).toEqual([{ sequence: 1, outcome: 'failed' }]);
    expect(await captures(paymentId)).toEqual([]);
    const again = await second.http.post('/trpc/payment.admin.capture', { data: { id: paymentId } });
    expect(again.status()).toBe(200);
    expect(await captures(paymentId)).toEqual([4200]);
    expect(gateway().control.captureCounts()[await intentOf(paymentId)]).toBe(1);
    await kill(second.api);
  });

  it('killed after the gateway captured but before the answer: the capture is recorded once, and never captured again', async () => {
    const first = await start(3_000);
    const paymentId = await authorisedPayment(first.http, 3100);
    const intentId = await intentOf(paymentId);
    // The gateway captures, then holds the answer; the process dies waiting for it.
    gateway().control.failNext({ next: 1, mode: 'succeed_then_timeout', path: '/v1/payment_intents/*/capture' });
    void first.http.post('/trpc/payment.admin.capture', { data: { id: paymentId } }).catch(() => undefined);
    await expect.poll(() => gateway().control.captureCounts()[intentId] ?? 0).toBe(1);
    await kill(first.api);
    expect(await captureAttempts(paymentId)).toEqual([{ sequence: 1, outcome: 'pending' }]);
    expect(await captures(paymentId)).toEqual([]);

    const second = await start(300);
    await expect.poll(() => captureAttempts(paymentId), { timeout: 30_000, interval: 250 }).toEqual([{ sequence: 1, outcome: 'succeeded' }]);
    expect(await captures(paymentId)).toEqual([3100]);
    const status = await sql<{ status: string }>`SELECT status FROM payment.payment WHERE id = ${paymentId}::uuid`.execute(database().db);
    expect(status.rows[0]?.status).toBe('captured');
    // Staff pressing capture again change nothing: nothing is left to capture.
    const again = await second.http.post('/trpc/payment.admin.capture', { data: { id: paymentId } });
    expect(again.status()).toBe(409);
    expect(gateway().control.captureCounts()[intentId]).toBe(1);
    expect(second.api.output()).toContain('payment attempts reconciled');
    await kill(second.api);
  });
});
