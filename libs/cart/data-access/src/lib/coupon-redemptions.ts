import { sql } from 'kysely';
import { type Database, type DbTransaction, inTransaction } from '@emporium/platform-db';
import { customerKeyOf } from './customer-key';
import type { RedeemFailure } from './promotion-failure';
import { type CartStoreResult, refusable, refuse } from './store-result';

export interface RedeemRequest {
  /** Normalized by the caller (contracts' `normalizeCouponCode`). */
  readonly code: string;
  /** The order or checkout attempt: one redemption per code and order, so a retried checkout counts once. */
  readonly orderRef: string;
  /** A user id or a guest's e-mail (compared lower-cased); null when unknown, and then no per-customer limit applies. */
  readonly customerKey: string | null;
  /** The instant the validity window is checked against. */
  readonly now: Date;
}

export interface Redemption {
  readonly redemptionId: string;
  /** True when this code was already redeemed for this order: nothing new was counted. */
  readonly replayed: boolean;
}

export interface ReleaseRequest {
  readonly code: string;
  readonly orderRef: string;
}

export interface Release {
  /** True when the code's redemption for this order is released (by this call or an earlier one). */
  readonly released: boolean;
  /** True when an earlier call had already released it: nothing was given back twice. */
  readonly replayed: boolean;
}

interface LockedCode {
  id: string;
  promotion_id: string;
  usage_limit: number | null;
  used_count: number;
  active: boolean;
}

interface LockedPromotion {
  starts_at: Date | null;
  ends_at: Date | null;
  usage_limit: number | null;
  per_customer_limit: number | null;
  active: boolean;
  used_count: number;
}

/**
 * Locks the code's row and then its promotion's, always in that order, so concurrent redemptions of one code — or of
 * two codes of one promotion — queue rather than deadlock, and each decides on the counts its predecessor committed
 * (every statement after the locks reads afresh under READ COMMITTED). FOR NO KEY UPDATE rather than FOR UPDATE:
 * it serialises redeemers just the same but lets codes be added to the promotion meanwhile.
 */
async function lockCode(trx: DbTransaction, code: string): Promise<{ code: LockedCode; promotion: LockedPromotion } | null> {
  const codes = await sql<LockedCode>`
    SELECT id, promotion_id, usage_limit, used_count, active FROM cart.coupon_code WHERE code = ${code} FOR NO KEY UPDATE`.execute(trx);
  const [locked] = codes.rows;
  if (!locked) return null;
  const promotions = await sql<LockedPromotion>`
    SELECT starts_at, ends_at, usage_limit, per_customer_limit, active, used_count FROM cart.promotion
    WHERE id = ${locked.promotion_id}::uuid FOR NO KEY UPDATE`.execute(trx);
  const [promotion] = promotions.rows;
  if (!promotion) throw new Error(`coupon code ${code} has no promotion`);
  return { code: locked, promotion };
}

async function countUse(trx: DbTransaction, code: LockedCode, delta: 1 | -1): Promise<void> {
  await sql`UPDATE cart.coupon_code SET used_count = used_count + ${delta} WHERE id = ${code.id}::uuid`.execute(trx);
  await sql`UPDATE cart.promotion SET used_count = used_count + ${delta} WHERE id = ${code.promotion_id}::uuid`.execute(trx);
}

/**
 * Redeems a code for an order, counting it against the code's and the promotion's limits, atomically: however many
 * checkouts redeem at once, a limit is never exceeded. The same (code, order) again is a replay that counts nothing;
 * a redemption released earlier is taken again (and counted again) if the limits still allow.
 * Checks, first failure wins: unknown, inactive (code or promotion), not started, expired, the code's limit, the
 * promotion's limit, the customer's limit.
 */
