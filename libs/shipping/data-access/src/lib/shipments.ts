import { sql } from 'kysely';
import type { PostalAddress, ShipmentStatus, TrackingEvent } from '@emporium/shipping-domain';
import type { Database, DbTransaction } from '@emporium/platform-db';
import { shippingDb } from './shipping.tables';

type Db = Database | DbTransaction;

/** A full postal address as a shipment keeps it (the shape carriers print on labels). */
export type ShipmentAddress = PostalAddress;

export interface ShipmentLine {
  readonly lineId: string;
  readonly sku: string;
  readonly title: string;
  readonly quantity: number;
  readonly unitWeightGrams: number;
}

export interface ShipmentParcel {
  readonly index: number;
  readonly weightGrams: number;
  readonly trackingNumber: string | null;
  readonly contents: readonly { readonly lineId: string; readonly sku: string; readonly quantity: number }[];
}

/** An outbound shipment takes an order's lines to the customer; a return brings some of them back. */
export type ShipmentKind = 'outbound' | 'return';

export interface Shipment {
  readonly id: string;
  readonly kind: ShipmentKind;
  /** A return's outbound shipment; null for an outbound one. */
  readonly returnOf: string | null;
  /** Why the customer sends a return back, when told. */
  readonly returnReason: string | null;
  /** The inventory location it leaves from (outbound) or goes back to (return); null when staff typed the address. */
  readonly locationId: string | null;
  readonly orderRef: string;
  readonly status: ShipmentStatus;
  readonly carrier: string;
  readonly service: string;
  readonly shipFrom: ShipmentAddress;
  readonly shipTo: ShipmentAddress;
  readonly currency: string;
  /** The tracking event that decides the status now (the fold's state), or null. */
  readonly decidedBy: TrackingEvent | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly statusChangedAt: Date;
}

export interface ShipmentWithDetails extends Shipment {
  readonly lines: readonly ShipmentLine[];
  readonly parcels: readonly ShipmentParcel[];
}

export interface NewShipment {
  readonly kind?: ShipmentKind;
  readonly returnOf?: string;
  readonly returnReason?: string | null;
  readonly locationId?: string | null;
  readonly orderRef: string;
  readonly carrier: string;
  readonly service: string;
  readonly shipFrom: ShipmentAddress;
  readonly shipTo: ShipmentAddress;
  readonly currency: string;
  readonly lines: readonly ShipmentLine[];
  /** As packed (`packParcels`), numbered from 1. */
  readonly parcels: readonly Omit<ShipmentParcel, 'trackingNumber'>[];
}

const SHIPMENT_COLUMNS = [
  'id',
  'kind',
  'return_of',
  'return_reason',
  'location_id',
  'order_ref',
  'status',
  'carrier',
  'service',
  'ship_from',
  'ship_to',
  'currency',
  'decided_event',
  'created_at',
  'updated_at',
  'status_changed_at',
] as const;

interface ShipmentRow {
  id: string;
  kind: string;
  return_of: string | null;
  return_reason: string | null;
  location_id: string | null;
  order_ref: string;
  status: string;
  carrier: string;
  service: string;
  ship_from: unknown;
  ship_to: unknown;
  currency: string;
  decided_event: unknown;
  created_at: Date;
  updated_at: Date;
  status_changed_at: Date;
}

interface StoredEvent {
  id: string;
  status: ShipmentStatus;
  occurredAt: string;
}

function toShipment(row: ShipmentRow): Shipment {
  const decided = row.decided_event as StoredEvent | null;
  return {
    id: row.id,
    kind: row.kind as ShipmentKind,
    returnOf: row.return_of,
    returnReason: row.return_reason,
    locationId: row.location_id,
    orderRef: row.order_ref,
    status: row.status as ShipmentStatus,
    carrier: row.carrier,
    service: row.service,
    shipFrom: row.ship_from as ShipmentAddress,
    shipTo: row.ship_to as ShipmentAddress,
    currency: row.currency,
    decidedBy: decided ? { id: decided.id, status: decided.status, occurredAt: new Date(decided.occurredAt) } : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    statusChangedAt: row.status_changed_at,
  };
}

/** Stores a shipment with its lines and packed parcels (no tracking numbers until a label is bought). */
export async function createShipment(trx: DbTransaction, shipment: NewShipment): Promise<ShipmentWithDetails> {
  const db = shippingDb(trx);
  const row = await db
    .insertInto('shipment')
    .values({
      kind: shipment.kind ?? 'outbound',
      return_of: shipment.returnOf ?? null,
      return_reason: shipment.returnReason ?? null,
      location_id: shipment.locationId ?? null,
      order_ref: shipment.orderRef,
      carrier: shipment.carrier,
      service: shipment.service,
      ship_from: JSON.stringify(shipment.shipFrom),
      ship_to: JSON.stringify(shipment.shipTo),
      currency: shipment.currency,
    })
    .returning(SHIPMENT_COLUMNS)
    .executeTakeFirstOrThrow();
  if (shipment.lines.length > 0) {
    await db
      .insertInto('shipment_line')
      .values(
        shipment.lines.map((line) => ({
          shipment_id: row.id,
          line_id: line.lineId,
          sku: line.sku,
          title: line.title,
          quantity: line.quantity,
          unit_weight_grams: line.unitWeightGrams,
        })),
      )
      .execute();
  }
  if (shipment.parcels.length > 0) {
    await db
      .insertInto('parcel')
      .values(
        shipment.parcels.map((parcel) => ({
          shipment_id: row.id,
          index: parcel.index,
          weight_grams: parcel.weightGrams,
          carrier: shipment.carrier,
          contents: JSON.stringify(parcel.contents),
        })),
      )
      .execute();
  }
  return (await getShipment(trx, row.id)) as ShipmentWithDetails;
}

