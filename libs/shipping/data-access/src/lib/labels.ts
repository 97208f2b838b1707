import { sql } from 'kysely';
import type { Database, DbTransaction } from '@emporium/platform-db';
import { shippingDb } from './shipping.tables';

type Db = Database | DbTransaction;

export type LabelAttemptOutcome = 'pending' | 'succeeded' | 'failed' | 'unknown';

export interface LabelAttempt {
  readonly id: string;
  readonly shipmentId: string;
  readonly attemptNo: number;
  readonly idempotencyKey: string;
  readonly requestedAt: Date;
  readonly outcome: LabelAttemptOutcome;
  readonly labelId: string | null;
  readonly error: string | null;
}

export interface StoredLabel {
  readonly shipmentId: string;
  readonly carrier: string;
  readonly labelId: string;
  readonly pdf: Buffer | null;
  /** The carrier's `LabelDocument` as JSON (dates as ISO text): draw it again when `pdf` is null. */
  readonly document: unknown;
  readonly amount: number;
  readonly currency: string;
  readonly createdAt: Date;
  readonly cancelledAt: Date | null;
}

interface AttemptRow {
  id: string;
  shipment_id: string;
  attempt_no: number;
  idempotency_key: string;
  requested_at: Date;
  outcome: string;
  label_id: string | null;
  error: string | null;
}

function toAttempt(row: AttemptRow): LabelAttempt {
  return {
    id: row.id,
    shipmentId: row.shipment_id,
    attemptNo: row.attempt_no,
    idempotencyKey: row.idempotency_key,
    requestedAt: row.requested_at,
    outcome: row.outcome as LabelAttemptOutcome,
    labelId: row.label_id,
    error: row.error,
  };
}

const ATTEMPT_COLUMNS = ['id', 'shipment_id', 'attempt_no', 'idempotency_key', 'requested_at', 'outcome', 'label_id', 'error'] as const;

/** The idempotency key of a shipment's n-th label purchase attempt. */
export function labelIdempotencyKey(shipmentId: string, attemptNo: number): string {
  return `${shipmentId}:label:${attemptNo}`;
}

/**
 * The attempt to send to the carrier now, with the shipment's row locked by the caller. An unresolved attempt
 * (`pending`: the process may have died mid-call; `unknown`: the call timed out) is re-used with its key, because
 * the carrier may have bought that label: only the same key makes the carrier answer it instead of buying another.
 * Only after a `failed` attempt (the carrier answered a refusal) or none is a new attempt, with a new key, written.
 */
export async function openLabelAttempt(trx: DbTransaction, shipmentId: string): Promise<LabelAttempt> {
  const db = shippingDb(trx);
  const attempts = await db.selectFrom('label_attempt').select(ATTEMPT_COLUMNS).where('shipment_id', '=', shipmentId).orderBy('attempt_no', 'desc').execute();
  const unresolved = attempts.find((attempt) => attempt.outcome === 'pending' || attempt.outcome === 'unknown');
  if (unresolved) {
    const row = await db
      .updateTable('label_attempt')
      .set({ outcome: 'pending', requested_at: sql<Date>`now()` })
      .where('id', '=', unresolved.id)
      .returning(ATTEMPT_COLUMNS)
      .executeTakeFirstOrThrow();
    return toAttempt(row);
  }
  const attemptNo = (attempts[0]?.attempt_no ?? 0) + 1;
  const row = await db
    .insertInto('label_attempt')
    .values({ shipment_id: shipmentId, attempt_no: attemptNo, idempotency_key: labelIdempotencyKey(shipmentId, attemptNo) })
    .returning(ATTEMPT_COLUMNS)
    .executeTakeFirstOrThrow();
  return toAttempt(row);
}

/** Records what the carrier call came to. */
export async function resolveLabelAttempt(
  trx: Db,
  attemptId: string,
  outcome: Exclude<LabelAttemptOutcome, 'pending'>,
  details: { labelId?: string; amount?: number; currency?: string; error?: string } = {},
): Promise<void> {
  await shippingDb(trx)
    .updateTable('label_attempt')
    .set({
      outcome,
      label_id: details.labelId ?? null,
      amount: details.amount ?? null,
      currency: details.currency ?? null,
      error: details.error ?? null,
      resolved_at: sql<Date>`now()`,
    })
    .where('id', '=', attemptId)
    .execute();
}

export async function listLabelAttempts(db: Db, shipmentId: string): Promise<LabelAttempt[]> {
  const rows = await shippingDb(db).selectFrom('label_attempt').select(ATTEMPT_COLUMNS).where('shipment_id', '=', shipmentId).orderBy('attempt_no').execute();
  return rows.map(toAttempt);
}

export interface NewLabel {
  readonly shipmentId: string;
  readonly carrier: string;
  readonly labelId: string;
  readonly attemptId: string;
  readonly pdf: Buffer | null;
  readonly document: unknown;
  readonly amount: number;
  readonly currency: string;
}

/** Stores a bought label; the same (carrier, label id) stored twice (a replayed purchase) keeps the first. */
export async function saveLabel(trx: DbTransaction, label: NewLabel): Promise<void> {
  await shippingDb(trx)
    .insertInto('label')
    .values({
      shipment_id: label.shipmentId,
      carrier: label.carrier,
      label_id: label.labelId,
      attempt_id: label.attemptId,
      pdf: label.pdf,
      document: JSON.stringify(label.document),
      amount: label.amount,
      currency: label.currency,
    })
    .onConflict((oc) => oc.columns(['carrier', 'label_id']).doNothing())
    .execute();
}

function toLabel(row: {
  shipment_id: string;
  carrier: string;
  label_id: string;
  pdf: Buffer | null;
  document: unknown;
  amount: number;
  currency: string;
  created_at: Date;
  cancelled_at: Date | null;
}): StoredLabel {
  return {
    shipmentId: row.shipment_id,
    carrier: row.carrier,
    labelId: row.label_id,
    pdf: row.pdf,
    document: row.document,
    amount: row.amount,
    currency: row.currency,
    createdAt: row.created_at,
    cancelledAt: row.cancelled_at,
  };
}

/** The shipment's label that is not cancelled, or null. */
export async function getLiveLabel(db: Db, shipmentId: string): Promise<StoredLabel | null> {
  const row = await shippingDb(db).selectFrom('label').selectAll().where('shipment_id', '=', shipmentId).where('cancelled_at', 'is', null).executeTakeFirst();
  return row ? toLabel(row) : null;
}

/** Every label the shipment had, oldest first (cancelled ones included). */
export async function listLabels(db: Db, shipmentId: string): Promise<StoredLabel[]> {
  const rows = await shippingDb(db).selectFrom('label').selectAll().where('shipment_id', '=', shipmentId).orderBy('created_at').execute();
  return rows.map(toLabel);
}

export async function markLabelCancelled(trx: DbTransaction, carrier: string, labelId: string): Promise<void> {
  await shippingDb(trx).updateTable('label').set({ cancelled_at: sql<Date>`now()` }).where('carrier', '=', carrier).where('label_id', '=', labelId).execute();
}

/** Clears the parcels' tracking numbers (after the label was cancelled: the numbers are void). */
export async function clearTrackingNumbers(trx: DbTransaction, shipmentId: string): Promise<void> {
  await shippingDb(trx).updateTable('parcel').set({ tracking_number: null }).where('shipment_id', '=', shipmentId).execute();
}
