import type { ShippingZone } from '@emporium/shipping-domain';
import { type Database, type DbTransaction, isUniqueViolation } from '@emporium/platform-db';
import { shippingDb } from './shipping.tables';

type Db = Database | DbTransaction;

/** A zone as the merchant sets it (the id is the store's). */
export type ZoneFields = Omit<ShippingZone, 'id'>;

export type ZoneWriteFailure = { readonly type: 'UnknownZone'; readonly zoneId: string } | { readonly type: 'ZoneNameTaken'; readonly name: string };
export type ZoneWriteResult = { readonly ok: true; readonly value: ShippingZone } | { readonly ok: false; readonly error: ZoneWriteFailure };

interface ZoneRow {
  id: string;
  name: string;
  countries: string[];
  regions: Record<string, string[]>;
  postcode_patterns: string[];
  priority: number;
}

const COLUMNS = ['id', 'name', 'countries', 'regions', 'postcode_patterns', 'priority'] as const;

function toZone(row: ZoneRow): ShippingZone {
  return { id: row.id, name: row.name, countries: row.countries, regions: row.regions, postcodePatterns: row.postcode_patterns, priority: row.priority };
}

function toValues(fields: ZoneFields) {
  return {
    name: fields.name,
    countries: [...fields.countries],
    regions: JSON.stringify(fields.regions ?? {}),
    postcode_patterns: [...(fields.postcodePatterns ?? [])],
    priority: fields.priority ?? 0,
  };
}

/** Every zone, by name. */
export async function listZones(db: Db): Promise<ShippingZone[]> {
  const rows = await shippingDb(db).selectFrom('zone').select(COLUMNS).orderBy('name').orderBy('id').execute();
  return rows.map(toZone);
}

export async function getZone(db: Db, id: string): Promise<ShippingZone | null> {
  const row = await shippingDb(db).selectFrom('zone').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row ? toZone(row) : null;
}

/** Creates a zone; names are unique without regard to case. The caller validates the fields with the domain first. */
export async function createZone(db: Db, fields: ZoneFields): Promise<ZoneWriteResult> {
  try {
    const row = await shippingDb(db).insertInto('zone').values(toValues(fields)).returning(COLUMNS).executeTakeFirstOrThrow();
    return { ok: true, value: toZone(row) };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, error: { type: 'ZoneNameTaken', name: fields.name } };
    throw error;
  }
}

export async function updateZone(db: Db, id: string, fields: ZoneFields): Promise<ZoneWriteResult> {
  try {
    const row = await shippingDb(db)
      .updateTable('zone')
      .set({ ...toValues(fields), updated_at: new Date() })
      .where('id', '=', id)
      .returning(COLUMNS)
      .executeTakeFirst();
    return row ? { ok: true, value: toZone(row) } : { ok: false, error: { type: 'UnknownZone', zoneId: id } };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, error: { type: 'ZoneNameTaken', name: fields.name } };
    throw error;
  }
}

/** Deletes a zone and its methods. */
export async function deleteZone(db: Db, id: string): Promise<boolean> {
  const result = await shippingDb(db).deleteFrom('zone').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
