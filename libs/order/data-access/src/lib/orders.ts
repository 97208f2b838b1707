import { type Expression, sql, type SqlBool } from 'kysely';
import {
  formatOrderNumber,
  type LineFacts,
  type OrderAddress,
  type OrderCustomer,
  type OrderFacts,
  type OrderSnapshot,
  type OrderStatus,
  type PaymentFacts,
} from '@emporium/order-domain';
import type { Database, DbTransaction } from '@emporium/platform-db';
import { orderDb } from './order.tables';

type Db = Database | DbTransaction;

/** A line as stored: what was bought (copied from the snapshot) and the unit counts the domain derives status from. */
export interface StoredOrderLine extends LineFacts {
  readonly productId: string;
  readonly sku: string;
  readonly title: string;
  readonly options: readonly { readonly name: string; readonly value: string }[];
  readonly unitPrice: number;
  readonly subtotal: number;
  readonly discount: number;
  readonly total: number;
  readonly tax: number;
}

export interface OrderTotalsStored {
  readonly subtotal: number;
  readonly discountTotal: number;
  readonly shipping: number;
  readonly taxTotal: number;
  readonly grandTotal: number;
}

export interface Order {
  readonly id: string;
  /** `1042-9`: the sequence value and its check digit. */
  readonly number: string;
  readonly checkoutAttempt: string;
  readonly customerId: string | null;
  readonly email: string;
  readonly shippingAddress: OrderAddress | null;
  readonly billingAddress: OrderAddress;
  readonly currency: string;
  /** Exactly as placed: the priced cart's lines, discounts, taxes, shipping and totals. */
  readonly snapshot: OrderSnapshot;
  readonly totals: OrderTotalsStored;
  /** In the snapshot's order. */
  readonly lines: readonly StoredOrderLine[];
  /** The payment service's id (a reference; its amounts are read from that service). */
  readonly paymentId: string | null;
  readonly cancelledAt: Date | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  /** The checkout's stock reservation (inventory service), restocked on cancel and return. */
  readonly reservationId: string | null;
  /** sha256 hex of the guest access token. */
  readonly accessTokenHash: string | null;
  /** The shop's base URL when the order was placed: links in e-mails sent later. */
  readonly publicUrl: string | null;
  readonly confirmationQueuedAt: Date | null;
}

export interface NewOrder {
  /** The checkout's attempt token: creating again with it answers the same order. */
  readonly checkoutAttempt: string;
  readonly customer: OrderCustomer;
  readonly shippingAddress: OrderAddress | null;
  readonly billingAddress: OrderAddress;
  readonly snapshot: OrderSnapshot;
  readonly paymentId: string | null;
  readonly reservationId?: string | null;
  readonly accessTokenHash?: string | null;
  readonly publicUrl?: string | null;
}

const ORDER_COLUMNS = [
  'id',
  'number',
  'checkout_attempt',
  'customer_id',
  'email',
  'shipping_address',
  'billing_address',
  'currency',
  'snapshot',
  'subtotal',
  'discount_total',
  'shipping_total',
  'tax_total',
  'grand_total',
  'payment_id',
  'cancelled_at',
  'created_at',
  'updated_at',
  'reservation_id',
  'access_token_hash',
  'public_url',
  'confirmation_queued_at',
] as const;

const LINE_COLUMNS = [
  'order_id',
  'line_id',
  'product_id',
  'sku',
  'title',
  'options',
  'quantity',
  'unit_price',
  'line_subtotal',
  'line_discount',
  'line_total',
  'line_tax',
  'fulfilled',
  'shipped',
  'delivered',
  'return_requested',
  'return_received',
  'return_refunded',
] as const;

interface OrderRow {
  id: string;
  number: string;
  checkout_attempt: string;
  customer_id: string | null;
  email: string;
  shipping_address: unknown;
  billing_address: unknown;
  currency: string;
  snapshot: unknown;
  subtotal: string | number;
  discount_total: string | number;
  shipping_total: string | number;
  tax_total: string | number;
  grand_total: string | number;
  payment_id: string | null;
  cancelled_at: Date | null;
  created_at: Date;
  updated_at: Date;
  reservation_id: string | null;
  access_token_hash: string | null;
  public_url: string | null;
  confirmation_queued_at: Date | null;
}

