import { sql } from 'kysely';
import { type Database, type DbTransaction, inTransaction, isUniqueViolation } from '@emporium/platform-db';
import { type InventoryResult, refusable, refuse } from './inventory-failure';
import { type EventPublisher, publishStatusChanges } from './level-changes';
import { inventoryDb } from './inventory.tables';
import { activeLocationIds, lockStockByIds } from './stock-lock';

export interface LocationAddress {
  readonly line1: string | null;
  readonly line2: string | null;
  readonly city: string | null;
  readonly region: string | null;
  readonly postalCode: string | null;
  readonly countryCode: string | null;
}

export interface LocationFields {
  readonly code: string;
  readonly name: string;
  /** Lower numbers are picked first when stock can come from several places. */
  readonly priority: number;
  readonly active: boolean;
  readonly address: LocationAddress;
}

export interface Location extends LocationFields {
  readonly id: string;
}

export interface LocationView extends Location {
  readonly skuCount: number;
  readonly onHand: number;
  readonly reserved: number;
}

export async function listLocations(db: Database | DbTransaction): Promise<LocationView[]> {
  const rows = await sql<LocationRow>`
    SELECT l.*, coalesce(s.sku_count, 0)::int AS sku_count, coalesce(s.on_hand, 0)::int AS on_hand, coalesce(s.reserved, 0)::int AS reserved
    FROM inventory.location l
    LEFT JOIN (SELECT location_id, count(*) FILTER (WHERE on_hand <> 0 OR reserved <> 0) AS sku_count, sum(on_hand) AS on_hand, sum(reserved) AS reserved
               FROM inventory.stock_level GROUP BY location_id) s ON s.location_id = l.id
    ORDER BY l.priority, l.code`.execute(db);
  return rows.rows.map(toLocationView);
}

/** One location (without its stock totals), or null: what another service needs to ship from or return to it. */
export async function getLocation(db: Database | DbTransaction, id: string): Promise<Location | null> {
  const row = await inventoryDb(db)
    .selectFrom('location')
    .select(['id', 'code', 'name', 'priority', 'active', 'address_line1', 'address_line2', 'city', 'region', 'postal_code', 'country_code'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const { skuCount: _skuCount, onHand: _onHand, reserved: _reserved, ...location } = toLocationView({ ...row, sku_count: 0, on_hand: 0, reserved: 0 });
  return location;
}

/** The active locations, most preferred first (as stock is picked from them). */
export async function listActiveLocations(db: Database | DbTransaction): Promise<Location[]> {
  return (await listLocations(db)).filter((location) => location.active).map(({ skuCount: _skuCount, onHand: _onHand, reserved: _reserved, ...location }) => location);
}

export function createLocation(db: Database, fields: LocationFields): Promise<InventoryResult<LocationView>> {
  return refusable(async () => {
    try {
      const row = await inventoryDb(db).insertInto('location').values(toRow(fields)).returning('id').executeTakeFirstOrThrow();
      return { ...fields, id: row.id, skuCount: 0, onHand: 0, reserved: 0 };
    } catch (error) {
      if (isUniqueViolation(error)) refuse({ type: 'LocationCodeTaken', code: fields.code });
      throw error;
    }
  });
}

/**
 * Changes a location. (De)activating one changes what can be sold of every SKU it holds, so those items are locked and
 * their status changes published like any other stock change.
 */
export function updateLocation(db: Database, events: EventPublisher, id: string, fields: LocationFields): Promise<InventoryResult<LocationView>> {
  return refusable(() =>
    inTransaction(db, async (trx) => {
      const current = await inventoryDb(trx).selectFrom('location').select(['id', 'active']).where('id', '=', id).forUpdate().executeTakeFirst();
      if (!current) return refuse({ type: 'UnknownLocation', locationId: id });
      if (current.active !== fields.active) {
        const held = await sql<{ item_id: string }>`SELECT item_id::text FROM inventory.stock_level WHERE location_id = ${id}::uuid`.execute(trx);
        const stock = await lockStockByIds(trx, held.rows.map((row) => row.item_id));
        const activeAfter = activeLocationIds(stock);
        if (fields.active) activeAfter.add(id);
        else activeAfter.delete(id);
        await publishStatusChanges(trx, events, stock, [], activeAfter);
      }
      try {
        await inventoryDb(trx).updateTable('location').set({ ...toRow(fields), updated_at: sql`now()` }).where('id', '=', id).execute();
      } catch (error) {
        if (isUniqueViolation(error)) refuse({ type: 'LocationCodeTaken', code: fields.code });
        throw error;
      }
      const [updated] = (await listLocations(trx)).filter((location) => location.id === id);
      if (!updated) throw new Error(`location ${id} vanished`);
      return updated;
    }),
  );
}

interface LocationRow {
  id: string;
  code: string;
  name: string;
  priority: number;
  active: boolean;
  address_line1: string | null;
  address_line2: string | null;
  city: string | null;
  region: string | null;
  postal_code: string | null;
  country_code: string | null;
  sku_count: number;
  on_hand: number;
  reserved: number;
}

function toRow(fields: LocationFields) {
  return {
    code: fields.code,
    name: fields.name,
    priority: fields.priority,
    active: fields.active,
    address_line1: fields.address.line1,
    address_line2: fields.address.line2,
    city: fields.address.city,
    region: fields.address.region,
    postal_code: fields.address.postalCode,
    country_code: fields.address.countryCode,
  };
}

function toLocationView(row: LocationRow): LocationView {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    priority: row.priority,
    active: row.active,
    address: {
      line1: row.address_line1,
      line2: row.address_line2,
      city: row.city,
      region: row.region,
      postalCode: row.postal_code,
      countryCode: row.country_code,
    },
    skuCount: row.sku_count,
    onHand: row.on_hand,
    reserved: row.reserved,
  };
}
