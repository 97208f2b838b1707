import { randomUUID } from 'node:crypto';
import type { DbTransaction } from '@emporium/platform-db';
import { catalogDb } from './catalog.tables';

export interface CategoryDraft {
  readonly id?: string;
  readonly parentId?: string | null;
  readonly slug: string;
  readonly name: string;
  readonly description?: string;
  readonly position?: number;
}

/** Adds a category under its parent; its `path` (ids from the root) makes "this category and below" one index lookup. */
export async function insertCategory(trx: DbTransaction, draft: CategoryDraft): Promise<string> {
  const db = catalogDb(trx);
  const id = draft.id ?? randomUUID();
  const parentPath = draft.parentId
    ? (await db.selectFrom('category').select('path').where('id', '=', draft.parentId).executeTakeFirstOrThrow()).path
    : [];
  await db
    .insertInto('category')
    .values({
      id,
      parent_id: draft.parentId ?? null,
      slug: draft.slug,
      name: draft.name,
      description: draft.description ?? '',
      position: draft.position ?? 0,
      path: [...parentPath, id],
    })
    .execute();
  return id;
}

export async function insertBrand(trx: DbTransaction, brand: { readonly id?: string; readonly slug: string; readonly name: string }): Promise<string> {
  const { id } = await catalogDb(trx)
    .insertInto('brand')
    .values({ ...(brand.id ? { id: brand.id } : {}), slug: brand.slug, name: brand.name })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function insertCollection(
  trx: DbTransaction,
  collection: { readonly id?: string; readonly slug: string; readonly title: string; readonly description?: string; readonly position?: number; readonly productIds: readonly string[] },
): Promise<string> {
  const db = catalogDb(trx);
  const { id } = await db
    .insertInto('collection')
    .values({ ...(collection.id ? { id: collection.id } : {}), slug: collection.slug, title: collection.title, description: collection.description ?? '', position: collection.position ?? 0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (collection.productIds.length > 0) {
    await db.insertInto('collection_product').values(collection.productIds.map((productId, position) => ({ collection_id: id, product_id: productId, position }))).execute();
  }
  return id;
}