interface LineRow {
  order_id: string;
  line_id: string;
  product_id: string;
  sku: string;
  title: string;
  options: unknown;
  quantity: number;
  unit_price: string | number;
  line_subtotal: string | number;
  line_discount: string | number;
  line_total: string | number;
  line_tax: string | number;
  fulfilled: number;
  shipped: number;
  delivered: number;
  return_requested: number;
  return_received: number;
  return_refunded: number;
}

function toLine(row: LineRow): StoredOrderLine {
  return {
    lineId: row.line_id,
    productId: row.product_id,
    sku: row.sku,
    title: row.title,
    options: row.options as StoredOrderLine['options'],
    ordered: row.quantity,
    unitPrice: Number(row.unit_price),
    subtotal: Number(row.line_subtotal),
    discount: Number(row.line_discount),
    total: Number(row.line_total),
    tax: Number(row.line_tax),
    fulfilled: row.fulfilled,
    shipped: row.shipped,
    delivered: row.delivered,
    returnRequested: row.return_requested,
    returnReceived: row.return_received,
    returnRefunded: row.return_refunded,
  };
}

function toOrder(row: OrderRow, lines: readonly LineRow[]): Order {
  return {
    id: row.id,
    number: row.number,
    checkoutAttempt: row.checkout_attempt,
    customerId: row.customer_id,
    email: row.email,
    shippingAddress: row.shipping_address as OrderAddress | null,
    billingAddress: row.billing_address as OrderAddress,
    currency: row.currency,
    snapshot: row.snapshot as OrderSnapshot,
    totals: {
      subtotal: Number(row.subtotal),
      discountTotal: Number(row.discount_total),
      shipping: Number(row.shipping_total),
      taxTotal: Number(row.tax_total),
      grandTotal: Number(row.grand_total),
    },
    lines: lines.map(toLine),
    paymentId: row.payment_id,
    cancelledAt: row.cancelled_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    reservationId: row.reservation_id,
    accessTokenHash: row.access_token_hash,
    publicUrl: row.public_url,
    confirmationQueuedAt: row.confirmation_queued_at,
  };
}

/** The orders with their lines (one query for all the lines). */
async function withLines(db: Db, rows: readonly OrderRow[]): Promise<Order[]> {
  if (rows.length === 0) return [];
  const lines = await orderDb(db)
    .selectFrom('order_line')
    .select(LINE_COLUMNS)
    .where('order_id', 'in', rows.map((row) => row.id))
    .orderBy('order_id')
    .orderBy('position')
    .execute();
  const byOrder = new Map<string, LineRow[]>();
  for (const line of lines) byOrder.set(line.order_id, [...(byOrder.get(line.order_id) ?? []), line]);
  return rows.map((row) => toOrder(row, byOrder.get(row.id) ?? []));
}

const single = async (db: Db, row: OrderRow | undefined): Promise<Order | null> => (row ? ((await withLines(db, [row]))[0] ?? null) : null);

/**
 * Stores a new order with its lines and assigns its number (`formatOrderNumber(nextval)`), or answers the order the
 * same checkout attempt created before (`created: false`, nothing written). Two concurrent creations of one attempt
 * meet on the unique `checkout_attempt`: the second waits for the first and then answers its order. A sequence value
 * drawn by a creation that lost is skipped, so numbers may have gaps (never duplicates).
 */
