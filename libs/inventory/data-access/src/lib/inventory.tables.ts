import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Database } from '@emporium/platform-db';
import type { MovementKind, ReservationStatus } from '@emporium/inventory-domain';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;
/** bigint columns come back from pg as strings; ids are only compared and passed back, never computed with. */
type BigId = ColumnType<string, never, never>;

export interface LocationTable {
  id: Generated<string>;
  code: string;
  name: string;
  priority: Defaulted<number>;
  active: Defaulted<boolean>;
  address_line1: string | null;
  address_line2: string | null;
  city: string | null;
  region: string | null;
  postal_code: string | null;
  country_code: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ItemTable {
  id: BigId;
  sku: string;
  tracked: Defaulted<boolean>;
  allow_backorder: Defaulted<boolean>;
  low_stock_threshold: Defaulted<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface StockLevelTable {
  item_id: string;
  location_id: string;
  on_hand: Defaulted<number>;
  reserved: Defaulted<number>;
  updated_at: Timestamp;
}

export interface ReservationTable {
  id: Generated<string>;
  idempotency_key: string;
  fingerprint: string;
  reference: string | null;
  status: Defaulted<ReservationStatus>;
  requested: ColumnType<RequestedLine[], string, string>;
  expires_at: Date;
  actor: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  closed_reason: string | null;
}

/** One SKU of a reservation as asked for (summed), with whether it holds stock. */
export interface RequestedLine {
  readonly sku: string;
  readonly quantity: number;
  readonly tracked: boolean;
}

export interface ReservationLineTable {
  reservation_id: string;
  item_id: string;
  location_id: string;
  quantity: number;
  backordered: Defaulted<number>;
  restocked: Defaulted<number>;
}

export interface RestockTable {
  id: Generated<string>;
  reservation_id: string;
  idempotency_key: string;
  fingerprint: string;
  reason: string;
  lines: ColumnType<Array<{ sku: string; locationId: string; quantity: number }>, string, never>;
  actor: string;
  created_at: Timestamp;
}

export interface MovementTable {
  id: BigId;
  item_id: string;
  location_id: string;
  kind: MovementKind;
  on_hand_delta: number;
  reserved_delta: number;
  reason: string | null;
  note: string | null;
  actor: string;
  actor_label: string | null;
  reference: string | null;
  occurred_at: Timestamp;
}

export interface StockAlertTable {
  item_id: string;
  status: 'low_stock' | 'out_of_stock';
  available: number;
  raised_at: Date | string;
  changed_at: Date | string;
}

export interface StockStatusSeenTable {
  item_id: string;
  changed_at: Date | string;
}

export interface InventoryTables {
  location: LocationTable;
  item: ItemTable;
  stock_level: StockLevelTable;
  reservation: ReservationTable;
  reservation_line: ReservationLineTable;
  restock: RestockTable;
  movement: MovementTable;
  stock_alert: StockAlertTable;
  stock_status_seen: StockStatusSeenTable;
}

export const INVENTORY_SCHEMA = 'inventory';

export function inventoryDb(db: Database | Kysely<unknown>): Kysely<InventoryTables> {
  return (db as Database).withSchema(INVENTORY_SCHEMA) as unknown as Kysely<InventoryTables>;
}
