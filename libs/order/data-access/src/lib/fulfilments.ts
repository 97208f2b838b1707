import { sql } from 'kysely';
import type { LineQuantity } from '@emporium/order-domain';
import type { Database, DbTransaction } from '@emporium/platform-db';
import { orderDb } from './order.tables';

type Db = Database | DbTransaction;

export type FulfilmentStatus = 'label_purchased' | 'shipped' | 'delivered';

/** Lines of an order that left in one shipment of the shipping service. */
export interface Fulfilment {
  readonly id: string;
  readonly orderId: string;
  readonly shipmentId: string;
  readonly lines: readonly LineQuantity[];
  readonly carrier: string;
  readonly service: string;
  readonly trackingNumber: string | null;
  readonly status: FulfilmentStatus;
  /** `staff:<user id>`. */
  readonly createdBy: string;
  readonly createdAt: Date;
  readonly shippedAt: Date | null;
  readonly deliveredAt: Date | null;
}

const COLUMNS = ['id', 'order_id', 'shipment_id', 'lines', 'carrier', 'service', 'tracking_number', 'status', 'created_by', 'created_at', 'shipped_at', 'delivered_at'] as const;

function toFulfilment(row: {
  id: string;
  order_id: string;
  shipment_id: string;
  lines: unknown;
  carrier: string;
  service: string;
  tracking_number: string | null;
  status: string;
  created_by: string;
  created_at: Date;
  shipped_at: Date | null;
  delivered_at: Date | null;
}): Fulfilment {
  return {
    id: row.id,
    orderId: row.order_id,
    shipmentId: row.shipment_id,
    lines: row.lines as LineQuantity[],
    carrier: row.carrier,
    service: row.service,
    trackingNumber: row.tracking_number,
    status: row.status as FulfilmentStatus,
    createdBy: row.created_by,
    createdAt: row.created_at,
    shippedAt: row.shipped_at,
    deliveredAt: row.delivered_at,
  };
}

/** Records a shipment of some of the order's lines (the caller holds the order's lock and writes the fulfilled counts). */
export async function createFulfilment(
  trx: DbTransaction,
  fulfilment: {
    readonly orderId: string;
    readonly shipmentId: string;
    readonly lines: readonly LineQuantity[];
    readonly carrier: string;
    readonly service: string;
    readonly trackingNumber: string | null;
    readonly createdBy: string;
  },
): Promise<Fulfilment> {
  const row = await orderDb(trx)
    .insertInto('fulfilment')
    .values({
      order_id: fulfilment.orderId,
      shipment_id: fulfilment.shipmentId,
      lines: JSON.stringify(fulfilment.lines.map(({ lineId, quantity }) => ({ lineId, quantity }))),
      carrier: fulfilment.carrier,
      service: fulfilment.service,
      tracking_number: fulfilment.trackingNumber,
      created_by: fulfilment.createdBy,
    })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return toFulfilment(row);
}

/** The order's fulfilments, oldest first. */
export async function listFulfilments(db: Db, orderId: string): Promise<Fulfilment[]> {
  const rows = await orderDb(db).selectFrom('fulfilment').select(COLUMNS).where('order_id', '=', orderId).orderBy('created_at').orderBy('id').execute();
  return rows.map(toFulfilment);
}

export async function findFulfilmentByShipment(db: Db, shipmentId: string): Promise<Fulfilment | null> {
  const row = await orderDb(db).selectFrom('fulfilment').select(COLUMNS).where('shipment_id', '=', shipmentId).executeTakeFirst();
  return row ? toFulfilment(row) : null;
}

/**
 * Moves a fulfilment forward to `shipped` or `delivered` (a delivery also stamps `shipped_at` when no scan said it
 * left). Answers null when it is already there or further: a redelivered event changes nothing.
 */
export async function advanceFulfilment(
  trx: DbTransaction,
  id: string,
  to: 'shipped' | 'delivered',
  change: { readonly at: Date; readonly trackingNumber: string | null },
): Promise<Fulfilment | null> {
  const from = to === 'shipped' ? ['label_purchased'] : ['label_purchased', 'shipped'];
  const row = await orderDb(trx)
    .updateTable('fulfilment')
    .set({
      status: to,
      shipped_at: sql<Date>`coalesce(shipped_at, ${change.at})`,
      ...(to === 'delivered' ? { delivered_at: change.at } : {}),
      tracking_number: sql<string | null>`coalesce(tracking_number, ${change.trackingNumber})`,
    })
    .where('id', '=', id)
    .where('status', 'in', from)
    .returning(COLUMNS)
    .executeTakeFirst();
  return row ? toFulfilment(row) : null;
}
