import { sql } from 'kysely';
import { inject } from 'vitest';
import type { CurrencyCode } from '@emporium/money';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { catalogMigrationSet } from '../catalog.migrations';
import { catalogDb } from '../catalog.tables';
import { findActiveProductBySlug } from '../product.repository';
import { generateCatalog } from './generate';
import { generatedId } from './ids';
import { GeneratedCatalogConflictError, loadGeneratedCatalog } from './load';

const count = async (database: TestDatabase, table: string) =>
  Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(`catalog.${table}`)}`.execute(database.db)).rows[0]?.n);

describe('loadGeneratedCatalog', () => {
  const catalog = generateCatalog({ seed: 2024, products: 500 });
  const variants = catalog.products.flatMap((product) => product.variants);
  const active = catalog.products.filter((product) => product.status === 'active');
  let database: TestDatabase;
  let loaded: { products: number; variants: number };

  beforeAll(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [catalogMigrationSet]);
    // Small batches, so the loader's batching (and read-model refresh per batch) is exercised several times.
    loaded = await loadGeneratedCatalog(database.db, catalog, { batchSize: 120 });
  }, 60_000);
  afterAll(() => database.destroy());

  it('writes every product, variant, price and link of the generated catalog', async () => {
    expect(loaded).toEqual({ products: 500, variants: variants.length });
    expect(await count(database, 'product')).toBe(500);
    expect(await count(database, 'variant')).toBe(variants.length);
    expect(await count(database, 'price')).toBe(variants.length * 2);
    expect(await count(database, 'brand')).toBe(catalog.brands.length);
    expect(await count(database, 'category')).toBe(catalog.categories.length);
    expect(await count(database, 'collection')).toBe(catalog.collections.length);
    expect(await count(database, 'collection_product')).toBe(catalog.collections.reduce((n, collection) => n + collection.productSlugs.length, 0));
    expect(await count(database, 'product_category')).toBe(catalog.products.reduce((n, product) => n + product.categorySlugs.length, 0));
    expect(await count(database, 'product_image')).toBe(catalog.products.reduce((n, product) => n + product.images.length, 0));
    expect(await count(database, 'product_attribute')).toBe(catalog.products.reduce((n, product) => n + product.attributes.length, 0));
    expect(await count(database, 'option_value')).toBe(catalog.products.reduce((n, product) => n + product.options.reduce((m, option) => m + option.values.length, 0), 0));
    expect(await count(database, 'variant_option_value')).toBe(variants.reduce((n, variant) => n + Object.keys(variant.optionValues).length, 0));
  });

  it('gives every active product a USD and an EUR price range and a search document', async () => {
    const { rows } = await sql<{ slug: string; currencies: string[] | null; has_document: boolean; published: boolean }>`
      SELECT p.slug, (SELECT array_agg(r.currency::text ORDER BY r.currency) FROM catalog.listing_entry r WHERE r.product_id = p.id) AS currencies,
             p.search_document <> ''::tsvector AS has_document, p.published_at IS NOT NULL AS published
      FROM catalog.product p WHERE p.status = 'active'`.execute(database.db);
    expect(rows).toHaveLength(active.length);
    for (const row of rows) expect(row, row.slug).toMatchObject({ currencies: ['EUR', 'USD'], has_document: true, published: true });
    const unpublished = await catalogDb(database.db).selectFrom('product').select('slug').where('status', '<>', 'active').where('published_at', 'is not', null).execute();
    expect(unpublished).toEqual([]);
  });

  it('builds the kept product page of every listed product and currency, equal to the live one', async () => {
    const { rows } = await sql<{ entries: number; pages: number; same: number }>`
      SELECT count(*)::int AS entries, count(d.page)::int AS pages,
             count(*) FILTER (WHERE d.page::jsonb = catalog.product_page(e.slug, e.currency)::jsonb)::int AS same
      FROM catalog.listing_entry e LEFT JOIN catalog.product_document d ON d.product_id = e.product_id AND d.currency = e.currency`.execute(database.db);
    expect(rows[0]!.entries).toBeGreaterThan(900);
    expect(rows[0]).toEqual({ entries: rows[0]!.entries, pages: rows[0]!.entries, same: rows[0]!.entries });
  });

  it('finds a product by a word of its title through the search document', async () => {
    const product = active[7]!;
    const word = product.title.split(' ').filter((part) => part.length > 3).at(-1)!.toLowerCase();
    const { rows } = await sql<{ slug: string }>`
      SELECT slug FROM catalog.product WHERE search_document @@ plainto_tsquery('catalog.english_folded', ${word})`.execute(database.db);
    expect(rows.map((row) => row.slug)).toContain(product.slug);
  });

  it('finds a brand with an accent by its unaccented name', async () => {
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM catalog.product p JOIN catalog.brand b ON b.id = p.brand_id
      WHERE b.slug = 'maison-elan' AND p.search_document @@ plainto_tsquery('catalog.english_folded', 'elan')`.execute(database.db);
    const expected = catalog.products.filter((product) => product.brandSlug === 'maison-elan').length;
    expect(expected).toBeGreaterThan(0);
    expect(rows[0]?.n).toBe(expected);
  });

  it('marks sold-out variants unavailable and leaves the rest in stock', async () => {
    const soldOut = await catalogDb(database.db).selectFrom('variant_availability as a').innerJoin('variant as v', 'v.id', 'a.variant_id').select(['v.sku', 'a.in_stock']).execute();
    expect(soldOut.map((row) => row.sku).sort()).toEqual(variants.filter((variant) => !variant.inStock).map((variant) => variant.sku).sort());
    expect(soldOut.every((row) => row.in_stock === false)).toBe(true);
  });

  it('stores each category path from the root down to itself', async () => {
    const rows = await catalogDb(database.db).selectFrom('category').select(['id', 'slug', 'parent_id', 'path']).execute();
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const row of rows) {
      expect(row.path.at(-1)).toBe(row.id);
      const parentPath = row.parent_id ? byId.get(row.parent_id)?.path : [];
      expect(row.path.slice(0, -1)).toEqual(parentPath);
    }
    expect(Math.max(...rows.map((row) => row.path.length))).toBe(3);
  });

  it('serves a loaded product through the repository, priced in euros', async () => {
    const product = active.find((candidate) => candidate.variants.length > 1)!;
    const detail = await findActiveProductBySlug(database.db, product.slug, 'EUR' as CurrencyCode);
    expect(detail).toMatchObject({ id: generatedId('product', product.slug), title: product.title, brand: catalog.brands.find((brand) => brand.slug === product.brandSlug)?.name });
    expect(detail?.variants.map((variant) => variant.sku)).toEqual(product.variants.map((variant) => variant.sku));
    expect(detail?.variants.map((variant) => variant.price?.amount)).toEqual(product.variants.map((variant) => variant.prices[1]!.amount));
    expect(detail?.breadcrumb).toHaveLength(3);
  });

  it('refuses to load over slugs that are taken, and writes nothing', async () => {
    const before = await count(database, 'product');
    const error = await loadGeneratedCatalog(database.db, catalog).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GeneratedCatalogConflictError);
    expect((error as Error).message).toMatch(/already has product slugs .*and 495 more/);
    expect(await count(database, 'product')).toBe(before);
  });

  it('loads nothing into a catalog with products when asked to load only into an empty one', async () => {
    const other = generateCatalog({ seed: 5, products: 3 });
    expect(await loadGeneratedCatalog(database.db, other, { onlyIfEmpty: true })).toEqual({ products: 0, variants: 0 });
    expect(await count(database, 'product')).toBe(500);
  });

  it('refuses a catalog whose only overlap is one SKU', async () => {
    const clash = generateCatalog({ seed: 99, products: 3 });
    const taken = variants[0]!.sku.toLowerCase();
    const renamed = {
      ...clash,
      brands: [],
      categories: [],
      collections: [],
      products: clash.products.map((product, index) => ({
        ...product,
        slug: `clash-${index}`,
        variants: product.variants.map((variant, variantIndex) => ({ ...variant, sku: index === 0 && variantIndex === 0 ? taken : `CLASH-${index}-${variantIndex}` })),
      })),
    };
    await expect(loadGeneratedCatalog(database.db, renamed)).rejects.toThrow(/SKUs/);
  });
});
