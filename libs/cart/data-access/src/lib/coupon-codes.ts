import { randomInt } from 'node:crypto';
import { sql } from 'kysely';
import { type Database, type DbTransaction, inTransaction, isUniqueViolation } from '@emporium/platform-db';
import type { PromotionFailure } from './promotion-failure';
import { type CartStoreResult, refusable, refuse } from './store-result';

export interface CouponCodeView {
  readonly id: string;
  readonly promotionId: string;
  readonly code: string;
  /** Redemptions this code allows (1 for a batch's codes); null when only the promotion's limits apply. */
  readonly usageLimit: number | null;
  readonly usedCount: number;
  readonly active: boolean;
  /** The batch it was generated in, or null for a code created on its own. */
  readonly batchId: string | null;
  readonly createdAt: Date;
}

export interface CouponCodePage {
  readonly rows: readonly CouponCodeView[];
  readonly total: number;
}

export interface CouponBatchView {
  readonly id: string;
  readonly promotionId: string;
  readonly prefix: string;
  readonly size: number;
  readonly createdAt: Date;
}

export interface NewCouponCode {
  readonly promotionId: string;
  /** Normalized by the caller (trimmed, upper case: contracts' `normalizeCouponCode`). */
  readonly code: string;
  readonly usageLimit: number | null;
}

export interface CouponCodeQuery {
  readonly promotionId: string;
  /** Part of the code, any case. */
  readonly search?: string | undefined;
  readonly limit: number;
  readonly offset: number;
}

export interface CouponBatchRequest {
  readonly promotionId: string;
  readonly count: number;
  /** Up to 16 upper-case letters or digits; '' for codes without one. */
  readonly prefix: string;
}

/** Picks a whole number in [0, max): `crypto.randomInt` in production, a script in tests. */
export type RandomInt = (max: number) => number;

type Executor = Database | DbTransaction;
type CodeOwnerFailure = Extract<PromotionFailure, { type: 'UnknownPromotion' | 'AutomaticHasNoCodes' }>;

/** No 0/O or 1/I: a code read off a printed card is typed right the first time. 32 characters, so 8 give 40 bits. */
export const BATCH_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const BATCH_CODE_LENGTH = 8;
const INSERT_CHUNK = 2_000;
/** Rounds of retrying collisions before giving up: with 2^40 codes, even a second round is rare. */
const MAX_ROUNDS = 20;

interface CodeRow {
  id: string;
  promotion_id: string;
  code: string;
  usage_limit: number | null;
  used_count: number;
  active: boolean;
  batch_id: string | null;
  created_at: Date;
}

const CODE_COLUMNS = sql.raw('id, promotion_id, code, usage_limit, used_count, active, batch_id, created_at');

/**
 * Holds the promotion against a concurrent change to automatic (which takes FOR UPDATE) while codes are added, and
 * refuses an unknown or automatic one. A key-share lock does not block redemptions of its other codes.
 */
async function lockCodeOwner(trx: DbTransaction, promotionId: string): Promise<void> {
  const { rows } = await sql<{ trigger: string }>`SELECT trigger FROM cart.promotion WHERE id = ${promotionId}::uuid FOR KEY SHARE`.execute(trx);
  const [promotion] = rows;
  if (!promotion) refuse<CodeOwnerFailure>({ type: 'UnknownPromotion', promotionId });
  if (promotion.trigger === 'automatic') refuse<CodeOwnerFailure>({ type: 'AutomaticHasNoCodes', promotionId });
}

