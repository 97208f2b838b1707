import { type RawBuilder, sql } from 'kysely';
import { type Promotion, type PromotionStatus, promotionStatus } from '@emporium/cart-domain';
import { type Database, type DbTransaction, inTransaction } from '@emporium/platform-db';
import type { PromotionFailure } from './promotion-failure';
import { type PromotionFields, type PromotionRow, promotionColumns, toPromotion, toPromotionValues } from './promotion-row';
import { cartDb } from './cart.tables';
import { type CartStoreResult, refusable, refuse } from './store-result';

export type { PromotionFields } from './promotion-row';

/** A promotion as staff see it: its rules, where it stands, and how much it has been used. */
export interface PromotionView extends Promotion {
  readonly description: string;
  readonly status: PromotionStatus;
  /** Redemptions across all its codes. */
  readonly usedCount: number;
  readonly codeCount: number;
  readonly batchCount: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface PromotionListQuery {
  readonly status: 'all' | PromotionStatus;
  /** Part of the name, any case. */
  readonly search?: string | undefined;
  readonly limit: number;
  readonly offset: number;
}

export interface PromotionPage {
  readonly rows: readonly PromotionView[];
  /** Promotions matching the filters, all pages together. */
  readonly total: number;
}

type Executor = Database | DbTransaction;

interface PromotionViewRow extends PromotionRow {
  code_count: number;
  batch_count: number;
}

const selectViews = (where: RawBuilder<unknown>) => sql<PromotionViewRow>`
  SELECT ${promotionColumns('p')},
    (SELECT count(*) FROM cart.coupon_code c WHERE c.promotion_id = p.id)::int AS code_count,
    (SELECT count(*) FROM cart.coupon_batch b WHERE b.promotion_id = p.id)::int AS batch_count
  FROM cart.promotion p WHERE ${where}`;

/**
 * The SQL twin of `promotionStatus` (cart-domain), so a list filtered by status agrees with the status each row shows.
 * The start is inclusive, the end exclusive; a promotion that used up its limit counts as expired.
 */
function statusCondition(status: PromotionListQuery['status'], now: Date): RawBuilder<unknown> {
  const at = sql`${now}::timestamptz`;
  const started = sql`(p.starts_at IS NULL OR p.starts_at <= ${at})`;
  const over = sql`((p.ends_at IS NOT NULL AND p.ends_at <= ${at}) OR (p.usage_limit IS NOT NULL AND p.used_count >= p.usage_limit))`;
  switch (status) {
    case 'all':
      return sql`true`;
    case 'inactive':
      return sql`NOT p.active`;
    case 'scheduled':
      return sql`p.active AND NOT ${started}`;
    case 'expired':
      return sql`p.active AND ${started} AND ${over}`;
    case 'active':
      return sql`p.active AND ${started} AND NOT ${over}`;
  }
}

/** LIKE matches the search as typed: %, _ and \ are literal. */
function nameContains(search: string | undefined): RawBuilder<unknown> {
  if (!search) return sql`true`;
  return sql`p.name ILIKE ${`%${search.replace(/[\\%_]/g, '\\$&')}%`} ESCAPE '\\'`;
}

export async function listPromotions(db: Executor, query: PromotionListQuery, now: Date = new Date()): Promise<PromotionPage> {
  const where = sql`${statusCondition(query.status, now)} AND ${nameContains(query.search)}`;
  const [rows, count] = await Promise.all([
    sql<PromotionViewRow>`${selectViews(where)} ORDER BY p.created_at DESC, p.id DESC LIMIT ${query.limit} OFFSET ${query.offset}`.execute(db),
    sql<{ total: number }>`SELECT count(*)::int AS total FROM cart.promotion p WHERE ${where}`.execute(db),
  ]);
  return { rows: rows.rows.map((row) => toView(row, now)), total: count.rows[0]?.total ?? 0 };
}

export async function getPromotion(db: Executor, id: string, now: Date = new Date()): Promise<PromotionView | null> {
  const { rows } = await selectViews(sql`p.id = ${id}::uuid`).execute(db);
  const [row] = rows;
  return row ? toView(row, now) : null;
}

export async function createPromotion(db: Executor, fields: PromotionFields, now: Date = new Date()): Promise<PromotionView> {
  const created = await cartDb(db).insertInto('promotion').values(toPromotionValues(fields)).returning('id').executeTakeFirstOrThrow();
  return readBack(db, created.id, now);
}

/**
 * Replaces every field but `active` (see `setPromotionActive`). Turning a promotion with codes into an automatic one is refused (`HasCodes`); the row lock
 * serialises this with code creation, which holds a key-share lock on the promotion while it inserts.
 */
export function updatePromotion(
  db: Database,
  id: string,
  fields: PromotionFields,
  now: Date = new Date(),
): Promise<CartStoreResult<PromotionView, Extract<PromotionFailure, { type: 'UnknownPromotion' | 'HasCodes' }>>> {
  return refusable(() =>
    inTransaction(db, async (trx) => {
      const current = await sql<{ id: string }>`SELECT id FROM cart.promotion WHERE id = ${id}::uuid FOR UPDATE`.execute(trx);
      if (current.rows.length === 0) refuse({ type: 'UnknownPromotion', promotionId: id });
      if (fields.trigger === 'automatic') {
        const codes = await sql<{ count: number }>`SELECT count(*)::int AS count FROM cart.coupon_code WHERE promotion_id = ${id}::uuid`.execute(trx);
        const codeCount = codes.rows[0]?.count ?? 0;
        if (codeCount > 0) refuse({ type: 'HasCodes', promotionId: id, codeCount });
      }
      await cartDb(trx)
        .updateTable('promotion')
        // Switching on and off is `setPromotionActive`'s: an edit saved from an older form must not undo it.
        .set({ ...toPromotionValues(fields), active: undefined, updated_at: sql<Date>`now()` })
        .where('id', '=', id)
        .execute();
      return readBack(trx, id, now);
    }),
  );
}

export async function setPromotionActive(
  db: Executor,
  id: string,
  active: boolean,
  now: Date = new Date(),
): Promise<CartStoreResult<PromotionView, Extract<PromotionFailure, { type: 'UnknownPromotion' }>>> {
  const updated = await cartDb(db).updateTable('promotion').set({ active, updated_at: sql<Date>`now()` }).where('id', '=', id).returning('id').executeTakeFirst();
  if (!updated) return { ok: false, error: { type: 'UnknownPromotion', promotionId: id } };
  return { ok: true, value: await readBack(db, id, now) };
}

async function readBack(db: Executor, id: string, now: Date): Promise<PromotionView> {
  const view = await getPromotion(db, id, now);
  if (!view) throw new Error(`promotion ${id} vanished`);
  return view;
}

function toView(row: PromotionViewRow, now: Date): PromotionView {
  const promotion = toPromotion(row);
  return {
    ...promotion,
    description: row.description,
    status: promotionStatus(promotion, row.used_count, now),
    usedCount: row.used_count,
    codeCount: row.code_count,
    batchCount: row.batch_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
