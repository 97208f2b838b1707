import { edited, type EditResult, type FieldError, invalidFields, notFound, type ProductStatus } from '@emporium/catalog-domain';
import type { Database, DbTransaction } from '@emporium/platform-db';
import { catalogDb } from './catalog.tables';
import { refreshListingEntries } from './read-models';
import { insertCollection } from './taxonomy-writer';

// Listing entries carry each product's collection ids (the collection filter), so every change of membership
// refreshes the entries of the products that joined or left.

export interface StaffCollection {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  readonly position: number;
  readonly productCount: number;
}

export interface StaffCollectionDetail extends Omit<StaffCollection, 'productCount'> {
  /** In the collection's order, whatever their status. */
  readonly products: ReadonlyArray<{ readonly id: string; readonly slug: string; readonly title: string; readonly status: ProductStatus }>;
}

export async function listCollectionsForStaff(db: Database): Promise<StaffCollection[]> {
  const rows = await catalogDb(db)
    .selectFrom('collection as c')
    .select((eb) => [
      'c.id',
      'c.slug',
      'c.title',
      'c.description',
      'c.position',
      eb.selectFrom('collection_product as cp').select((inner) => inner.fn.countAll<string>().as('n')).whereRef('cp.collection_id', '=', 'c.id').as('product_count'),
    ])
    .orderBy('c.position')
    .orderBy('c.title')
    .execute();
  return rows.map(({ product_count, ...row }) => ({ ...row, productCount: Number(product_count ?? 0) }));
}

export async function findCollectionForStaff(db: Database, collectionId: string): Promise<StaffCollectionDetail | null> {
  const catalog = catalogDb(db);
  const collection = await catalog.selectFrom('collection').select(['id', 'slug', 'title', 'description', 'position']).where('id', '=', collectionId).executeTakeFirst();
  if (!collection) return null;
  const products = await catalog
    .selectFrom('collection_product as cp')
    .innerJoin('product as p', 'p.id', 'cp.product_id')
    .select(['p.id', 'p.slug', 'p.title', 'p.status'])
    .where('cp.collection_id', '=', collectionId)
    .orderBy('cp.position')
    .orderBy('p.title')
    .execute();
  return { ...collection, products };
}

