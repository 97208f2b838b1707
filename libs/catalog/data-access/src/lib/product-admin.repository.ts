import { sql } from 'kysely';
import type { CurrencyCode, Money } from '@emporium/money';
import {
  type Category,
  canPublish,
  type PublishBlocker,
  type ProductStatus,
  statusTransition,
  type StatusTransitionError,
  validateMove,
  type CategoryMoveError,
} from '@emporium/catalog-domain';
import type { Database, DbTransaction } from '@emporium/platform-db';
import { catalogDb } from './catalog.tables';
import { refreshListingEntries } from './read-models';

export interface StaffProductRow {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly status: ProductStatus;
  readonly brand: string | null;
  readonly variantCount: number;
  readonly updatedAt: Date;
}

/** Every product whatever its status, for the staff list: newest change first, optionally filtered. */
export async function listProductsForStaff(db: Database, options: { q?: string; status?: ProductStatus; limit: number; offset: number }) {
  let query = catalogDb(db)
    .selectFrom('product as p')
    .leftJoin('brand as b', 'b.id', 'p.brand_id')
    .select((eb) => [
      'p.id',
      'p.slug',
      'p.title',
      'p.status',
      'b.name as brand',
      'p.updated_at as updatedAt',
      eb.selectFrom('variant as v').select((inner) => inner.fn.countAll<number>().as('n')).whereRef('v.product_id', '=', 'p.id').as('variantCount'),
    ]);
  if (options.status) query = query.where('p.status', '=', options.status);
  if (options.q) {
    const pattern = `%${options.q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    query = query.where((eb) => eb.or([eb('p.title', 'ilike', pattern), eb('p.slug', 'ilike', pattern)]));
  }
  const [rows, total] = await Promise.all([
    query.orderBy('p.updated_at', 'desc').orderBy('p.id').limit(options.limit).offset(options.offset).execute(),
    query.clearSelect().select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map((row) => ({ ...row, variantCount: Number(row.variantCount ?? 0) })) as StaffProductRow[], total: Number(total.total) };
}

/** Titles of the named products, whatever their status (for labels of products chosen elsewhere, such as a promotion's). */
export async function productTitles(db: Database, ids: readonly string[]): Promise<Array<{ id: string; slug: string; title: string; status: ProductStatus }>> {
  if (ids.length === 0) return [];
  return catalogDb(db).selectFrom('product').select(['id', 'slug', 'title', 'status']).where('id', 'in', [...ids]).orderBy('title').orderBy('id').execute();
}

export type StatusChangeResult =
  | { readonly ok: true; readonly status: ProductStatus }
  | { readonly ok: false; readonly error: { readonly type: 'ProductNotFound' } | StatusTransitionError | { readonly type: 'CannotPublish'; readonly blockers: readonly PublishBlocker[] } };

/** Publishes, archives, restores or unpublishes a product, under a row lock, if the rules allow it. */
export async function changeProductStatus(trx: DbTransaction, productId: string, to: ProductStatus): Promise<StatusChangeResult> {
  const db = catalogDb(trx);
  const product = await db.selectFrom('product').select(['id', 'slug', 'title', 'status']).where('id', '=', productId).forUpdate().executeTakeFirst();
  if (!product) return { ok: false, error: { type: 'ProductNotFound' } };
  const transition = statusTransition(product.status, to);
  if (!transition.ok) return { ok: false, error: transition.error };
  if (to === 'active') {
    const variants = await db.selectFrom('variant').select(['id', 'sku', 'status']).where('product_id', '=', productId).execute();
    const prices = variants.length
      ? await db.selectFrom('price').select(['variant_id', 'currency', 'amount']).where('variant_id', 'in', variants.map((variant) => variant.id)).execute()
      : [];
    const check = canPublish({
      title: product.title,
      slug: product.slug,
      variants: variants.map((variant) => ({
        sku: variant.sku,
        status: variant.status,
        prices: prices.filter((price) => price.variant_id === variant.id).map((price): Money => ({ amount: Number(price.amount), currency: price.currency as CurrencyCode })),
      })),
    });
    if (!check.ok) return { ok: false, error: { type: 'CannotPublish', blockers: check.error } };
  }
  await db
    .updateTable('product')
    .set({ status: to, updated_at: sql`now()`, ...(to === 'active' ? { published_at: sql`coalesce(published_at, now())` } : {}) })
    .where('id', '=', productId)
    .execute();
  await refreshListingEntries(trx, [productId]);
  return { ok: true, status: to };
}

/**
 * Moves a category (and everything below it) under another parent, or to the top. The whole tree is locked for the
 * move, so two concurrent moves cannot together create a cycle.
 */
export async function moveCategory(
  trx: DbTransaction,
  categoryId: string,
  newParentId: string | null,
): Promise<{ ok: true } | { ok: false; error: CategoryMoveError }> {
  await sql`LOCK TABLE catalog.category IN SHARE ROW EXCLUSIVE MODE`.execute(trx);
  const db = catalogDb(trx);
  const rows = await db.selectFrom('category').select(['id', 'parent_id', 'slug', 'name', 'position', 'path']).execute();
  const flat: Category[] = rows.map((row) => ({ id: row.id, parentId: row.parent_id, slug: row.slug, name: row.name, position: row.position }));
  const check = validateMove(flat, categoryId, newParentId);
  if (!check.ok) return check;
  const moving = rows.find((row) => row.id === categoryId);
  const parent = rows.find((row) => row.id === newParentId);
  if (!moving) return { ok: false, error: { type: 'UnknownCategory', id: categoryId } };
  const newPrefix = [...(parent?.path ?? []), categoryId];
  const affected = await sql<{ product_id: string }>`
    SELECT DISTINCT pc.product_id FROM catalog.product_category pc JOIN catalog.category c ON c.id = pc.category_id
    WHERE c.path @> ARRAY[${categoryId}]::uuid[]`.execute(trx);
  // Every path through the moved category: replace the part up to and including it with its new path.
  await sql`
    UPDATE catalog.category
    SET path = ${newPrefix}::uuid[] || path[${moving.path.length + 1}:],
        parent_id = CASE WHEN id = ${categoryId} THEN ${newParentId}::uuid ELSE parent_id END
    WHERE path @> ARRAY[${categoryId}]::uuid[]`.execute(trx);
  await refreshListingEntries(trx, affected.rows.map((row) => row.product_id));
  return { ok: true };
}

/** Every brand by name, for the product editor's brand picker (products name their brand by slug). */
export async function listBrands(db: Database): Promise<Array<{ id: string; slug: string; name: string }>> {
  return catalogDb(db).selectFrom('brand').select(['id', 'slug', 'name']).orderBy('name').execute();
}
