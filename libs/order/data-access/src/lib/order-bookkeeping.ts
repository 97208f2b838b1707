import { sql } from 'kysely';
import type { OrderSnapshot } from '@emporium/order-domain';
import type { Database, DbTransaction } from '@emporium/platform-db';
import { orderDb } from './order.tables';

type Db = Database | DbTransaction;

/**
 * The next number for a payment call's idempotency key. Taken inside the transaction that records the call's
 * outcome: when that transaction rolls back, the retry takes the same number and the payment service replays the
 * call instead of moving money twice.
 */
export async function nextPaymentSeq(trx: DbTransaction, orderId: string): Promise<number> {
  const row = await orderDb(trx)
    .updateTable('orders')
    .set({ payment_seq: sql<number>`payment_seq + 1` })
    .where('id', '=', orderId)
    .returning('payment_seq')
    .executeTakeFirstOrThrow();
  return Number(row.payment_seq);
}

/** Marks the "order placed" e-mail as queued; false when it was already (so it is queued once per order). */
export async function markConfirmationQueued(trx: DbTransaction, orderId: string): Promise<boolean> {
  const result = await orderDb(trx)
    .updateTable('orders')
    .set({ confirmation_queued_at: sql<Date>`now()` })
    .where('id', '=', orderId)
    .where('confirmation_queued_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Stores a staff edit: the re-priced snapshot and its totals, each remaining line's new quantity and amounts, and
 * removes lines the edit took out (nothing of them was fulfilled — the domain refuses edits after fulfilment).
 */
export async function applyEdit(trx: DbTransaction, orderId: string, snapshot: OrderSnapshot): Promise<void> {
  const kept = snapshot.lines.map((line) => line.lineId);
  await orderDb(trx)
    .deleteFrom('order_line')
    .where('order_id', '=', orderId)
    .$if(kept.length > 0, (query) => query.where('line_id', 'not in', kept))
    .execute();
  for (const line of snapshot.lines) {
    await orderDb(trx)
      .updateTable('order_line')
      .set({
        quantity: line.quantity,
        line_subtotal: line.subtotal.amount,
        line_discount: line.discount.amount,
        line_total: line.total.amount,
        line_tax: line.tax.amount,
      })
      .where('order_id', '=', orderId)
      .where('line_id', '=', line.lineId)
      .execute();
  }
  const { totals } = snapshot;
  await orderDb(trx)
    .updateTable('orders')
    .set({
      snapshot: JSON.stringify(snapshot),
      subtotal: totals.subtotal.amount,
      discount_total: totals.discountTotal.amount,
      shipping_total: totals.shipping.amount,
      tax_total: totals.taxTotal.amount,
      grand_total: totals.total.amount,
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', orderId)
    .execute();
}

export interface OrderDayFigures {
  readonly count: number;
  /** Grand totals of the day's orders that are not cancelled, per currency, in minor units. */
  readonly revenue: readonly { readonly currency: string; readonly amount: number }[];
  /** Orders not cancelled with units left to fulfil. */
  readonly awaitingFulfilment: number;
}

/** Figures for the staff dashboard: orders placed since `since`, and every open order with units left to fulfil. */
export async function dayFigures(db: Db, since: Date): Promise<OrderDayFigures> {
  const [count, revenue, awaiting] = await Promise.all([
    orderDb(db).selectFrom('orders').select((eb) => eb.fn.countAll<string>().as('n')).where('created_at', '>=', since).executeTakeFirstOrThrow(),
    orderDb(db)
      .selectFrom('orders')
      .select(['currency', sql<string>`sum(grand_total)`.as('amount')])
      .where('created_at', '>=', since)
      .where('cancelled_at', 'is', null)
      .groupBy('currency')
      .orderBy('currency')
      .execute(),
    sql<{ n: string }>`
      SELECT count(*) AS n FROM "order".orders o
      WHERE o.cancelled_at IS NULL
        AND EXISTS (SELECT 1 FROM "order".order_line l WHERE l.order_id = o.id AND l.fulfilled < l.quantity)`.execute(db),
  ]);
  return {
    count: Number(count.n),
    revenue: revenue.map((row) => ({ currency: row.currency, amount: Number(row.amount) })),
    awaitingFulfilment: Number(awaiting.rows[0]?.n ?? 0),
  };
}

/** Ids of open orders with units left to fulfil, oldest first (the staff's work queue). */
export async function ordersAwaitingFulfilment(db: Db, limit: number): Promise<string[]> {
  const rows = await sql<{ id: string }>`
    SELECT o.id FROM "order".orders o
    WHERE o.cancelled_at IS NULL
      AND EXISTS (SELECT 1 FROM "order".order_line l WHERE l.order_id = o.id AND l.fulfilled < l.quantity)
    ORDER BY o.created_at, o.id LIMIT ${limit}`.execute(db);
  return rows.rows.map((row) => row.id);
}

/** Finds the order a shipping event names by its number (the shipment's `orderRef`). */
export async function orderIdByNumber(db: Db, number: string): Promise<string | null> {
  const row = await orderDb(db).selectFrom('orders').select('id').where('number', '=', number).executeTakeFirst();
  return row?.id ?? null;
}

/** The order a checkout attempt created, if any. */
export async function orderIdByCheckoutAttempt(db: Db, checkoutAttempt: string): Promise<string | null> {
  const row = await orderDb(db).selectFrom('orders').select('id').where('checkout_attempt', '=', checkoutAttempt).executeTakeFirst();
  return row?.id ?? null;
}
