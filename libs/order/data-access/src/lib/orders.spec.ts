import { sql } from 'kysely';
import { inject } from 'vitest';
import { type OrderSnapshot, orderStatus, parseOrderNumber, formatOrderNumber } from '@emporium/order-domain';
import { inTransaction } from '@emporium/platform-db';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { addNote, listNotes } from './notes';
import { orderMigrationSet } from './order.migrations';
import { createOrder, getOrder, getOrderByNumber, listCustomerOrders, listOrders, lockOrder, markCancelled, type NewOrder, orderFacts, updateLineFacts } from './orders';
import { createReturnRequest, listReturnRequests, updateReturnRequest } from './return-requests';
import { appendTimeline, listTimeline } from './timeline';

const USD = 'USD' as OrderSnapshot['currency'];
const usd = (amount: number) => ({ amount, currency: USD });

const snapshot: OrderSnapshot = {
  currency: USD,
  taxMode: 'exclusive',
  lines: [
    {
      lineId: 'line-a',
      productId: 'prod-a',
      sku: 'TEE-M',
      title: 'Tee',
      options: [{ name: 'Size', value: 'M' }],
      quantity: 2,
      unitPrice: usd(1000),
      subtotal: usd(2000),
      discounts: [{ code: 'SAVE10', kind: 'percentage', amount: usd(200) }],
      discount: usd(200),
      total: usd(1800),
      taxes: [{ basisPoints: 1000, taxableBase: usd(1800), tax: usd(180) }],
      tax: usd(180),
    },
    {
      lineId: 'line-b',
      productId: 'prod-b',
      sku: 'MUG',
      title: 'Mug',
      options: [],
      quantity: 1,
      unitPrice: usd(500),
      subtotal: usd(500),
      discounts: [],
      discount: usd(0),
      total: usd(500),
      taxes: [{ basisPoints: 1000, taxableBase: usd(500), tax: usd(50) }],
      tax: usd(50),
    },
  ],
  shipping: { method: { id: 'method-1', name: 'Standard' }, charge: usd(700), discount: usd(0), tax: usd(0) },
  discounts: [{ code: 'SAVE10', kind: 'percentage', amount: usd(200), shipping: usd(0) }],
  taxes: [{ basisPoints: 1000, taxableBase: usd(2300), tax: usd(230) }],
  totals: { subtotal: usd(2500), discountTotal: usd(200), shipping: usd(700), taxTotal: usd(230), total: usd(3230) },
};

const address = { name: 'Ada Lovelace', lines: ['1 Analytical Way'], city: 'London', postalCode: 'N1 1AA', country: 'GB' };

const newOrder = (checkoutAttempt = 'checkout:cart-1:abc:1', overrides: Partial<NewOrder> = {}): NewOrder => ({
  checkoutAttempt,
  customer: { kind: 'customer', customerId: '00000000-0000-4000-8000-000000000001', email: 'ada@example.com' },
  shippingAddress: address,
  billingAddress: address,
  snapshot,
  paymentId: null,
  ...overrides,
});

const noPayment = { authorized: 3230, captured: 0, refunded: 0, authorizationClosed: false };