async function slugTaken(trx: DbTransaction, slug: string, exceptId: string | null): Promise<boolean> {
  let query = catalogDb(trx).selectFrom('collection').select('id').where('slug', '=', slug);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

/** Field problems for product ids that name no product. */
async function unknownProducts(trx: DbTransaction, productIds: readonly string[], path: string): Promise<FieldError[]> {
  if (productIds.length === 0) return [];
  const found = new Set((await catalogDb(trx).selectFrom('product').select('id').where('id', 'in', [...productIds]).execute()).map((row) => row.id));
  const missing = productIds.filter((id) => !found.has(id));
  return missing.length ? [{ path, message: `no product ${missing.join(', ')}` }] : [];
}

export interface NewCollection {
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  /** Its products, in order. */
  readonly productIds: readonly string[];
}

/** A new collection, shown after the existing ones. */
export async function createCollection(trx: DbTransaction, collection: NewCollection): Promise<EditResult<{ readonly id: string }>> {
  const problems = [
    ...((await slugTaken(trx, collection.slug, null)) ? [{ path: 'slug', message: 'is already used by another collection' }] : []),
    ...(await unknownProducts(trx, collection.productIds, 'productIds')),
  ];
  if (problems.length > 0) return invalidFields(problems);
  const last = await catalogDb(trx).selectFrom('collection').select((eb) => eb.fn.max('position').as('position')).executeTakeFirst();
  const id = await insertCollection(trx, { ...collection, position: (last?.position ?? -1) + 1 });
  await refreshListingEntries(trx, collection.productIds);
  return edited({ id });
}

export interface CollectionChanges {
  readonly slug?: string;
  readonly title?: string;
  readonly description?: string;
  /** Order among collections, smallest first. */
  readonly position?: number;
}

export async function updateCollection(trx: DbTransaction, collectionId: string, changes: CollectionChanges): Promise<EditResult<{ readonly id: string }>> {
  const db = catalogDb(trx);
  if (!(await lockCollection(trx, collectionId))) return notFound('collection', collectionId);
  if (changes.slug !== undefined && (await slugTaken(trx, changes.slug, collectionId))) return invalidFields([{ path: 'slug', message: 'is already used by another collection' }]);
  await db
    .updateTable('collection')
    .set({
      ...(changes.slug !== undefined ? { slug: changes.slug } : {}),
      ...(changes.title !== undefined ? { title: changes.title } : {}),
      ...(changes.description !== undefined ? { description: changes.description } : {}),
      ...(changes.position !== undefined ? { position: changes.position } : {}),
    })
    .where('id', '=', collectionId)
    .execute();
  return edited({ id: collectionId });
}

/** Deletes a collection; its products stay in the catalog, only their membership goes. */
export async function deleteCollection(trx: DbTransaction, collectionId: string): Promise<EditResult<{ readonly id: string }>> {
  if (!(await lockCollection(trx, collectionId))) return notFound('collection', collectionId);
  const members = await memberIds(trx, collectionId);
  await catalogDb(trx).deleteFrom('collection').where('id', '=', collectionId).execute();
  await refreshListingEntries(trx, members);
  return edited({ id: collectionId });
}

/** Makes the collection exactly these products, in this order. */
export async function setCollectionProducts(trx: DbTransaction, collectionId: string, productIds: readonly string[]): Promise<EditResult<{ readonly id: string }>> {
  if (!(await lockCollection(trx, collectionId))) return notFound('collection', collectionId);
  const problems = await unknownProducts(trx, productIds, 'productIds');
  if (problems.length > 0) return invalidFields(problems);
  const before = await memberIds(trx, collectionId);
  const db = catalogDb(trx);
  await db.deleteFrom('collection_product').where('collection_id', '=', collectionId).execute();
  if (productIds.length > 0) {
    await db.insertInto('collection_product').values(productIds.map((productId, position) => ({ collection_id: collectionId, product_id: productId, position }))).execute();
  }
  await refreshListingEntries(trx, [...new Set([...before, ...productIds])]);
  return edited({ id: collectionId });
}

/** Adds a product at the end of the collection; a product already in it stays where it is. */
export async function addCollectionProduct(trx: DbTransaction, collectionId: string, productId: string): Promise<EditResult<{ readonly added: boolean }>> {
  if (!(await lockCollection(trx, collectionId))) return notFound('collection', collectionId);
  const db = catalogDb(trx);
  if (!(await db.selectFrom('product').select('id').where('id', '=', productId).executeTakeFirst())) return notFound('product', productId);
  const last = await db.selectFrom('collection_product').select((eb) => eb.fn.max('position').as('position')).where('collection_id', '=', collectionId).executeTakeFirst();
  const inserted = await db
    .insertInto('collection_product')
    .values({ collection_id: collectionId, product_id: productId, position: (last?.position ?? -1) + 1 })
    .onConflict((conflict) => conflict.columns(['collection_id', 'product_id']).doNothing())
    .executeTakeFirst();
  const added = Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0;
  if (added) await refreshListingEntries(trx, [productId]);
  return edited({ added });
}

/** Takes a product out of the collection (not out of the catalog); one not in it is left alone. */
export async function removeCollectionProduct(trx: DbTransaction, collectionId: string, productId: string): Promise<EditResult<{ readonly removed: boolean }>> {
  if (!(await lockCollection(trx, collectionId))) return notFound('collection', collectionId);
  const { numDeletedRows } = await catalogDb(trx)
    .deleteFrom('collection_product')
    .where('collection_id', '=', collectionId)
    .where('product_id', '=', productId)
    .executeTakeFirstOrThrow();
  if (numDeletedRows > 0n) await refreshListingEntries(trx, [productId]);
  return edited({ removed: numDeletedRows > 0n });
}

async function lockCollection(trx: DbTransaction, collectionId: string): Promise<boolean> {
  return (await catalogDb(trx).selectFrom('collection').select('id').where('id', '=', collectionId).forUpdate().executeTakeFirst()) !== undefined;
}

async function memberIds(trx: DbTransaction, collectionId: string): Promise<string[]> {
  return (await catalogDb(trx).selectFrom('collection_product').select('product_id').where('collection_id', '=', collectionId).execute()).map((row) => row.product_id);
}
