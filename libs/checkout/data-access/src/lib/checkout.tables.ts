import type { ColumnType, Kysely } from 'kysely';
import type { Database } from '@emporium/platform-db';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;
type Json<T> = ColumnType<T, string, string>;

export interface AttemptTable {
  token: string;
  cart_id: string;
  fingerprint: string;
  sequence: number;
  access_token: string;
  customer_id: string | null;
  status: string;
  /** A checkout-domain `SagaState`. */
  state: Json<unknown>;
  /** The checkout's `CheckoutRequest` (what the shopper asked and the priced snapshot). */
  request: Json<unknown>;
  payment_id: string | null;
  payment_secret: string | null;
  version: Defaulted<number>;
  lease_until: Timestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CheckoutTables {
  checkout_attempt: AttemptTable;
}

/** The storefront service's schema: the checkout it hosts keeps its attempts there. */
export const CHECKOUT_SCHEMA = 'storefront';

export function checkoutDb(db: Database | Kysely<unknown>): Kysely<CheckoutTables> {
  return (db as Database).withSchema(CHECKOUT_SCHEMA) as unknown as Kysely<CheckoutTables>;
}
