import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Database } from '@emporium/platform-db';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;
type Json<T> = ColumnType<T, string | null | undefined, string | null>;
/** bigint columns come back from pg as text; the repositories turn them into numbers (minor units fit easily). */
type Minor = ColumnType<string, number, number>;

export interface PaymentTable {
  id: Generated<string>;
  reference: string;
  creation_key: string;
  gateway: string;
  intent_id: string | null;
  status: Defaulted<string>;
  amount: Minor;
  currency: string;
  customer_id: string | null;
  client_secret_hash: Buffer;
  return_url: string;
  card: Json<unknown>;
  failure: Json<unknown>;
  next_action: Json<unknown>;
  authorized_at: Date | null;
  needs_review: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AttemptTable {
  /** A calling service's own key for the request (the order service's capture of an order…): one attempt per key. */
  request_key: string | null;
  id: Generated<string>;
  payment_id: string;
  operation: string;
  sequence: number;
  idempotency_key: string;
  amount: ColumnType<string | null, number | null | undefined, number | null>;
  reason: string | null;
  outcome: Defaulted<string>;
  error: string | null;
  actor: string;
  created_at: Timestamp;
  settled_at: Date | null;
}

export interface LedgerEntryTable {
  id: Generated<string>;
  payment_id: string;
  kind: string;
  amount: Minor;
  reference: string;
  final: Defaulted<boolean>;
  reason: string | null;
  gateway_ref: string | null;
  at: Date;
  recorded_at: Timestamp;
}

export interface WebhookEventTable {
  gateway: string;
  event_id: string;
  type: string;
  payment_id: string | null;
  received_at: Timestamp;
}

export interface PaymentTables {
  payment: PaymentTable;
  attempt: AttemptTable;
  ledger_entry: LedgerEntryTable;
  webhook_event: WebhookEventTable;
}

export const PAYMENT_SCHEMA = 'payment';

/** The shared database handle (or a transaction), typed for the payment service's own tables. */
export function paymentDb(db: Database | Kysely<unknown>): Kysely<PaymentTables> {
  return (db as Database).withSchema(PAYMENT_SCHEMA) as unknown as Kysely<PaymentTables>;
}
