import type { Counter } from 'prom-client';
import { type CheckoutView, place, review, shopperWith, useCheckoutShop } from '../testing/checkout-shop';

/** What the checkout tells Prometheus: orders placed, checkouts by outcome, payment failures by reason, queues. */
describe('checkout metrics', () => {
  const shop = useCheckoutShop();
  const metrics = () => shop.api().runtime.metrics;
  const value = async (counter: Counter<string>, labels: Record<string, string> = {}) =>
    (await counter.get()).values.find((entry) => Object.entries(labels).every(([name, wanted]) => entry.labels[name] === wanted))?.value ?? 0;
  const snapshot = async () => ({
    orders: await value(metrics().ordersPlaced),
    placed: await value(metrics().checkouts, { outcome: 'placed' }),
    refused: await value(metrics().checkouts, { outcome: 'refused' }),
    failed: await value(metrics().checkouts, { outcome: 'failed' }),
    declined: await value(metrics().paymentFailures, { reason: 'card_declined' }),
    insufficientFunds: await value(metrics().paymentFailures, { reason: 'insufficient_funds' }),
  });

  it('counts a placed order once, in orders_placed_total and checkouts_total{outcome="placed"}, however often it is resumed', async () => {
    await shop.stock('STONEWARE-MUG', 20);
    const client = await shopperWith(shop, 'STONEWARE-MUG');
    const reviewed = await review(client);
    const before = await snapshot();
    const placed = await client.ok(place(client, reviewed, { paymentMethod: 'tok_visa' }));
    expect(placed.status).toBe('placed');
    // Driving the finished attempt again (the shopper's page resuming it) changes nothing and counts nothing.
    const keys = { attemptToken: placed.attemptToken, accessToken: placed.accessToken };
    expect((await client.ok(client.mutate<CheckoutView>('storefront.checkout.resume', keys))).order?.id).toBe(placed.order?.id);
    expect(await snapshot()).toEqual({ ...before, orders: before.orders + 1, placed: before.placed + 1 });

    const text = await (await fetch(`${shop.api().url}/metrics`)).text();
    expect(text).toMatch(new RegExp(`^orders_placed_total\\{[^}]*\\} ${before.orders + 1}$`, 'm'));
    expect(text).toMatch(new RegExp(`^checkouts_total\\{outcome="placed"[^}]*\\} ${before.placed + 1}$`, 'm'));
  });

  it('counts declined cards as refused checkouts and payment failures by decline code, and no order', async () => {
    await shop.stock('STONEWARE-MUG', 20);
    const before = await snapshot();
    for (const card of ['tok_chargeDeclined', 'tok_insufficientFunds']) {
      const client = await shopperWith(shop, 'STONEWARE-MUG');
      const refused = await place(client, await review(client), { paymentMethod: card });
      expect(refused.ok ? 'placed' : refused.error.reason).toMatch(/DECLINED|INSUFFICIENT/);
    }
    expect(await snapshot()).toEqual({ ...before, refused: before.refused + 2, declined: before.declined + 1, insufficientFunds: before.insufficientFunds + 1 });
  });

  it('counts a refusal before any payment (a total other than the one reviewed) as refused, with no payment failure', async () => {
    await shop.stock('STONEWARE-MUG', 20);
    const client = await shopperWith(shop, 'STONEWARE-MUG');
    const reviewed = await review(client);
    const before = await snapshot();
    const refused = await place(client, { ...reviewed, totals: { ...reviewed.totals, total: { amount: 100, currency: 'USD' } } }, { paymentMethod: 'tok_visa' });
    expect(refused.ok ? 'placed' : refused.error.reason).toBe('TOTAL_CHANGED');
    expect(await snapshot()).toEqual({ ...before, refused: before.refused + 1 });
  });

  it('reports the jobs waiting in every queue when scraped, in the process that runs the worker', async () => {
    const text = await (await fetch(`${shop.api().url}/metrics`)).text();
    expect(text).toMatch(/^queue_jobs_waiting\{queue="inventory\.expire-reservations"[^}]*\} \d+$/m);
    expect(text).toMatch(/^queue_jobs_waiting\{queue="mail\.[^"]+"[^}]*\} \d+$/m);
    expect(text).toMatch(/^jobs_failed_total|^# TYPE jobs_failed_total counter$/m);
  });
});
