import { sql } from 'kysely';
import type { SagaState, SagaStatus } from '@emporium/checkout-domain';
import type { Database, DbTransaction } from '@emporium/platform-db';
import { checkoutDb } from './checkout.tables';

type Db = Database | DbTransaction;

export interface StoredAttempt<TRequest> {
  readonly token: string;
  readonly cartId: string;
  readonly fingerprint: string;
  readonly sequence: number;
  readonly accessToken: string;
  readonly customerId: string | null;
  readonly state: SagaState;
  readonly request: TRequest;
  readonly paymentId: string | null;
  readonly paymentSecret: string | null;
  /** Saves are conditional on it: see `saveAttempt`. */
  readonly version: number;
  readonly leaseUntil: Date;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface NewAttempt<TRequest> {
  readonly token: string;
  readonly cartId: string;
  readonly fingerprint: string;
  readonly sequence: number;
  readonly accessToken: string;
  readonly customerId: string | null;
  readonly state: SagaState;
  readonly request: TRequest;
  /** How long the request that starts it keeps the recovery sweep away. */
  readonly leaseMs: number;
}

const COLUMNS = [
  'token',
  'cart_id',
  'fingerprint',
  'sequence',
  'access_token',
  'customer_id',
  'state',
  'request',
  'payment_id',
  'payment_secret',
  'version',
  'lease_until',
  'created_at',
  'updated_at',
] as const;

interface AttemptRow {
  token: string;
  cart_id: string;
  fingerprint: string;
  sequence: number;
  access_token: string;
  customer_id: string | null;
  state: unknown;
  request: unknown;
  payment_id: string | null;
  payment_secret: string | null;
  version: number;
  lease_until: Date;
  created_at: Date;
  updated_at: Date;
}

function toAttempt<TRequest>(row: AttemptRow): StoredAttempt<TRequest> {
  return {
    token: row.token,
    cartId: row.cart_id,
    fingerprint: row.fingerprint,
    sequence: row.sequence,
    accessToken: row.access_token,
    customerId: row.customer_id,
    state: row.state as SagaState,
    request: row.request as TRequest,
    paymentId: row.payment_id,
    paymentSecret: row.payment_secret,
    version: row.version,
    leaseUntil: row.lease_until,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Stores a new attempt; false when one with the token exists already (a parallel submit won: join it). */
export async function insertAttempt<TRequest>(db: Db, attempt: NewAttempt<TRequest>): Promise<boolean> {
  const inserted = await checkoutDb(db)
    .insertInto('checkout_attempt')
    .values({
      token: attempt.token,
      cart_id: attempt.cartId,
      fingerprint: attempt.fingerprint,
      sequence: attempt.sequence,
      access_token: attempt.accessToken,
      customer_id: attempt.customerId,
      status: attempt.state.status,
      state: JSON.stringify(attempt.state),
      request: JSON.stringify(attempt.request),
      lease_until: sql<Date>`now() + make_interval(secs => ${attempt.leaseMs / 1000})`,
    })
    .onConflict((conflict) => conflict.doNothing())
    .returning('token')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function findAttempt<TRequest>(db: Db, token: string): Promise<StoredAttempt<TRequest> | null> {
  const row = await checkoutDb(db).selectFrom('checkout_attempt').select(COLUMNS).where('token', '=', token).executeTakeFirst();
  return row ? toAttempt<TRequest>(row as AttemptRow) : null;
}

/** The latest attempt at this cart's contents (highest sequence), to decide whether a submit joins it or starts anew. */
export async function latestAttempt<TRequest>(db: Db, cartId: string, fingerprint: string): Promise<StoredAttempt<TRequest> | null> {
  const row = await checkoutDb(db)
    .selectFrom('checkout_attempt')
    .select(COLUMNS)
    .where('cart_id', '=', cartId)
    .where('fingerprint', '=', fingerprint)
    .orderBy('sequence', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? toAttempt<TRequest>(row as AttemptRow) : null;
}

/** A cart's attempts still under way (running, waiting for the shopper, undoing). */
export async function unfinishedAttemptsOfCart<TRequest>(db: Db, cartId: string): Promise<StoredAttempt<TRequest>[]> {
  const rows = await checkoutDb(db)
    .selectFrom('checkout_attempt')
    .select(COLUMNS)
    .where('cart_id', '=', cartId)
    .where('status', 'in', ['running', 'waiting_for_shopper', 'compensating'])
    .execute();
  return rows.map((row) => toAttempt<TRequest>(row as AttemptRow));
}

export interface SaveOptions {
  /** Extends the caller's lease by this much (the live request while it works). */
  readonly leaseMs?: number;
}

/**
 * The attempt's payment exists: its id, and the payer's secret the first time (a repeated creation answers none).
 * Not a saga transition, so not versioned; the secret is dropped when the saga ends.
 */
export async function rememberPayment(db: Db, token: string, paymentId: string, paymentSecret: string | null): Promise<void> {
  await checkoutDb(db)
    .updateTable('checkout_attempt')
    .set({ payment_id: paymentId, ...(paymentSecret === null ? {} : { payment_secret: paymentSecret }) })
    .where('token', '=', token)
    .where('status', 'in', ['running', 'waiting_for_shopper'])
    .execute();
}

/**
 * Saves the state computed from version `expected`. Null when another actor saved first: the caller lost the attempt
 * and must stop (re-read it to answer). This is what keeps the live request and the sweep from both moving it.
 */
export async function saveAttempt(db: Db, token: string, expected: number, state: SagaState, options: SaveOptions = {}): Promise<number | null> {
  const finished = state.status === 'completed' || state.status === 'failed';
  const row = await checkoutDb(db)
    .updateTable('checkout_attempt')
    .set({
      state: JSON.stringify(state),
      status: state.status,
      version: expected + 1,
      updated_at: sql<Date>`now()`,
      ...(options.leaseMs === undefined ? {} : { lease_until: sql<Date>`now() + make_interval(secs => ${options.leaseMs / 1000})` }),
      ...(finished ? { payment_secret: null } : {}),
    })
    .where('token', '=', token)
    .where('version', '=', expected)
    .returning('version')
    .executeTakeFirst();
  return row?.version ?? null;
}

/** The live run is still at work on the attempt: the sweep keeps away for another `leaseMs`. */
export async function renewLease(db: Db, token: string, leaseMs: number): Promise<void> {
  await checkoutDb(db)
    .updateTable('checkout_attempt')
    .set({ lease_until: sql<Date>`now() + make_interval(secs => ${leaseMs / 1000})` })
    .where('token', '=', token)
    .execute();
}

/**
 * Claims up to `limit` unfinished attempts nobody holds a lease on and nothing moved since `updatedBefore`, leasing
 * them for `leaseMs` (replicas sweeping at once skip each other's rows). The caller decides what each needs.
 */
export async function claimIdleAttempts<TRequest>(
  db: Database,
  options: { readonly updatedBefore: Date; readonly limit: number; readonly leaseMs: number },
): Promise<StoredAttempt<TRequest>[]> {
  const unfinished: SagaStatus[] = ['running', 'waiting_for_shopper', 'compensating'];
  const rows = await sql<AttemptRow>`
    UPDATE storefront.checkout_attempt AS a SET lease_until = now() + make_interval(secs => ${options.leaseMs / 1000})
    WHERE a.token IN (
      SELECT token FROM storefront.checkout_attempt
      WHERE status = ANY(${unfinished}) AND updated_at < ${options.updatedBefore} AND lease_until < now()
      ORDER BY updated_at LIMIT ${options.limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING a.*`.execute(db);
  return rows.rows.map((row) => toAttempt<TRequest>(row));
}