export function redeemCoupon(db: Database, request: RedeemRequest): Promise<CartStoreResult<Redemption, RedeemFailure>> {
  const { code, orderRef, now } = request;
  const customerKey = customerKeyOf(request.customerKey);
  return refusable(() =>
    inTransaction(db, async (trx): Promise<Redemption> => {
      const locked = await lockCode(trx, code);
      if (!locked) return refuse<RedeemFailure>({ type: 'UnknownCode', code });
      const existing = await sql<{ id: string; released_at: Date | null }>`
        SELECT id::text, released_at FROM cart.coupon_redemption WHERE coupon_code_id = ${locked.code.id}::uuid AND order_ref = ${orderRef}`.execute(trx);
      const [previous] = existing.rows;
      if (previous && previous.released_at === null) return { redemptionId: previous.id, replayed: true };

      const refusal = await refusalOf(trx, code, locked, customerKey, now);
      if (refusal) refuse(refusal);

      const redeemed = previous
        ? await sql<{ id: string }>`
            UPDATE cart.coupon_redemption SET released_at = NULL, redeemed_at = now(), customer_key = ${customerKey}
            WHERE id = ${previous.id}::bigint RETURNING id::text`.execute(trx)
        : await sql<{ id: string }>`
            INSERT INTO cart.coupon_redemption (coupon_code_id, promotion_id, order_ref, customer_key)
            VALUES (${locked.code.id}::uuid, ${locked.code.promotion_id}::uuid, ${orderRef}, ${customerKey}) RETURNING id::text`.execute(trx);
      await countUse(trx, locked.code, 1);
      const id = redeemed.rows[0]?.id;
      if (!id) throw new Error('redemption was not written');
      return { redemptionId: id, replayed: false };
    }),
  );
}

async function refusalOf(
  trx: DbTransaction,
  code: string,
  { code: locked, promotion }: { code: LockedCode; promotion: LockedPromotion },
  customerKey: string | null,
  now: Date,
): Promise<RedeemFailure | null> {
  if (!locked.active || !promotion.active) return { type: 'Inactive', code };
  if (promotion.starts_at && now.getTime() < promotion.starts_at.getTime()) return { type: 'NotStarted', code, startsAt: promotion.starts_at };
  if (promotion.ends_at && now.getTime() >= promotion.ends_at.getTime()) return { type: 'Expired', code, endsAt: promotion.ends_at };
  if (locked.usage_limit !== null && locked.used_count >= locked.usage_limit) return { type: 'UsageLimitReached', code, limit: locked.usage_limit };
  if (promotion.usage_limit !== null && promotion.used_count >= promotion.usage_limit) return { type: 'UsageLimitReached', code, limit: promotion.usage_limit };
  if (promotion.per_customer_limit !== null && customerKey !== null) {
    const { rows } = await sql<{ count: number }>`
      SELECT count(*)::int AS count FROM cart.coupon_redemption
      WHERE promotion_id = ${locked.promotion_id}::uuid AND customer_key = ${customerKey} AND released_at IS NULL`.execute(trx);
    if ((rows[0]?.count ?? 0) >= promotion.per_customer_limit) return { type: 'CustomerLimitReached', code, limit: promotion.per_customer_limit };
  }
  return null;
}

/**
 * Gives a redemption back when the checkout undoes (payment failed, order cancelled): the code and promotion counts
 * go down once, however often this is called. An unknown code or order releases nothing.
 */
export function releaseCoupon(db: Database, request: ReleaseRequest): Promise<Release> {
  return inTransaction(db, async (trx) => {
    const locked = await lockCode(trx, request.code);
    if (!locked) return { released: false, replayed: false };
    const { rows } = await sql<{ id: string; released_at: Date | null }>`
      SELECT id::text, released_at FROM cart.coupon_redemption WHERE coupon_code_id = ${locked.code.id}::uuid AND order_ref = ${request.orderRef}`.execute(trx);
    const [redemption] = rows;
    if (!redemption) return { released: false, replayed: false };
    if (redemption.released_at !== null) return { released: true, replayed: true };
    await sql`UPDATE cart.coupon_redemption SET released_at = now() WHERE id = ${redemption.id}::bigint`.execute(trx);
    await countUse(trx, locked.code, -1);
    return { released: true, replayed: false };
  });
}
