import type { MethodPricing, ShippingMethod } from '@emporium/shipping-domain';
import { type Database, type DbTransaction, PgErrorCode, pgErrorCode } from '@emporium/platform-db';
import { shippingDb } from './shipping.tables';

type Db = Database | DbTransaction;

/** A method as the merchant sets it (the id is the store's). */
export type MethodFields = Omit<ShippingMethod, 'id'> & { readonly position?: number };

export type MethodWriteFailure = { readonly type: 'UnknownMethod'; readonly methodId: string } | { readonly type: 'UnknownZone'; readonly zoneId: string };
export type MethodWriteResult = { readonly ok: true; readonly value: ShippingMethod } | { readonly ok: false; readonly error: MethodWriteFailure };

interface MethodRow {
  id: string;
  zone_id: string;
  name: string;
  carrier: string;
  service: string;
  pricing: unknown;
  free_from: Record<string, number>;
  min_days: number;
  max_days: number;
  active: boolean;
}

const COLUMNS = ['id', 'zone_id', 'name', 'carrier', 'service', 'pricing', 'free_from', 'min_days', 'max_days', 'active'] as const;

function toMethod(row: MethodRow): ShippingMethod {
  return {
    id: row.id,
    zoneId: row.zone_id,
    name: row.name,
    carrier: row.carrier,
    service: row.service,
    // Written only after the domain's `validateMethod` accepted it.
    pricing: row.pricing as MethodPricing,
    freeFrom: row.free_from,
    minDays: row.min_days,
    maxDays: row.max_days,
    active: row.active,
  };
}

function toValues(fields: MethodFields) {
  return {
    zone_id: fields.zoneId,
    name: fields.name,
    carrier: fields.carrier,
    service: fields.service,
    pricing: JSON.stringify(fields.pricing),
    free_from: JSON.stringify(fields.freeFrom ?? {}),
    min_days: fields.minDays,
    max_days: fields.maxDays,
    active: fields.active,
    position: fields.position ?? 0,
  };
}

/** Methods of the given zones (all zones when left out), by zone, position and name. */
export async function listMethods(db: Db, zoneIds?: readonly string[]): Promise<ShippingMethod[]> {
  let query = shippingDb(db).selectFrom('method').select(COLUMNS);
  if (zoneIds) {
    if (zoneIds.length === 0) return [];
    query = query.where('zone_id', 'in', [...zoneIds]);
  }
  const rows = await query.orderBy('zone_id').orderBy('position').orderBy('name').orderBy('id').execute();
  return rows.map(toMethod);
}

export async function getMethod(db: Db, id: string): Promise<ShippingMethod | null> {
  const row = await shippingDb(db).selectFrom('method').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row ? toMethod(row) : null;
}

/** Creates a method in a zone. The caller validates the fields with the domain's `validateMethod` first. */
export async function createMethod(db: Db, fields: MethodFields): Promise<MethodWriteResult> {
  try {
    const row = await shippingDb(db).insertInto('method').values(toValues(fields)).returning(COLUMNS).executeTakeFirstOrThrow();
    return { ok: true, value: toMethod(row) };
  } catch (error) {
    if (pgErrorCode(error) === PgErrorCode.foreignKeyViolation) return { ok: false, error: { type: 'UnknownZone', zoneId: fields.zoneId } };
    throw error;
  }
}

export async function updateMethod(db: Db, id: string, fields: MethodFields): Promise<MethodWriteResult> {
  try {
    const row = await shippingDb(db)
      .updateTable('method')
      .set({ ...toValues(fields), updated_at: new Date() })
      .where('id', '=', id)
      .returning(COLUMNS)
      .executeTakeFirst();
    return row ? { ok: true, value: toMethod(row) } : { ok: false, error: { type: 'UnknownMethod', methodId: id } };
  } catch (error) {
    if (pgErrorCode(error) === PgErrorCode.foreignKeyViolation) return { ok: false, error: { type: 'UnknownZone', zoneId: fields.zoneId } };
    throw error;
  }
}

export async function deleteMethod(db: Db, id: string): Promise<boolean> {
  const result = await shippingDb(db).deleteFrom('method').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