/** The shipment with its lines and parcels, or null. */
export async function getShipment(db: Db, id: string): Promise<ShipmentWithDetails | null> {
  const sdb = shippingDb(db);
  const row = await sdb.selectFrom('shipment').select(SHIPMENT_COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const [lines, parcels] = await Promise.all([
    sdb.selectFrom('shipment_line').selectAll().where('shipment_id', '=', id).orderBy('line_id').execute(),
    sdb.selectFrom('parcel').selectAll().where('shipment_id', '=', id).orderBy('index').execute(),
  ]);
  return {
    ...toShipment(row),
    lines: lines.map((line) => ({ lineId: line.line_id, sku: line.sku, title: line.title, quantity: line.quantity, unitWeightGrams: line.unit_weight_grams })),
    parcels: parcels.map((parcel) => ({
      index: parcel.index,
      weightGrams: parcel.weight_grams,
      trackingNumber: parcel.tracking_number,
      contents: parcel.contents as ShipmentParcel['contents'],
    })),
  };
}

/** Locks the shipment's row until the transaction ends (label purchase, staff actions and webhooks serialise here). */
export async function lockShipment(trx: DbTransaction, id: string): Promise<Shipment | null> {
  const row = await shippingDb(trx).selectFrom('shipment').select(SHIPMENT_COLUMNS).where('id', '=', id).forUpdate().executeTakeFirst();
  return row ? toShipment(row) : null;
}

/** Locks the shipment a parcel's tracking number belongs to (at that carrier), or null when none has it. */
export async function lockShipmentByTrackingNumber(trx: DbTransaction, carrier: string, trackingNumber: string): Promise<Shipment | null> {
  const parcel = await shippingDb(trx)
    .selectFrom('parcel')
    .select('shipment_id')
    .where('carrier', '=', carrier)
    .where('tracking_number', '=', trackingNumber)
    .executeTakeFirst();
  return parcel ? lockShipment(trx, parcel.shipment_id) : null;
}

/** Sets the status (and the deciding event, when the change came from tracking); `status_changed_at` moves only on a change. */
export async function updateShipmentStatus(
  trx: DbTransaction,
  id: string,
  status: ShipmentStatus,
  decidedBy?: TrackingEvent | null,
): Promise<void> {
  await shippingDb(trx)
    .updateTable('shipment')
    .set({
      status,
      updated_at: sql<Date>`now()`,
      status_changed_at: sql<Date>`CASE WHEN status = ${status} THEN status_changed_at ELSE now() END`,
      ...(decidedBy === undefined
        ? {}
        : { decided_event: decidedBy ? JSON.stringify({ id: decidedBy.id, status: decidedBy.status, occurredAt: decidedBy.occurredAt.toISOString() }) : null }),
    })
    .where('id', '=', id)
    .execute();
}

/** Writes the parcels' tracking numbers, in parcel order. */
export async function setTrackingNumbers(trx: DbTransaction, shipmentId: string, trackingNumbers: readonly string[]): Promise<void> {
  const db = shippingDb(trx);
  for (const [position, trackingNumber] of trackingNumbers.entries()) {
    await db.updateTable('parcel').set({ tracking_number: trackingNumber }).where('shipment_id', '=', shipmentId).where('index', '=', position + 1).execute();
  }
}

export interface ShipmentFilter {
  readonly status?: ShipmentStatus;
  readonly kind?: ShipmentKind;
  readonly orderRef?: string;
  /** From 1. */
  readonly page: number;
  readonly pageSize: number;
}

/** A page of shipments, newest first, with the total matching the filter. */
export async function listShipments(db: Db, filter: ShipmentFilter): Promise<{ items: Shipment[]; total: number }> {
  let query = shippingDb(db).selectFrom('shipment');
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.orderRef) query = query.where('order_ref', '=', filter.orderRef);
  const [rows, count] = await Promise.all([
    query
      .select(SHIPMENT_COLUMNS)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toShipment), total: Number(count.total) };
}

/** The shipment a parcel's tracking number belongs to (at any carrier), without a lock: for public tracking. */
export async function findShipmentByTrackingNumber(db: Db, trackingNumber: string): Promise<Shipment | null> {
  const row = await shippingDb(db)
    .selectFrom('parcel')
    .innerJoin('shipment', 'shipment.id', 'parcel.shipment_id')
    .select(SHIPMENT_COLUMNS.map((column) => `shipment.${column}` as const))
    .where('parcel.tracking_number', '=', trackingNumber)
    .orderBy('shipment.created_at', 'desc')
    .executeTakeFirst();
  return row ? toShipment(row as ShipmentRow) : null;
}

/** The returns made of an outbound shipment, oldest first (cancelled ones included: staff see what happened). */
export async function listReturns(db: Db, shipmentId: string): Promise<Shipment[]> {
  const rows = await shippingDb(db).selectFrom('shipment').select(SHIPMENT_COLUMNS).where('return_of', '=', shipmentId).orderBy('created_at').orderBy('id').execute();
  return rows.map(toShipment);
}

/** Units of each line already on their way back (or back): summed over the shipment's returns that are not cancelled. */
export async function returnedQuantities(db: Db, shipmentId: string): Promise<Map<string, number>> {
  const rows = await shippingDb(db)
    .selectFrom('shipment_line')
    .innerJoin('shipment', 'shipment.id', 'shipment_line.shipment_id')
    .select(['shipment_line.line_id', (eb) => eb.fn.sum<string>('shipment_line.quantity').as('quantity')])
    .where('shipment.return_of', '=', shipmentId)
    .where('shipment.status', '<>', 'cancelled')
    .groupBy('shipment_line.line_id')
    .execute();
  return new Map(rows.map((row) => [row.line_id, Number(row.quantity)]));
}
