import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Database } from '@emporium/platform-db';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;
type Json<T> = ColumnType<T, string, string>;
type NullableJson<T> = ColumnType<T | null, string | null, string | null>;
/** bigint columns: the repositories turn them into numbers (minor units fit easily). */
type Minor = ColumnType<string | number, number, number>;

export interface OrdersTable {
  id: Generated<string>;
  number: string;
  checkout_attempt: string;
  customer_id: string | null;
  email: string;
  shipping_address: NullableJson<unknown>;
  billing_address: Json<unknown>;
  currency: string;
  /** An order-domain `OrderSnapshot`. */
  snapshot: Json<unknown>;
  subtotal: Minor;
  discount_total: Minor;
  shipping_total: Minor;
  tax_total: Minor;
  grand_total: Minor;
  payment_id: string | null;
  cancelled_at: Date | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  reservation_id: string | null;
  access_token_hash: string | null;
  public_url: string | null;
  confirmation_queued_at: Date | null;
  payment_seq: Defaulted<number>;
}

export interface OrderLineTable {
  order_id: string;
  line_id: string;
  position: number;
  product_id: string;
  sku: string;
  title: string;
  options: Json<unknown>;
  quantity: number;
  unit_price: Minor;
  line_subtotal: Minor;
  line_discount: Minor;
  line_total: Minor;
  line_tax: Minor;
  fulfilled: Defaulted<number>;
  shipped: Defaulted<number>;
  delivered: Defaulted<number>;
  return_requested: Defaulted<number>;
  return_received: Defaulted<number>;
  return_refunded: Defaulted<number>;
}

export interface TimelineTable {
  id: Generated<string | number>;
  order_id: string;
  at: Timestamp;
  actor: string;
  kind: string;
  details: ColumnType<unknown, string | undefined, never>;
}

export interface NoteTable {
  id: Generated<string>;
  order_id: string;
  author: string;
  body: string;
  created_at: Timestamp;
}

export interface ReturnRequestTable {
  id: Generated<string>;
  order_id: string;
  lines: Json<unknown>;
  status: Defaulted<string>;
  requested_by: string;
  refund_amount: ColumnType<string | number | null, number | null | undefined, number | null>;
  created_at: Timestamp;
  received_at: Date | null;
  refunded_at: Date | null;
  updated_at: Timestamp;
}

export interface FulfilmentTable {
  id: Generated<string>;
  order_id: string;
  shipment_id: string;
  lines: Json<unknown>;
  carrier: string;
  service: string;
  tracking_number: string | null;
  status: Defaulted<string>;
  created_by: string;
  created_at: Timestamp;
  shipped_at: Date | null;
  delivered_at: Date | null;
}

export interface OrderTables {
  fulfilment: FulfilmentTable;
  orders: OrdersTable;
  order_line: OrderLineTable;
  timeline: TimelineTable;
  note: NoteTable;
  return_request: ReturnRequestTable;
}

export const ORDER_SCHEMA = 'order';

/** The shared database handle (or a transaction), typed for the order service's own tables. */
export function orderDb(db: Database | Kysely<unknown>): Kysely<OrderTables> {
  return (db as Database).withSchema(ORDER_SCHEMA) as unknown as Kysely<OrderTables>;
}
