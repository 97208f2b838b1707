import { sql } from 'kysely';
import type { AttemptOutcome } from '@emporium/payment-domain';
import type { Database, DbTransaction } from '@emporium/platform-db';
import { paymentDb } from './payment.tables';

type Db = Database | DbTransaction;

/** `create` opens the gateway's intent (no money moves); the rest are the domain's operations. */
export type AttemptOperation = 'create' | 'authorize' | 'confirm' | 'capture' | 'void' | 'refund';

export interface StoredAttempt {
  readonly id: string;
  readonly paymentId: string;
  readonly operation: AttemptOperation;
  readonly sequence: number;
  readonly idempotencyKey: string;
  readonly amount?: number;
  readonly reason: string | null;
  readonly outcome: AttemptOutcome;
  readonly error: string | null;
  /** `staff:<user id>`, `customer:<user id>`, `shopper`, `service`, `job:<name>`. */
  readonly actor: string;
  /** The calling service's key for the request, when it gave one. */
  readonly requestKey: string | null;
  readonly createdAt: Date;
  readonly settledAt: Date | null;
}

export interface NewAttempt {
  readonly paymentId: string;
  readonly operation: AttemptOperation;
  readonly sequence: number;
  readonly idempotencyKey: string;
  readonly amount?: number;
  readonly reason?: string | null;
  readonly actor: string;
  readonly requestKey?: string | null;
}

const COLUMNS = ['id', 'payment_id', 'operation', 'sequence', 'idempotency_key', 'amount', 'reason', 'outcome', 'error', 'actor', 'request_key', 'created_at', 'settled_at'] as const;

function toAttempt(row: {
  id: string;
  payment_id: string;
  operation: string;
  sequence: number;
  idempotency_key: string;
  amount: string | null;
  reason: string | null;
  outcome: string;
  error: string | null;
  actor: string;
  request_key: string | null;
  created_at: Date;
  settled_at: Date | null;
}): StoredAttempt {
  return {
    id: row.id,
    paymentId: row.payment_id,
    operation: row.operation as AttemptOperation,
    sequence: row.sequence,
    idempotencyKey: row.idempotency_key,
    ...(row.amount === null ? {} : { amount: Number(row.amount) }),
    reason: row.reason,
    outcome: row.outcome as AttemptOutcome,
    error: row.error,
    actor: row.actor,
    requestKey: row.request_key,
    createdAt: row.created_at,
    settledAt: row.settled_at,
  };
}

/** Writes the attempt, pending, before the gateway is called; the caller commits it first. */
export async function openAttempt(trx: DbTransaction, attempt: NewAttempt): Promise<StoredAttempt> {
  const row = await paymentDb(trx)
    .insertInto('attempt')
    .values({
      payment_id: attempt.paymentId,
      operation: attempt.operation,
      sequence: attempt.sequence,
      idempotency_key: attempt.idempotencyKey,
      amount: attempt.amount ?? null,
      reason: attempt.reason ?? null,
      actor: attempt.actor,
      request_key: attempt.requestKey ?? null,
    })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return toAttempt(row);
}

/** The attempt a calling service's key already opened, if any. */
export async function findAttemptByRequestKey(db: Db, requestKey: string): Promise<StoredAttempt | null> {
  const row = await paymentDb(db).selectFrom('attempt').select(COLUMNS).where('request_key', '=', requestKey).executeTakeFirst();
  return row ? toAttempt(row) : null;
}

/** Records what the gateway call came to. A settled attempt stays settled. */
export async function settleAttempt(db: Db, id: string, outcome: Exclude<AttemptOutcome, 'pending'>, error: string | null = null): Promise<void> {
  await paymentDb(db)
    .updateTable('attempt')
    .set({ outcome, error, settled_at: outcome === 'unknown' ? null : sql<Date>`now()` })
    .where('id', '=', id)
    .where('outcome', 'in', ['pending', 'unknown'])
    .execute();
}

/** A payment's attempts, oldest first. */
export async function listAttempts(db: Db, paymentId: string): Promise<StoredAttempt[]> {
  const rows = await paymentDb(db).selectFrom('attempt').select(COLUMNS).where('payment_id', '=', paymentId).orderBy('created_at').orderBy('sequence').execute();
  return rows.map(toAttempt);
}

/** Payments with an attempt still pending or unknown since before `before`: the reconciliation job's work list. */
export async function paymentsWithUnsettledAttempts(db: Db, before: Date, limit: number): Promise<string[]> {
  const rows = await paymentDb(db)
    .selectFrom('attempt')
    .select('payment_id')
    .distinct()
    .where('outcome', 'in', ['pending', 'unknown'])
    .where('created_at', '<', before)
    .limit(limit)
    .execute();
  return rows.map((row) => row.payment_id);
}