export async function createOrder(trx: DbTransaction, order: NewOrder): Promise<{ order: Order; created: boolean }> {
  const existing = await orderDb(trx).selectFrom('orders').select(ORDER_COLUMNS).where('checkout_attempt', '=', order.checkoutAttempt).executeTakeFirst();
  if (existing) return { order: (await single(trx, existing)) as Order, created: false };
  const { snapshot } = order;
  const next = await sql<{ value: string | number }>`SELECT nextval('"order".order_number_seq') AS value`.execute(trx);
  const number = formatOrderNumber(Number(next.rows[0]?.value));
  const inserted = await orderDb(trx)
    .insertInto('orders')
    .values({
      number,
      checkout_attempt: order.checkoutAttempt,
      customer_id: order.customer.kind === 'customer' ? order.customer.customerId : null,
      email: order.customer.email,
      shipping_address: order.shippingAddress === null ? null : JSON.stringify(order.shippingAddress),
      billing_address: JSON.stringify(order.billingAddress),
      currency: snapshot.currency,
      snapshot: JSON.stringify(snapshot),
      subtotal: snapshot.totals.subtotal.amount,
      discount_total: snapshot.totals.discountTotal.amount,
      shipping_total: snapshot.totals.shipping.amount,
      tax_total: snapshot.totals.taxTotal.amount,
      grand_total: snapshot.totals.total.amount,
      payment_id: order.paymentId,
      reservation_id: order.reservationId ?? null,
      access_token_hash: order.accessTokenHash ?? null,
      public_url: order.publicUrl ?? null,
    })
    .onConflict((conflict) => conflict.column('checkout_attempt').doNothing())
    .returning(ORDER_COLUMNS)
    .executeTakeFirst();
  if (!inserted) {
    const first = await orderDb(trx).selectFrom('orders').select(ORDER_COLUMNS).where('checkout_attempt', '=', order.checkoutAttempt).executeTakeFirstOrThrow();
    return { order: (await single(trx, first)) as Order, created: false };
  }
  if (snapshot.lines.length > 0) {
    await orderDb(trx)
      .insertInto('order_line')
      .values(
        snapshot.lines.map((line, position) => ({
          order_id: inserted.id,
          line_id: line.lineId,
          position,
          product_id: line.productId,
          sku: line.sku,
          title: line.title,
          options: JSON.stringify(line.options),
          quantity: line.quantity,
          unit_price: line.unitPrice.amount,
          line_subtotal: line.subtotal.amount,
          line_discount: line.discount.amount,
          line_total: line.total.amount,
          line_tax: line.tax.amount,
        })),
      )
      .execute();
  }
  return { order: (await single(trx, inserted)) as Order, created: true };
}

export async function getOrder(db: Db, id: string): Promise<Order | null> {
  return single(db, await orderDb(db).selectFrom('orders').select(ORDER_COLUMNS).where('id', '=', id).executeTakeFirst());
}

/** The order with exactly this number (`1042-9`); normalise what a person typed with the domain's `parseOrderNumber` first. */
export async function getOrderByNumber(db: Db, number: string): Promise<Order | null> {
  return single(db, await orderDb(db).selectFrom('orders').select(ORDER_COLUMNS).where('number', '=', number).executeTakeFirst());
}

/** Locks the order's row until the transaction ends: every change to one order (its lines included) is serialised here. */
export async function lockOrder(trx: DbTransaction, id: string): Promise<Order | null> {
  return single(trx, await orderDb(trx).selectFrom('orders').select(ORDER_COLUMNS).where('id', '=', id).forUpdate().executeTakeFirst());
}

/**
 * The order's status in SQL, from its line counts and `cancelled_at` — `orderStatus` of the domain, except the one
 * case only the payment's amounts decide (every captured cent refunded without a return: the payment service knows).
 */
const statusOf = (orderId: Expression<string>) => sql<OrderStatus>`(
  SELECT CASE
    WHEN o.cancelled_at IS NOT NULL THEN 'cancelled'
    WHEN bool_or(l.return_requested > l.return_received) THEN 'return_requested'
    WHEN bool_or(l.return_received > l.return_refunded) THEN 'return_received'
    WHEN bool_or(l.return_refunded > 0) THEN 'refunded'
    WHEN sum(l.quantity) > 0 AND sum(l.delivered) = sum(l.quantity) THEN 'delivered'
    WHEN sum(l.quantity) > 0 AND sum(l.shipped) = sum(l.quantity) THEN 'shipped'
    WHEN sum(l.shipped) > 0 THEN 'partially_shipped'
    WHEN sum(l.quantity) > 0 AND sum(l.fulfilled) = sum(l.quantity) THEN 'fulfilled'
    WHEN sum(l.fulfilled) > 0 THEN 'partially_fulfilled'
    ELSE 'placed'
  END
  FROM "order".orders o LEFT JOIN "order".order_line l ON l.order_id = o.id
  WHERE o.id = ${orderId}
  GROUP BY o.id, o.cancelled_at
)`;

