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

export interface ShipmentTable {
  id: Generated<string>;
  order_ref: string;
  status: Defaulted<string>;
  carrier: string;
  service: string;
  ship_from: Json<unknown>;
  ship_to: Json<unknown>;
  currency: string;
  /** The deciding tracking event `{ id, status, occurredAt }` (occurredAt as ISO text), or null. */
  decided_event: ColumnType<unknown, string | null | undefined, string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
  status_changed_at: Timestamp;
  kind: Defaulted<string>;
  return_of: string | null;
  return_reason: string | null;
  location_id: string | null;
}

export interface ShipmentLineTable {
  shipment_id: string;
  line_id: string;
  sku: string;
  title: string;
  quantity: number;
  unit_weight_grams: number;
}

export interface ParcelTable {
  shipment_id: string;
  index: number;
  weight_grams: number;
  carrier: string;
  tracking_number: ColumnType<string | null, string | null | undefined, string | null>;
  contents: Json<unknown>;
}

export interface LabelAttemptTable {
  id: Generated<string>;
  shipment_id: string;
  attempt_no: number;
  idempotency_key: string;
  requested_at: Timestamp;
  outcome: Defaulted<string>;
  label_id: ColumnType<string | null, string | null | undefined, string | null>;
  amount: ColumnType<number | null, number | null | undefined, number | null>;
  currency: ColumnType<string | null, string | null | undefined, string | null>;
  error: ColumnType<string | null, string | null | undefined, string | null>;
  resolved_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface LabelTable {
  shipment_id: string;
  carrier: string;
  label_id: string;
  attempt_id: string;
  pdf: ColumnType<Buffer | null, Buffer | null | undefined, Buffer | null>;
  document: Json<unknown>;
  amount: number;
  currency: string;
  created_at: Timestamp;
  cancelled_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface TrackingEventTable {
  carrier: string;
  event_id: string;
  shipment_id: string | null;
  tracking_number: string;
  status: string;
  carrier_status: string;
  occurred_at: ColumnType<Date, Date | string, Date | string>;
  description: string;
  location: ColumnType<unknown, string | null | undefined, string | null>;
  received_at: Timestamp;
}

export interface ShippingTables {
  zone: ZoneTable;
  method: MethodTable;
  shipment: ShipmentTable;
  shipment_line: ShipmentLineTable;
  parcel: ParcelTable;
  label_attempt: LabelAttemptTable;
  label: LabelTable;
  tracking_event: TrackingEventTable;
}

export const SHIPPING_SCHEMA = 'shipping';

/** The shared database handle (or a transaction), typed for the shipping service's own tables. */
export function shippingDb(db: Database | Kysely<unknown>): Kysely<ShippingTables> {
  return (db as Database).withSchema(SHIPPING_SCHEMA) as unknown as Kysely<ShippingTables>;
}
