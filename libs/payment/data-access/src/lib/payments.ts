import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { PaymentStatus } from '@emporium/payment-domain';
import type { Database, DbTransaction } from '@emporium/platform-db';
import { paymentDb } from './payment.tables';

type Db = Database | DbTransaction;

export interface PaymentCard {
  readonly brand: string;
  readonly last4: string;
  readonly expMonth: number;
  readonly expYear: number;
}

export interface Payment {
  readonly id: string;
  readonly reference: string;
  readonly gateway: string;
  readonly intentId: string | null;
  readonly status: PaymentStatus;
  readonly amount: number;
  readonly currency: string;
  readonly customerId: string | null;
  readonly returnUrl: string;
  readonly card: PaymentCard | null;
  readonly failure: { readonly code: string; readonly message: string } | null;
  readonly nextAction: { readonly type: 'redirect'; readonly url: string } | null;
  readonly authorizedAt: Date | null;
  readonly needsReview: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface NewPayment {
  readonly reference: string;
  /** The caller's key for this payment: creating again with it answers the same payment. */
  readonly creationKey: string;
  readonly gateway: string;
  readonly amount: number;
  readonly currency: string;
  readonly customerId: string | null;
  readonly clientSecret: string;
  readonly returnUrl: string;
}

const COLUMNS = [
  'id',
  'reference',
  'gateway',
  'intent_id',
  'status',
  'amount',
  'currency',
  'customer_id',
  'return_url',
  'card',
  'failure',
  'next_action',
  'authorized_at',
  'needs_review',
  'created_at',
  'updated_at',
] as const;

interface Row {
  id: string;
  reference: string;
  gateway: string;
  intent_id: string | null;
  status: string;
  amount: string;
  currency: string;
  customer_id: string | null;
  return_url: string;
  card: unknown;
  failure: unknown;
  next_action: unknown;
  authorized_at: Date | null;
  needs_review: string | null;
  created_at: Date;
  updated_at: Date;
}

function toPayment(row: Row): Payment {
  return {
    id: row.id,
    reference: row.reference,
    gateway: row.gateway,
    intentId: row.intent_id,
    status: row.status as PaymentStatus,
    amount: Number(row.amount),
    currency: row.currency,
    customerId: row.customer_id,
    returnUrl: row.return_url,
    card: row.card as Payment['card'],
    failure: row.failure as Payment['failure'],
    nextAction: row.next_action as Payment['nextAction'],
    authorizedAt: row.authorized_at,
    needsReview: row.needs_review,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The SHA-256 of a client secret: what is stored, so a database leak hands out no access to payments. */
export function hashClientSecret(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

/**
 * Stores a new payment, or answers the one created earlier with the same creation key (`created: false`). The client
 * secret of a replayed creation is not the stored one: only its hash is kept, so the first answer was the only chance.
 */
export async function createPayment(db: Db, payment: NewPayment): Promise<{ payment: Payment; created: boolean }> {
  const inserted = await paymentDb(db)
    .insertInto('payment')
    .values({
      reference: payment.reference,
      creation_key: payment.creationKey,
      gateway: payment.gateway,
      amount: payment.amount,
      currency: payment.currency,
      customer_id: payment.customerId,
      client_secret_hash: hashClientSecret(payment.clientSecret),
      return_url: payment.returnUrl,
    })
    .onConflict((conflict) => conflict.column('creation_key').doNothing())
    .returning(COLUMNS)
    .executeTakeFirst();
  if (inserted) return { payment: toPayment(inserted), created: true };
  const existing = await paymentDb(db).selectFrom('payment').select(COLUMNS).where('creation_key', '=', payment.creationKey).executeTakeFirstOrThrow();
  return { payment: toPayment(existing), created: false };
}

export async function getPayment(db: Db, id: string): Promise<Payment | null> {
  const row = await paymentDb(db).selectFrom('payment').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row ? toPayment(row) : null;
}

/** Locks the payment's row until the transaction ends: every change to one payment is serialised here. */
export async function lockPayment(trx: DbTransaction, id: string): Promise<Payment | null> {
  const row = await paymentDb(trx).selectFrom('payment').select(COLUMNS).where('id', '=', id).forUpdate().executeTakeFirst();
  return row ? toPayment(row) : null;
}

/** Locks the payment a gateway intent belongs to, or null when none does. */
export async function lockPaymentByIntent(trx: DbTransaction, gateway: string, intentId: string): Promise<Payment | null> {
  const row = await paymentDb(trx).selectFrom('payment').select(COLUMNS).where('gateway', '=', gateway).where('intent_id', '=', intentId).forUpdate().executeTakeFirst();
  return row ? toPayment(row) : null;
}

/** Whether `secret` is the payment's client secret (compared by hash, in the database). */
export async function clientSecretMatches(db: Db, id: string, secret: string): Promise<boolean> {
  const row = await paymentDb(db).selectFrom('payment').select('id').where('id', '=', id).where('client_secret_hash', '=', hashClientSecret(secret)).executeTakeFirst();
  return row !== undefined;
}

export interface PaymentChanges {
  readonly intentId?: string;
  readonly status?: PaymentStatus;
  readonly card?: PaymentCard | null;
  readonly failure?: Payment['failure'];
  readonly nextAction?: Payment['nextAction'];
  readonly authorizedAt?: Date | null;
  readonly needsReview?: string | null;
}

const json = (value: unknown) => (value === null ? null : JSON.stringify(value));

export async function updatePayment(trx: DbTransaction, id: string, changes: PaymentChanges): Promise<void> {
  await paymentDb(trx)
    .updateTable('payment')
    .set({
      updated_at: sql<Date>`now()`,
      ...(changes.intentId !== undefined ? { intent_id: changes.intentId } : {}),
      ...(changes.status !== undefined ? { status: changes.status } : {}),
      ...(changes.card !== undefined ? { card: json(changes.card) } : {}),
      ...(changes.failure !== undefined ? { failure: json(changes.failure) } : {}),
      ...(changes.nextAction !== undefined ? { next_action: json(changes.nextAction) } : {}),
      ...(changes.authorizedAt !== undefined ? { authorized_at: changes.authorizedAt } : {}),
      ...(changes.needsReview !== undefined ? { needs_review: changes.needsReview } : {}),
    })
    .where('id', '=', id)
    .execute();
}

export interface PaymentFilter {
  readonly status?: PaymentStatus;
  readonly reference?: string;
  readonly needsReview?: boolean;
  readonly page: number;
  readonly pageSize: number;
}

/** A page of payments, newest first, with the total matching. */
export async function listPayments(db: Db, filter: PaymentFilter): Promise<{ items: Payment[]; total: number }> {
  let query = paymentDb(db).selectFrom('payment');
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.reference) query = query.where('reference', '=', filter.reference);
  if (filter.needsReview) query = query.where('needs_review', 'is not', null);
  const [rows, count] = await Promise.all([
    query.select(COLUMNS).orderBy('created_at', 'desc').orderBy('id').limit(filter.pageSize).offset((filter.page - 1) * filter.pageSize).execute(),
    query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toPayment), total: Number(count.total) };
}

/** Authorised payments whose authorisation was given before `before` and is still open (the expiry job's work list). */
export async function authorizedBefore(db: Db, before: Date, limit: number): Promise<string[]> {
  const rows = await paymentDb(db)
    .selectFrom('payment')
    .select('id')
    .where('status', 'in', ['authorized', 'partially_captured'])
    .where('authorized_at', '<', before)
    .orderBy('authorized_at')
    .limit(limit)
    .execute();
  return rows.map((row) => row.id);
}