export interface OrderFilter {
  /** Derived from the line counts (see `listOrders`). */
  readonly status?: OrderStatus;
  readonly customerId?: string;
  /** Part of the e-mail, any case. */
  readonly email?: string;
  /** The exact number (`1042-9`). */
  readonly number?: string;
  /** Placed at or after. */
  readonly createdFrom?: Date;
  /** Placed before. */
  readonly createdTo?: Date;
  /** Grand total bounds, inclusive, in minor units. */
  readonly minTotal?: number;
  readonly maxTotal?: number;
  readonly page: number;
  readonly pageSize: number;
}

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * A page of orders, newest first, with the total matching. The status filter is the domain's status computed from the
 * stored line counts and cancellation; an order whose payment was refunded in full without any return shows its
 * fulfilment stage here (only the payment service's amounts say "refunded" then).
 */
export async function listOrders(db: Db, filter: OrderFilter): Promise<{ items: Order[]; total: number }> {
  let query = orderDb(db).selectFrom('orders');
  if (filter.customerId) query = query.where('customer_id', '=', filter.customerId);
  if (filter.email) query = query.where(sql<SqlBool>`lower(email) LIKE ${`%${likeEscape(filter.email.trim().toLowerCase())}%`}`);
  if (filter.number) query = query.where('number', '=', filter.number.trim());
  if (filter.createdFrom) query = query.where('created_at', '>=', filter.createdFrom);
  if (filter.createdTo) query = query.where('created_at', '<', filter.createdTo);
  if (filter.minTotal !== undefined) query = query.where('grand_total', '>=', filter.minTotal);
  if (filter.maxTotal !== undefined) query = query.where('grand_total', '<=', filter.maxTotal);
  if (filter.status) {
    const status = filter.status;
    query = query.where((eb) => eb(statusOf(eb.ref('orders.id')), '=', status));
  }
  const [rows, count] = await Promise.all([
    query
      .select(ORDER_COLUMNS)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items: await withLines(db, rows), total: Number(count.total) };
}

/** A customer's own orders, newest first. */
export async function listCustomerOrders(db: Db, customerId: string, page: { readonly page: number; readonly pageSize: number }): Promise<{ items: Order[]; total: number }> {
  return listOrders(db, { customerId, ...page });
}

/** New absolute counts for one line; counts left out keep their value. */
export interface LineFactsChange {
  readonly lineId: string;
  readonly fulfilled?: number;
  readonly shipped?: number;
  readonly delivered?: number;
  readonly returnRequested?: number;
  readonly returnReceived?: number;
  readonly returnRefunded?: number;
}

/**
 * Writes the lines' new counts (the `facts` of a domain decision). The CHECKs refuse counts out of order, so a
 * broken decision fails the transaction instead of storing impossible facts. A line the order does not have throws.
 */
export async function updateLineFacts(trx: DbTransaction, orderId: string, changes: readonly LineFactsChange[]): Promise<void> {
  for (const change of changes) {
    const result = await orderDb(trx)
      .updateTable('order_line')
      .set({
        ...(change.fulfilled !== undefined ? { fulfilled: change.fulfilled } : {}),
        ...(change.shipped !== undefined ? { shipped: change.shipped } : {}),
        ...(change.delivered !== undefined ? { delivered: change.delivered } : {}),
        ...(change.returnRequested !== undefined ? { return_requested: change.returnRequested } : {}),
        ...(change.returnReceived !== undefined ? { return_received: change.returnReceived } : {}),
        ...(change.returnRefunded !== undefined ? { return_refunded: change.returnRefunded } : {}),
      })
      .where('order_id', '=', orderId)
      .where('line_id', '=', change.lineId)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new Error(`Order ${orderId} has no line ${change.lineId}`);
  }
  await orderDb(trx).updateTable('orders').set({ updated_at: sql<Date>`now()` }).where('id', '=', orderId).execute();
}

/** Records the cancellation; false when the order was already cancelled (or does not exist). */
export async function markCancelled(trx: DbTransaction, orderId: string): Promise<boolean> {
  const result = await orderDb(trx)
    .updateTable('orders')
    .set({ cancelled_at: sql<Date>`now()`, updated_at: sql<Date>`now()` })
    .where('id', '=', orderId)
    .where('cancelled_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The facts the domain decides on: the stored counts, the order's total and cancellation, and the payment's amounts as given. */
export function orderFacts(order: Order, payment: PaymentFacts): OrderFacts {
  return {
    lines: order.lines.map(({ lineId, ordered, fulfilled, shipped, delivered, returnRequested, returnReceived, returnRefunded }) => ({
      lineId,
      ordered,
      fulfilled,
      shipped,
      delivered,
      returnRequested,
      returnReceived,
      returnRefunded,
    })),
    payment,
    total: order.totals.grandTotal,
    cancelled: order.cancelledAt !== null,
  };
}