export function createCouponCode(
  db: Database,
  request: NewCouponCode,
): Promise<CartStoreResult<CouponCodeView, CodeOwnerFailure | Extract<PromotionFailure, { type: 'CodeTaken' }>>> {
  return refusable(() =>
    inTransaction(db, async (trx) => {
      await lockCodeOwner(trx, request.promotionId);
      try {
        const { rows } = await sql<CodeRow>`
          INSERT INTO cart.coupon_code (promotion_id, code, usage_limit) VALUES (${request.promotionId}::uuid, ${request.code}, ${request.usageLimit})
          RETURNING ${CODE_COLUMNS}`.execute(trx);
        const [row] = rows;
        if (!row) throw new Error('insert returned no row');
        return toCodeView(row);
      } catch (error) {
        if (isUniqueViolation(error)) refuse({ type: 'CodeTaken', code: request.code });
        throw error;
      }
    }),
  );
}

export async function listCouponCodes(
  db: Executor,
  query: CouponCodeQuery,
): Promise<CartStoreResult<CouponCodePage, Extract<PromotionFailure, { type: 'UnknownPromotion' }>>> {
  const known = await sql`SELECT 1 FROM cart.promotion WHERE id = ${query.promotionId}::uuid`.execute(db);
  if (known.rows.length === 0) return { ok: false, error: { type: 'UnknownPromotion', promotionId: query.promotionId } };
  const search = query.search ? sql`AND code LIKE ${`%${query.search.toUpperCase().replace(/[\\%_]/g, '\\$&')}%`} ESCAPE '\\'` : sql``;
  const [rows, count] = await Promise.all([
    sql<CodeRow>`
      SELECT ${CODE_COLUMNS} FROM cart.coupon_code WHERE promotion_id = ${query.promotionId}::uuid ${search}
      ORDER BY created_at DESC, code LIMIT ${query.limit} OFFSET ${query.offset}`.execute(db),
    sql<{ total: number }>`SELECT count(*)::int AS total FROM cart.coupon_code WHERE promotion_id = ${query.promotionId}::uuid ${search}`.execute(db),
  ]);
  return { ok: true, value: { rows: rows.rows.map(toCodeView), total: count.rows[0]?.total ?? 0 } };
}

export async function setCouponCodeActive(
  db: Executor,
  id: string,
  active: boolean,
): Promise<CartStoreResult<CouponCodeView, Extract<PromotionFailure, { type: 'UnknownCouponCode' }>>> {
  const { rows } = await sql<CodeRow>`UPDATE cart.coupon_code SET active = ${active} WHERE id = ${id}::uuid RETURNING ${CODE_COLUMNS}`.execute(db);
  const [row] = rows;
  return row ? { ok: true, value: toCodeView(row) } : { ok: false, error: { type: 'UnknownCouponCode', codeId: id } };
}

/** `PREFIX-XXXXXXXX`, or `XXXXXXXX` without a prefix. */
export function batchCode(prefix: string, random: RandomInt): string {
  let body = '';
  for (let index = 0; index < BATCH_CODE_LENGTH; index++) body += BATCH_CODE_ALPHABET[random(BATCH_CODE_ALPHABET.length)];
  return prefix ? `${prefix}-${body}` : body;
}

/**
 * A batch of `count` unique single-use codes for a promotion, all or nothing, in one transaction. Candidates go in by
 * chunks of multi-row inserts that skip codes already taken (by any promotion); the shortfall is drawn again until the
 * batch is full.
 */
export function generateCouponBatch(
  db: Database,
  request: CouponBatchRequest,
  random: RandomInt = (max) => randomInt(max),
): Promise<CartStoreResult<CouponBatchView, CodeOwnerFailure>> {
  return refusable(() =>
    inTransaction(db, async (trx) => {
      await lockCodeOwner(trx, request.promotionId);
      return addCouponBatch(trx, request, random);
    }),
  );
}

