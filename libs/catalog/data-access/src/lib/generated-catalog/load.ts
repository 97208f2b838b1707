import { sql } from 'kysely';
import { type Database, type DbTransaction, inTransaction } from '@emporium/platform-db';
import { catalogDb } from '../catalog.tables';
import { buildProductDocuments, refreshListingModels } from '../read-models';
import { publishSkusRegistered, type SkuEventPublisher } from '../sku-events';
import { generatedId } from './ids';
import { buildProductRows, type ProductRows } from './rows';
import type { GeneratedCatalog } from './types';

export interface LoadGeneratedCatalogOptions {
  /** Products per batch, and rows per INSERT statement (default 500). */
  readonly batchSize?: number;
  /** The clock products' creation times count back from (`ageMinutes`); default: now. */
  readonly now?: Date;
  /**
   * Load only into a catalog without products; otherwise load nothing and return zero counts. For seeding at
   * start-up: a restart, or a second instance starting at the same moment, never loads twice.
   */
  readonly onlyIfEmpty?: boolean;
  /**
   * For demo seeds: tells the inventory, in the load's transaction, every loaded SKU and which start sold out
   * (`catalog.skus-registered`, at most 1,000 SKUs per event). Without it nothing is published (the CLI, benches).
   */
  readonly events?: SkuEventPublisher;
}

/** Thrown, before anything is written, when the catalog already holds a slug or SKU the generated catalog uses. */
export class GeneratedCatalogConflictError extends Error {
  constructor(readonly conflicts: ReadonlyArray<{ readonly kind: string; readonly values: readonly string[] }>) {
    const listed = conflicts.map(({ kind, values }) => `${kind} ${values.slice(0, 5).join(', ')}${values.length > 5 ? ` and ${values.length - 5} more` : ''}`);
    super(`The catalog already has ${listed.join('; ')}. Load a generated catalog into an empty catalog (or a fresh database).`);
    this.name = 'GeneratedCatalogConflictError';
  }
}

// Every table the load writes, for the statistics pass at the end.
const LOADED_TABLES = [
  'brand', 'category', 'collection', 'collection_product', 'product', 'product_option', 'option_value', 'variant', 'variant_option_value',
  'price', 'listing_entry', 'product_category', 'product_image', 'product_attribute', 'variant_availability', 'search_term',
] as const;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/** Inserts `rows` with one multi-row INSERT per `size` rows. */
async function insertAll<T>(rows: readonly T[], size: number, insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (const chunk of chunks(rows, size)) await insert(chunk);
}

async function refuseTakenNames(trx: DbTransaction, catalog: GeneratedCatalog): Promise<void> {
  // Arrays rather than IN lists: one parameter however large the catalog.
  const taken = async (kind: string, query: ReturnType<typeof sql<{ value: string }>>) => ({
    kind,
    values: (await query.execute(trx)).rows.map((row) => row.value).sort(),
  });
  const slugs = (items: ReadonlyArray<{ readonly slug: string }>) => items.map((item) => item.slug);
  const skus = catalog.products.flatMap((product) => product.variants.map((variant) => variant.sku.toUpperCase()));
  const brandNames = catalog.brands.map((brand) => brand.name);
  const found = [
    await taken('product slugs', sql`SELECT slug AS value FROM catalog.product WHERE slug = ANY(${slugs(catalog.products)}::text[])`),
    await taken('SKUs', sql`SELECT sku AS value FROM catalog.variant WHERE upper(sku) = ANY(${skus}::text[])`),
    await taken('brands', sql`SELECT name AS value FROM catalog.brand WHERE slug = ANY(${slugs(catalog.brands)}::text[]) OR name = ANY(${brandNames}::text[])`),
    await taken('category slugs', sql`SELECT slug AS value FROM catalog.category WHERE slug = ANY(${slugs(catalog.categories)}::text[])`),
    await taken('collection slugs', sql`SELECT slug AS value FROM catalog.collection WHERE slug = ANY(${slugs(catalog.collections)}::text[])`),
  ].filter((conflict) => conflict.values.length > 0);
  if (found.length > 0) throw new GeneratedCatalogConflictError(found);
}

/** Brands, the category tree (each with its root-to-self `path`) and the collections, without their products yet. */
async function insertTaxonomy(trx: DbTransaction, catalog: GeneratedCatalog, batchSize: number): Promise<void> {
  const db = catalogDb(trx);
  await insertAll(catalog.brands, batchSize, (chunk) =>
    db.insertInto('brand').values(chunk.map((brand) => ({ id: generatedId('brand', brand.slug), slug: brand.slug, name: brand.name }))).execute(),
  );
  const paths = new Map<string, string[]>();
  const categories = catalog.categories.map((category) => {
    const id = generatedId('category', category.slug);
    const parentPath = category.parentSlug === null ? [] : paths.get(category.parentSlug);
    if (!parentPath) throw new Error(`Category ${category.slug} comes before its parent ${category.parentSlug}`);
    const path = [...parentPath, id];
    paths.set(category.slug, path);
    return {
      id,
      parent_id: category.parentSlug === null ? null : generatedId('category', category.parentSlug),
      slug: category.slug,
      name: category.name,
      description: category.description,
      position: category.position,
      path,
    };
  });
  await insertAll(categories, batchSize, (chunk) => db.insertInto('category').values(chunk).execute());
  await insertAll(
    catalog.collections.map((collection, position) => ({
      id: generatedId('collection', collection.slug),
      slug: collection.slug,
      title: collection.title,
      description: collection.description,
      position,
    })),
    batchSize,
    (chunk) => db.insertInto('collection').values(chunk).execute(),
  );
}