describe('orders, their lines, timeline, notes and returns', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [orderMigrationSet]);
  });
  afterEach(() => database.destroy());

  const create = (order: NewOrder) => inTransaction(database.db, (trx) => createOrder(trx, order));

  it('stores an order whose snapshot round-trips identical, with its lines, totals and addresses', async () => {
    const { order, created } = await create(newOrder());
    expect(created).toBe(true);
    const loaded = await getOrder(database.db, order.id);
    expect(loaded?.snapshot).toEqual(snapshot);
    expect(loaded).toMatchObject({
      email: 'ada@example.com',
      customerId: '00000000-0000-4000-8000-000000000001',
      currency: 'USD',
      shippingAddress: address,
      billingAddress: address,
      totals: { subtotal: 2500, discountTotal: 200, shipping: 700, taxTotal: 230, grandTotal: 3230 },
      cancelledAt: null,
    });
    expect(loaded?.lines.map((line) => [line.lineId, line.sku, line.ordered, line.unitPrice, line.total, line.tax, line.options])).toEqual([
      ['line-a', 'TEE-M', 2, 1000, 1800, 180, [{ name: 'Size', value: 'M' }]],
      ['line-b', 'MUG', 1, 500, 500, 50, []],
    ]);
    expect((await getOrderByNumber(database.db, order.number))?.id).toBe(order.id);
    expect(orderStatus(orderFacts(order, noPayment))).toBe('placed');
  });

  it('gives 20 concurrent orders unique, well-formed numbers', async () => {
    const orders = await Promise.all(Array.from({ length: 20 }, (_, index) => create(newOrder(`checkout:cart-${index}:abc:1`))));
    const numbers = orders.map(({ order }) => order.number);
    expect(new Set(numbers).size).toBe(20);
    for (const number of numbers) {
      const parsed = parseOrderNumber(number);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(formatOrderNumber(parsed.value)).toBe(number);
    }
  });

  it('creates one order per checkout attempt, also when the same attempt is submitted five times at once', async () => {
    const first = await create(newOrder('attempt-1'));
    const again = await create(newOrder('attempt-1', { customer: { kind: 'guest', email: 'other@example.com' } }));
    expect([again.created, again.order.id, again.order.email]).toEqual([false, first.order.id, 'ada@example.com']);

    const racing = await Promise.all(Array.from({ length: 5 }, () => create(newOrder('attempt-2'))));
    expect(racing.filter((result) => result.created)).toHaveLength(1);
    expect(new Set(racing.map((result) => result.order.id)).size).toBe(1);
    const rows = await sql<{ count: string }>`SELECT count(*) AS count FROM "order".orders WHERE checkout_attempt = 'attempt-2'`.execute(database.db);
    expect(Number(rows.rows[0]?.count)).toBe(1);
  });

  it('refuses impossible counters and negative amounts', async () => {
    const { order } = await create(newOrder());
    await expect(inTransaction(database.db, (trx) => updateLineFacts(trx, order.id, [{ lineId: 'line-a', shipped: 1 }]))).rejects.toThrow(/check constraint/);
    await expect(inTransaction(database.db, (trx) => updateLineFacts(trx, order.id, [{ lineId: 'line-a', fulfilled: 3 }]))).rejects.toThrow(/check constraint/);
    await expect(
      inTransaction(database.db, (trx) => updateLineFacts(trx, order.id, [{ lineId: 'line-b', fulfilled: 1, shipped: 1, delivered: 1, returnReceived: 1 }])),
    ).rejects.toThrow(/check constraint/);
    await expect(inTransaction(database.db, (trx) => updateLineFacts(trx, order.id, [{ lineId: 'line-z', fulfilled: 1 }]))).rejects.toThrow(/no line line-z/);
    await expect(sql`UPDATE "order".orders SET grand_total = -1`.execute(database.db)).rejects.toThrow(/check constraint/);
    await expect(sql`UPDATE "order".order_line SET unit_price = -1, line_subtotal = -2`.execute(database.db)).rejects.toThrow(/check constraint/);
    const negative: OrderSnapshot = { ...snapshot, totals: { ...snapshot.totals, total: usd(-1) } };
    await expect(create(newOrder('negative', { snapshot: negative }))).rejects.toThrow(/check constraint/);

    await inTransaction(database.db, (trx) => updateLineFacts(trx, order.id, [{ lineId: 'line-a', fulfilled: 2, shipped: 1 }]));
    const updated = await getOrder(database.db, order.id);
    expect(updated?.lines[0]).toMatchObject({ fulfilled: 2, shipped: 1, delivered: 0 });
    expect(orderStatus(orderFacts(updated!, noPayment))).toBe('partially_shipped');
  });

  it('keeps the timeline append-only and in order', async () => {
    const { order } = await create(newOrder());
    await appendTimeline(database.db, order.id, { actor: 'service', kind: 'placed', details: { number: order.number } });
    await appendTimeline(database.db, order.id, { actor: 'staff:1', kind: 'note.added' });
    expect((await listTimeline(database.db, order.id)).map((entry) => [entry.actor, entry.kind, entry.details])).toEqual([
      ['service', 'placed', { number: order.number }],
      ['staff:1', 'note.added', {}],
    ]);
    await expect(sql`UPDATE "order".timeline SET actor = 'x'`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM "order".timeline`.execute(database.db)).rejects.toThrow(/append-only/);
  });

  it('filters the order list the way the admin searches it', async () => {
    const a = (await create(newOrder('a'))).order;
    const b = (await create(newOrder('b', { customer: { kind: 'guest', email: 'Grace.Hopper@Example.com' } }))).order;
    const cheap: OrderSnapshot = { ...snapshot, totals: { ...snapshot.totals, total: usd(1000) } };
    const c = (await create(newOrder('c', { snapshot: cheap }))).order;
    await inTransaction(database.db, async (trx) => {
      await lockOrder(trx, c.id);
      await updateLineFacts(trx, c.id, [{ lineId: 'line-a', fulfilled: 2, shipped: 2, delivered: 2 }, { lineId: 'line-b', fulfilled: 1, shipped: 1, delivered: 1 }]);
    });
    await inTransaction(database.db, (trx) => markCancelled(trx, a.id));
    expect(await inTransaction(database.db, (trx) => markCancelled(trx, a.id))).toBe(false);

    const ids = async (filter: Partial<Parameters<typeof listOrders>[1]>) =>
      (await listOrders(database.db, { page: 1, pageSize: 20, ...filter })).items.map((order) => order.id);
    expect(await ids({})).toEqual([c.id, b.id, a.id]);
    expect(await ids({ status: 'cancelled' })).toEqual([a.id]);
    expect(await ids({ status: 'delivered' })).toEqual([c.id]);
    expect(await ids({ status: 'placed' })).toEqual([b.id]);
    expect(await ids({ email: 'hopper@EXAMPLE' })).toEqual([b.id]);
    expect(await ids({ email: '%' })).toEqual([]);
    expect(await ids({ number: b.number })).toEqual([b.id]);
    expect(await ids({ minTotal: 3000 })).toEqual([b.id, a.id]);
    expect(await ids({ maxTotal: 1000 })).toEqual([c.id]);
    expect(await ids({ createdFrom: new Date(Date.now() + 60_000) })).toEqual([]);
    expect(await ids({ createdTo: new Date(Date.now() + 60_000), customerId: '00000000-0000-4000-8000-000000000001' })).toEqual([c.id, a.id]);
    const page = await listOrders(database.db, { page: 2, pageSize: 2 });
    expect([page.total, page.items.map((order) => order.id)]).toEqual([3, [a.id]]);
    expect((await listCustomerOrders(database.db, '00000000-0000-4000-8000-000000000001', { page: 1, pageSize: 1 })).total).toBe(2);

    const cancelled = await getOrder(database.db, a.id);
    expect(orderStatus(orderFacts(cancelled!, noPayment))).toBe('cancelled');
  });

  it('keeps staff notes and moves return requests forward only', async () => {
    const { order } = await create(newOrder());
    await addNote(database.db, { orderId: order.id, author: 'staff:1', body: 'Customer called about the size.' });
    await expect(addNote(database.db, { orderId: order.id, author: 'staff:1', body: '' })).rejects.toThrow(/check constraint/);
    await expect(addNote(database.db, { orderId: order.id, author: 'staff:1', body: 'x'.repeat(2001) })).rejects.toThrow(/check constraint/);
    expect((await listNotes(database.db, order.id)).map((note) => note.body)).toEqual(['Customer called about the size.']);

    const request = await inTransaction(database.db, (trx) =>
      createReturnRequest(trx, { orderId: order.id, lines: [{ lineId: 'line-a', quantity: 1, reason: 'damaged', note: 'torn' }], requestedBy: 'customer:1' }),
    );
    expect(request).toMatchObject({ status: 'requested', receivedAt: null, refundAmount: null });
    const received = await inTransaction(database.db, (trx) => updateReturnRequest(trx, request.id, { status: 'received' }));
    expect(received?.status).toBe('received');
    expect(await inTransaction(database.db, (trx) => updateReturnRequest(trx, request.id, { status: 'received' }))).toBeNull();
    const refunded = await inTransaction(database.db, (trx) => updateReturnRequest(trx, request.id, { status: 'refunded', refundAmount: 990 }));
    expect(refunded).toMatchObject({ status: 'refunded', refundAmount: 990 });
    expect(refunded?.receivedAt).toEqual(received?.receivedAt);
    expect((await listReturnRequests(database.db, order.id)).map((item) => [item.status, item.lines])).toEqual([
      ['refunded', [{ lineId: 'line-a', quantity: 1, reason: 'damaged', note: 'torn' }]],
    ]);
    await expect(
      inTransaction(database.db, (trx) => createReturnRequest(trx, { orderId: order.id, lines: [], requestedBy: 'customer:1' })),
    ).rejects.toThrow(/check constraint/);
  });
});
