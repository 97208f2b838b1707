import { sql } from 'kysely';
import { buildCategoryTree, canDeleteCategory, type Category, type CategoryNode, edited, type EditResult, invalidFields, notFound } from '@emporium/catalog-domain';
import type { Database, DbTransaction } from '@emporium/platform-db';
import { catalogDb } from './catalog.tables';
import { refreshListingModels } from './read-models';

/** A category as staff manage it: with its description and how many products it holds directly. */
export interface StaffCategory extends Category {
  readonly description: string;
  readonly productCount: number;
}

/** Every category, flat, with what the admin tree shows beyond the public one. */
export async function listCategoriesForStaff(db: Database): Promise<StaffCategory[]> {
  const rows = await catalogDb(db)
    .selectFrom('category as c')
    .select((eb) => [
      'c.id',
      'c.parent_id',
      'c.slug',
      'c.name',
      'c.description',
      'c.position',
      eb.selectFrom('product_category as pc').select((inner) => inner.fn.countAll<string>().as('n')).whereRef('pc.category_id', '=', 'c.id').as('product_count'),
    ])
    .orderBy('c.position')
    .orderBy('c.name')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    parentId: row.parent_id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    position: row.position,
    productCount: Number(row.product_count ?? 0),
  }));
}

/** A node of the staff category tree: the public tree's fields plus description and direct product count. */
export interface StaffCategoryNode extends StaffCategory {
  readonly children: readonly StaffCategoryNode[];
}

/** The category tree as the public one nests and orders it, with what staff see beyond it. */
export async function staffCategoryTree(db: Database): Promise<StaffCategoryNode[]> {
  const flat = await listCategoriesForStaff(db);
  const byId = new Map(flat.map((category) => [category.id, category]));
  const decorate = (node: CategoryNode): StaffCategoryNode => {
    const category = byId.get(node.id);
    return { ...node, description: category?.description ?? '', productCount: category?.productCount ?? 0, children: node.children.map(decorate) };
  };
  return buildCategoryTree(flat).map(decorate);
}

export interface CategoryChanges {
  readonly slug?: string;
  readonly name?: string;
  readonly description?: string;
  /** Order among its siblings, smallest first. */
  readonly position?: number;
}

/**
 * Renames, re-slugs, re-describes or re-orders a category. Its name is part of its products' search documents, and
 * its name and slug of the breadcrumbs on their pages and on the pages of products below it, so a new name or slug
 * refreshes those products' listing models (and with them their kept product pages) in the same transaction.
 * Moving is `moveCategory`.
 */
export async function updateCategory(trx: DbTransaction, categoryId: string, changes: CategoryChanges): Promise<EditResult<{ readonly id: string }>> {
  const db = catalogDb(trx);
  const category = await db.selectFrom('category').select(['id', 'name', 'slug']).where('id', '=', categoryId).forUpdate().executeTakeFirst();
  if (!category) return notFound('category', categoryId);
  if (changes.slug !== undefined) {
    const holder = await db.selectFrom('category').select('id').where('slug', '=', changes.slug).where('id', '!=', categoryId).executeTakeFirst();
    if (holder) return invalidFields([{ path: 'slug', message: 'is already used by another category' }]);
  }
  await db
    .updateTable('category')
    .set({
      ...(changes.slug !== undefined ? { slug: changes.slug } : {}),
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.description !== undefined ? { description: changes.description } : {}),
      ...(changes.position !== undefined ? { position: changes.position } : {}),
    })
    .where('id', '=', categoryId)
    .execute();
  if ((changes.name !== undefined && changes.name !== category.name) || (changes.slug !== undefined && changes.slug !== category.slug)) {
    // Breadcrumbs name the category on the pages of its products and of every product below it.
    const products = await db
      .selectFrom('product_category as pc')
      .innerJoin('category as c', 'c.id', 'pc.category_id')
      .select('pc.product_id')
      .distinct()
      .where(sql<boolean>`${categoryId}::uuid = ANY(c.path)`)
      .execute();
    await refreshListingModels(trx, products.map((row) => row.product_id));
  }
  return edited({ id: categoryId });
}

/**
 * Deletes an empty category (see catalog-domain's `canDeleteCategory`). Its row is locked first, so a subcategory
 * or product added meanwhile either is counted or waits and then fails on its foreign key.
 */
export async function deleteCategory(trx: DbTransaction, categoryId: string): Promise<EditResult<{ readonly id: string }>> {
  const db = catalogDb(trx);
  const category = await db.selectFrom('category').select('id').where('id', '=', categoryId).forUpdate().executeTakeFirst();
  if (!category) return notFound('category', categoryId);
  const [children, products] = await Promise.all([
    db.selectFrom('category').select((eb) => eb.fn.countAll<string>().as('n')).where('parent_id', '=', categoryId).executeTakeFirstOrThrow(),
    db.selectFrom('product_category').select((eb) => eb.fn.countAll<string>().as('n')).where('category_id', '=', categoryId).executeTakeFirstOrThrow(),
  ]);
  const check = canDeleteCategory({ children: Number(children.n), products: Number(products.n) });
  if (!check.ok) return { ok: false, error: check.error };
  await db.deleteFrom('category').where('id', '=', categoryId).execute();
  return edited({ id: categoryId });
}