/** The batch itself, inside the caller's transaction, for a promotion the caller has checked takes codes. */
export async function addCouponBatch(trx: DbTransaction, request: CouponBatchRequest, random: RandomInt = (max) => randomInt(max)): Promise<CouponBatchView> {
  const { rows } = await sql<BatchRow>`
    INSERT INTO cart.coupon_batch (promotion_id, prefix, size) VALUES (${request.promotionId}::uuid, ${request.prefix}, ${request.count})
    RETURNING id, promotion_id, prefix, size, created_at`.execute(trx);
  const [batch] = rows;
  if (!batch) throw new Error('insert returned no row');
  const drawn = new Set<string>();
  let inserted = 0;
  for (let round = 1; inserted < request.count; round++) {
    if (round > MAX_ROUNDS) throw new Error(`could not draw ${request.count} unused coupon codes in ${MAX_ROUNDS} rounds`);
    const candidates = drawFresh(request.count - inserted, request.prefix, random, drawn);
    for (let start = 0; start < candidates.length; start += INSERT_CHUNK) {
      const chunk = candidates.slice(start, start + INSERT_CHUNK);
      const added = await sql<{ code: string }>`
        INSERT INTO cart.coupon_code (promotion_id, code, usage_limit, batch_id)
        SELECT ${request.promotionId}::uuid, candidate, 1, ${batch.id}::uuid FROM unnest(${chunk}::text[]) AS candidate
        ON CONFLICT (code) DO NOTHING RETURNING code`.execute(trx);
      inserted += added.rows.length;
    }
  }
  return toBatchView(batch);
}

/** Up to `wanted` codes not drawn before in this batch (a broken source of randomness yields fewer, not a hang). */
function drawFresh(wanted: number, prefix: string, random: RandomInt, drawn: Set<string>): string[] {
  const fresh: string[] = [];
  for (let attempt = 0; fresh.length < wanted && attempt < wanted * 4 + 16; attempt++) {
    const code = batchCode(prefix, random);
    if (drawn.has(code)) continue;
    drawn.add(code);
    fresh.push(code);
  }
  return fresh;
}

export async function listCouponBatches(db: Executor, promotionId: string): Promise<CouponBatchView[]> {
  const { rows } = await sql<BatchRow>`
    SELECT id, promotion_id, prefix, size, created_at FROM cart.coupon_batch WHERE promotion_id = ${promotionId}::uuid ORDER BY created_at DESC, id`.execute(db);
  return rows.map(toBatchView);
}

export interface BatchCode {
  readonly code: string;
  readonly usedCount: number;
  readonly active: boolean;
}

/** A batch with all its codes, in code order: what the CSV export holds. */
export async function batchCodes(
  db: Executor,
  batchId: string,
): Promise<CartStoreResult<{ readonly batch: CouponBatchView; readonly codes: readonly BatchCode[] }, Extract<PromotionFailure, { type: 'UnknownCouponBatch' }>>> {
  const found = await sql<BatchRow>`SELECT id, promotion_id, prefix, size, created_at FROM cart.coupon_batch WHERE id = ${batchId}::uuid`.execute(db);
  const [batch] = found.rows;
  if (!batch) return { ok: false, error: { type: 'UnknownCouponBatch', batchId } };
  const { rows } = await sql<{ code: string; used_count: number; active: boolean }>`
    SELECT code, used_count, active FROM cart.coupon_code WHERE batch_id = ${batchId}::uuid ORDER BY code`.execute(db);
  return { ok: true, value: { batch: toBatchView(batch), codes: rows.map((row) => ({ code: row.code, usedCount: row.used_count, active: row.active })) } };
}

interface BatchRow {
  id: string;
  promotion_id: string;
  prefix: string;
  size: number;
  created_at: Date;
}

function toBatchView(row: BatchRow): CouponBatchView {
  return { id: row.id, promotionId: row.promotion_id, prefix: row.prefix, size: row.size, createdAt: row.created_at };
}

function toCodeView(row: CodeRow): CouponCodeView {
  return {
    id: row.id,
    promotionId: row.promotion_id,
    code: row.code,
    usageLimit: row.usage_limit,
    usedCount: row.used_count,
    active: row.active,
    batchId: row.batch_id,
    createdAt: row.created_at,
  };
}
