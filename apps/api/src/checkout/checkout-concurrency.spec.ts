import { givenCouponCode, givenPromotion } from '@emporium/cart-data-access/testing';
import { add } from '../testing/cart-shop';
import { place, review, shopperWith, sql, useCheckoutShop } from '../testing/checkout-shop';

/**
 * The hard zeros of the checkout under concurrency, over real HTTP against a real API, PostgreSQL and the test
 * gateway: never two orders for one unit, never a payment without an order (or the reverse), never a coupon twice.
 */
describe('checkout under concurrency', () => {
  const shop = useCheckoutShop();
  const orders = () => shop.count(sql<{ n: number }>`SELECT count(*)::int AS n FROM "order".orders`);
  const heldPayments = () => shop.count(sql<{ n: number }>`SELECT count(*)::int AS n FROM payment.payment WHERE status IN ('authorized', 'partially_captured', 'captured')`);
  const activeReservations = () => shop.count(sql<{ n: number }>`SELECT count(*)::int AS n FROM inventory.reservation WHERE status = 'active'`);
  const unfinished = () => shop.count(sql<{ n: number }>`SELECT count(*)::int AS n FROM storefront.checkout_attempt WHERE status NOT IN ('completed', 'failed')`);
  const stockOf = (sku: string) =>
    shop.count(sql<{ n: number }>`SELECT coalesce(sum(l.on_hand), 0)::int AS n FROM inventory.stock_level l JOIN inventory.item i ON i.id = l.item_id WHERE upper(i.sku) = ${sku}`);
  const ordersFor = (sku: string) =>
    shop.count(sql<{ n: number }>`SELECT count(DISTINCT o.id)::int AS n FROM "order".orders o JOIN "order".order_line l ON l.order_id = o.id WHERE l.sku = ${sku}`);

  it('sells exactly the 10 in stock to 200 simultaneous shoppers and tells the other 190 it is out of stock', async () => {
    const sku = 'CLASSIC-WHITE-TEE-L';
    await shop.stock(sku, 10);
    const shoppers = [];
    for (let batch = 0; batch < 200; batch += 25) shoppers.push(...(await Promise.all(Array.from({ length: 25 }, () => shopperWith(shop, sku)))));
    const reviewed = await review(shoppers[0]!);
    const ordersBefore = await orders();
    const paymentsBefore = await heldPayments();

    const results = await Promise.all(shoppers.map((client) => place(client, reviewed, { paymentMethod: 'tok_visa' })));

    const placed = results.filter((result) => result.ok && result.data.status === 'placed');
    const refused = results.flatMap((result) => (result.ok ? [] : [result.error]));
    expect(placed).toHaveLength(10);
    expect(refused).toHaveLength(190);
    for (const error of refused) {
      expect([error.status, error.reason]).toEqual([409, 'OUT_OF_STOCK']);
      expect(error.message).toBe(`${sku} is out of stock. Adjust your cart to continue; you have not been charged`);
    }
    expect(await ordersFor(sku)).toBe(10);
    expect((await orders()) - ordersBefore).toBe(10);
    expect((await heldPayments()) - paymentsBefore).toBe(10);
    expect(await stockOf(sku)).toBe(0);
    expect(await activeReservations()).toBe(0);
    expect(await unfinished()).toBe(0);
  }, 180_000);

  it('turns one cart submitted 5 times at once into one order and one payment', async () => {
    await shop.stock('STONEWARE-MUG', 50);
    const client = await shopperWith(shop, 'STONEWARE-MUG', 2);
    const reviewed = await review(client);
    const before = { orders: await orders(), payments: await shop.count(sql<{ n: number }>`SELECT count(*)::int AS n FROM payment.payment`) };
    const results = await Promise.all(Array.from({ length: 5 }, () => place(client, reviewed, { paymentMethod: 'tok_visa' })));
    const numbers = new Set(results.map((result) => (result.ok ? result.data.order?.number : `refused ${result.error.message}`)));
    expect(numbers.size).toBe(1);
    expect([...numbers][0]).toMatch(/^\d+-\d$/);
    expect((await orders()) - before.orders).toBe(1);
    expect((await shop.count(sql<{ n: number }>`SELECT count(*)::int AS n FROM payment.payment`)) - before.payments).toBe(1);
    // The cart is done: the next add starts a new one.
    const after = await add(client, 'STONEWARE-MUG', 1);
    expect(after.lines).toHaveLength(1);
    expect(after.lines[0]?.quantity).toBe(1);
  }, 60_000);

  it('gives the last unit to one of two racing carts and leaves no payment for the other', async () => {
    const sku = 'CLASSIC-WHITE-TEE-XS';
    await shop.stock(sku, 2);
    const [first, second] = await Promise.all([shopperWith(shop, sku), shopperWith(shop, sku)]);
    await shop.stock(sku, 1);
    const reviewed = await review(first!);
    const paymentsBefore = await shop.count(sql<{ n: number }>`SELECT count(*)::int AS n FROM payment.payment`);
    const results = await Promise.all([place(first!, reviewed, { paymentMethod: 'tok_visa' }), place(second!, reviewed, { paymentMethod: 'tok_visa' })]);
    expect(results.filter((result) => result.ok).length).toBe(1);
    expect(results.flatMap((result) => (result.ok ? [] : [result.error.reason]))).toEqual(['OUT_OF_STOCK']);
    expect(await ordersFor(sku)).toBe(1);
    expect((await shop.count(sql<{ n: number }>`SELECT count(*)::int AS n FROM payment.payment`)) - paymentsBefore).toBe(1);
    expect(await activeReservations()).toBe(0);
  }, 60_000);

  it('uses a single-use coupon once across 20 parallel checkouts; the others are refused before they pay', async () => {
    const db = shop.api().database.db;
    const promotion = await givenPromotion(db, { name: 'One-off' });
    await givenCouponCode(db, promotion.id, 'ONCE-ONLY', 1);
    await shop.stock('STONEWARE-MUG', 100);
    const shoppers = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const client = await shopperWith(shop, 'STONEWARE-MUG');
        await client.ok(client.mutate('cart.applyCoupon', { code: 'ONCE-ONLY' }));
        return client;
      }),
    );
    const reviewed = await review(shoppers[0]!);
    expect(reviewed.totals.discountTotal.amount).toBeGreaterThan(0);
    const paymentsBefore = await shop.count(sql<{ n: number }>`SELECT count(*)::int AS n FROM payment.payment`);
    const results = await Promise.all(shoppers.map((client) => place(client, reviewed, { paymentMethod: 'tok_visa' })));
    expect(results.filter((result) => result.ok && result.data.status === 'placed')).toHaveLength(1);
    const refused = results.flatMap((result) => (result.ok ? [] : [[result.error.reason, result.error.message]]));
    expect(refused).toHaveLength(19);
    for (const refusal of refused) expect(refusal).toEqual(['COUPON_INVALID', 'The code ONCE-ONLY has been used up; remove it to continue']);
    expect(await shop.count(sql<{ n: number }>`SELECT used_count AS n FROM cart.coupon_code WHERE code = 'ONCE-ONLY'`)).toBe(1);
    expect((await shop.count(sql<{ n: number }>`SELECT count(*)::int AS n FROM payment.payment`)) - paymentsBefore).toBe(1);
    expect(await activeReservations()).toBe(0);
  }, 90_000);

  it('refuses two reservation lines of one SKU whose sum exceeds the stock, holding nothing', async () => {
    await shop.stock('CLASSIC-WHITE-TEE-L', 3);
    const token = shop.api().runtime.config.SERVICE_TOKEN;
    const response = await fetch(`${shop.api().url}/trpc/inventory.reserve`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: new URL(shop.api().url).origin, ...(token ? { 'x-emporium-service-token': token } : {}) },
      body: JSON.stringify({ idempotencyKey: 'two-lines-one-sku', lines: [{ sku: 'CLASSIC-WHITE-TEE-L', quantity: 2 }, { sku: 'classic-white-tee-l', quantity: 2 }] }),
    });
    const body = (await response.json()) as { error?: { data?: { reason?: string } } };
    expect([response.status, body.error?.data?.reason]).toEqual([409, 'OUT_OF_STOCK']);
    expect(await activeReservations()).toBe(0);
  });
});
