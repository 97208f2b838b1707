import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Database } from '@emporium/platform-db';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;
type Json<T> = ColumnType<T, string, string>;

export interface ZoneTable {
  id: Generated<string>;
  name: string;
  countries: string[];
  regions: ColumnType<Record<string, string[]>, string | undefined, string>;
  postcode_patterns: Defaulted<string[]>;
  priority: Defaulted<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MethodTable {
  id: Generated<string>;
  zone_id: string;
  name: string;
  carrier: string;
  service: string;
  /** A shipping-domain `MethodPricing`. */
  pricing: Json<unknown>;
  free_from: ColumnType<Record<string, number>, string | undefined, string>;
  min_days: number;
  max_days: number;
  active: Defaulted<boolean>;
  position: Defaulted<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ShippingTables {
  zone: ZoneTable;
  method: MethodTable;
}

export const SHIPPING_SCHEMA = 'shipping';

/** The shared database handle (or a transaction), typed for the shipping service's own tables. */
export function shippingDb(db: Database | Kysely<unknown>): Kysely<ShippingTables> {
  return (db as Database).withSchema(SHIPPING_SCHEMA) as unknown as Kysely<ShippingTables>;
}