async function insertProductRows(trx: DbTransaction, rows: ProductRows, batchSize: number): Promise<void> {
  const db = catalogDb(trx);
  // Parents before children, so every foreign key finds its row.
  await insertAll(rows.products, batchSize, (chunk) => db.insertInto('product').values(chunk).execute());
  await insertAll(rows.options, batchSize, (chunk) => db.insertInto('product_option').values(chunk).execute());
  await insertAll(rows.optionValues, batchSize, (chunk) => db.insertInto('option_value').values(chunk).execute());
  await insertAll(rows.variants, batchSize, (chunk) => db.insertInto('variant').values(chunk).execute());
  await insertAll(rows.variantOptionValues, batchSize, (chunk) => db.insertInto('variant_option_value').values(chunk).execute());
  await insertAll(rows.prices, batchSize, (chunk) => db.insertInto('price').values(chunk).execute());
  await insertAll(rows.productCategories, batchSize, (chunk) => db.insertInto('product_category').values(chunk).execute());
  await insertAll(rows.images, batchSize, (chunk) => db.insertInto('product_image').values(chunk).execute());
  await insertAll(rows.attributes, batchSize, (chunk) => db.insertInto('product_attribute').values(chunk).execute());
  await insertAll(rows.soldOut, batchSize, (chunk) => db.insertInto('variant_availability').values(chunk).execute());
}

/**
 * Loads a generated catalog into an empty catalog in one transaction, in batches of multi-row INSERTs with ids
 * derived from slugs and SKUs, brings the read models up to date batch by batch (search documents, price ranges,
 * availability of sold-out variants), then refreshes the planner's statistics. Refuses, before writing anything,
 * when a slug or SKU it would use is taken; with `onlyIfEmpty`, quietly loads nothing into a catalog with products.
 * Takes the demo seed's lock, so a concurrent demo seed waits and then finds the catalog not empty.
 */
export async function loadGeneratedCatalog(db: Database, catalog: GeneratedCatalog, options: LoadGeneratedCatalogOptions = {}): Promise<{ products: number; variants: number }> {
  const batchSize = options.batchSize ?? 500;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive whole number, not ${batchSize}`);
  const anchor = options.now ?? new Date();

  const counts = await inTransaction(db, async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext('catalog.seed'))`.execute(trx);
    if (options.onlyIfEmpty && (await catalogDb(trx).selectFrom('product').select('id').limit(1).executeTakeFirst())) return null;
    await refuseTakenNames(trx, catalog);
    await insertTaxonomy(trx, catalog, batchSize);
    // Product pages are built once everything is in and analysed (see buildProductDocuments).
    await sql`SELECT set_config('catalog.bulk_load', 'on', true)`.execute(trx);
    const skus: string[] = [];
    const soldOut: string[] = [];
    const loaded: string[][] = [];
    for (const batch of chunks(catalog.products, batchSize)) {
      const rows = buildProductRows(batch, anchor);
      await insertProductRows(trx, rows, batchSize);
      const ids = rows.products.map((product) => product.id);
      await refreshListingModels(trx, ids);
      loaded.push(ids);
      // The SKUs as inserted, and those of the variants marked unavailable in variant_availability.
      const skuOf = new Map(rows.variants.map((variant) => [variant.id, variant.sku]));
      skus.push(...rows.variants.map((variant) => variant.sku));
      soldOut.push(...rows.soldOut.flatMap((row) => skuOf.get(row.variant_id) ?? []));
    }
    await sql`SELECT set_config('catalog.bulk_load', 'off', true)`.execute(trx);
    await sql`ANALYZE catalog.product, catalog.variant, catalog.price, catalog.listing_entry, catalog.product_image, catalog.product_category, catalog.category, catalog.product_option, catalog.option_value, catalog.variant_option_value, catalog.product_attribute`.execute(trx);
    for (const ids of loaded) await buildProductDocuments(trx, ids);
    const members = catalog.collections.flatMap((collection) =>
      collection.productSlugs.map((slug, position) => ({ collection_id: generatedId('collection', collection.slug), product_id: generatedId('product', slug), position })),
    );
    await insertAll(members, batchSize, (chunk) => catalogDb(trx).insertInto('collection_product').values(chunk).execute());
    if (options.events) await publishSkusRegistered(trx, options.events, { skus, demoSoldOut: soldOut });
    return { products: catalog.products.length, variants: skus.length };
  });
  if (!counts) return { products: 0, variants: 0 };

  // Autovacuum may be off (it is in CI): without fresh statistics the planner would guess on empty-table numbers.
  // VACUUM also sets the visibility map, so index-only scans work from the first query.
  await sql`VACUUM (ANALYZE) ${sql.join(LOADED_TABLES.map((table) => sql.table(`catalog.${table}`)))}`.execute(db);
  return counts;
}
