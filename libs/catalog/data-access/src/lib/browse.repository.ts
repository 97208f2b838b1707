import { sql, type SqlBool } from 'kysely';
import type { Category, ProductSummary } from '@emporium/catalog-domain';
import type { CurrencyCode } from '@emporium/money';
import type { Database } from '@emporium/platform-db';
import { catalogDb } from './catalog.tables';
import { summaries, toSummary } from './product.repository';

/** Every category, flat, in display order; catalog-domain's `buildCategoryTree` nests them. */
export async function listCategories(db: Database): Promise<Category[]> {
  const rows = await catalogDb(db).selectFrom('category').select(['id', 'parent_id', 'slug', 'name', 'position']).orderBy('position').orderBy('name').execute();
  return rows.map((row) => ({ id: row.id, parentId: row.parent_id, slug: row.slug, name: row.name, position: row.position }));
}

export async function findCategoryBySlug(db: Database, slug: string) {
  return catalogDb(db).selectFrom('category').select(['id', 'parent_id as parentId', 'slug', 'name', 'description']).where('slug', '=', slug).executeTakeFirst();
}

export async function listCollections(db: Database) {
  return catalogDb(db).selectFrom('collection').select(['id', 'slug', 'title', 'description']).orderBy('position').orderBy('title').execute();
}

export async function findCollectionBySlug(db: Database, slug: string) {
  return catalogDb(db).selectFrom('collection').select(['id', 'slug', 'title', 'description']).where('slug', '=', slug).executeTakeFirst();
}

export interface Suggestions {
  readonly products: ProductSummary[];
  readonly categories: ReadonlyArray<{ readonly slug: string; readonly name: string }>;
}

/**
 * Suggestions while the shopper types: products whose words start with what was typed (the last word as a prefix,
 * ranked like search), and categories whose name contains it. Two indexed queries in parallel, cheap enough for
 * every keystroke. `terms` come from catalog-domain's parseSearchText: letters and digits only, so they are safe
 * to place in tsquery syntax.
 */
export async function suggest(db: Database, terms: readonly string[], currency: CurrencyCode, limit = 6): Promise<Suggestions> {
  if (terms.length === 0) return { products: [], categories: [] };
  const prefixQuery = terms.map((term, index) => (index === terms.length - 1 ? `${term}:*` : term)).join(' & ');
  const tsquery = sql<string>`to_tsquery('catalog.english_folded', ${prefixQuery})`;
  // A short prefix ("li") matches thousands of words: rank only the first 200 matches found, so a keystroke costs
  // the same whatever the catalog's size. Suggestions are a hint, not a search; the search page ranks everything.
  const candidates = summaries(db, currency).select('e.search_document').where(sql<SqlBool>`e.search_document @@ ${tsquery}`).limit(200);
  const [products, categories] = await Promise.all([
    db
      .selectFrom(candidates.as('candidate'))
      .select(['id', 'slug', 'title', 'brand', 'min_amount', 'max_amount', 'image_url', 'image_alt', 'in_stock'])
      .orderBy(sql`ts_rank_cd(search_document, ${tsquery}, 32)`, 'desc')
      .orderBy('title')
      .limit(limit)
      .execute(),
    catalogDb(db)
      .selectFrom('category')
      .select(['slug', 'name'])
      .where(sql<SqlBool>`catalog.fold(name) LIKE '%' || catalog.fold(${terms.join(' ')}) || '%'`)
      .orderBy(sql`length(name)`)
      .orderBy('name')
      .limit(4)
      .execute(),
  ]);
  return { products: products.map((row) => toSummary(row, currency)), categories };
}

/** Other active products from the product's categories, for "you may also like". */
export async function relatedProducts(db: Database, productId: string, currency: CurrencyCode, limit = 8): Promise<ProductSummary[]> {
  const rows = await summaries(db, currency)
    .where('e.product_id', '!=', productId)
    .where(
      sql<SqlBool>`EXISTS (SELECT 1 FROM catalog.product_category mine JOIN catalog.product_category theirs ON theirs.category_id = mine.category_id
        WHERE mine.product_id = ${productId} AND theirs.product_id = e.product_id)`,
    )
    .orderBy('e.title')
    .limit(limit)
    .execute();
  return rows.map((row) => toSummary(row, currency));
}
