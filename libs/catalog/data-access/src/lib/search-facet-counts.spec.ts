import { sql } from 'kysely';
import { inject } from 'vitest';
import type { CurrencyCode } from '@emporium/money';
import { type Database, inTransaction, migrateToLatest } from '@emporium/platform-db';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { applyAvailabilityChange } from './availability-projection';
import { catalogMigrationSet } from './catalog.migrations';
import { changeProductStatus } from './product-admin.repository';
import { searchProducts } from './product-search';
import { refreshListingEntries } from './read-models';
import { countedListing, WHOLE_CATALOG } from './search-facet-counts';
import { searchFacets } from './search-facets';
import type { SearchFilters } from './search-filters';
import { seedDemoCatalog } from './seed';

const USD = 'USD' as CurrencyCode;

/** The plain first pages whose counts are kept: the whole catalog and categories at each depth, with and without stock. */
const LISTINGS: SearchFilters[] = [{}, { inStockOnly: true }, { category: 'clothing' }, { category: 'tops' }, { category: 't-shirts', inStockOnly: true }, { category: 'home' }];

const kept = (db: Database, filters: SearchFilters) => searchFacets(db, { terms: [], currency: USD, filters });
const computed = (db: Database, filters: SearchFilters) => searchFacets(db, { terms: [], currency: USD, filters }, { keptCounts: false });
const keptTotal = async (db: Database, filters: SearchFilters) => (await searchProducts(db, { terms: [], currency: USD, sort: 'newest', limit: 1, filters })).total;

/** Matches counted from the listing entries themselves. */
async function countedTotal(db: Database, filters: SearchFilters): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM catalog.listing_entry e
    WHERE e.currency = ${USD}
      AND (${filters.category ?? null}::text IS NULL OR e.category_ids @> ARRAY[(SELECT id FROM catalog.category WHERE slug = ${filters.category ?? null})])
      AND (NOT ${filters.inStockOnly ?? false} OR e.in_stock)`.execute(db);
  return rows[0]?.n ?? Number.NaN;
}

/** Every kept count equals the one the facet queries compute, and every kept total the number of matches. */
async function expectKeptCountsExact(db: Database) {
  for (const filters of LISTINGS) {
    const label = JSON.stringify(filters);
    expect(await kept(db, filters), label).toEqual(await computed(db, filters));
    expect(await keptTotal(db, filters), label).toBe(await countedTotal(db, filters));
  }
}

async function productId(db: Database, slug: string): Promise<string> {
  const { rows } = await sql<{ id: string }>`SELECT id FROM catalog.product WHERE slug = ${slug}`.execute(db);
  if (!rows[0]) throw new Error(`no product ${slug}`);
  return rows[0].id;
}

async function skusOf(db: Database, slug: string): Promise<string[]> {
  const { rows } = await sql<{ sku: string }>`
    SELECT v.sku FROM catalog.variant v JOIN catalog.product p ON p.id = v.product_id WHERE p.slug = ${slug} ORDER BY v.sku`.execute(db);
  return rows.map((row) => row.sku);
}

const categoryCount = (facets: Awaited<ReturnType<typeof kept>>, slug: string) => facets.categories.find((category) => category.slug === slug)?.count ?? 0;
const brandCount = (facets: Awaited<ReturnType<typeof kept>>, slug: string) => facets.brands.find((brand) => brand.slug === slug)?.count ?? 0;

describe('kept facet counts of plain category pages', () => {
  it('are read only for a first page without text or filters other than category and stock', () => {
    const resolved = (filters: SearchFilters & { categoryId?: string | null; brandIds?: string[] }) => ({ ...filters, resolved: true as const });
    expect(countedListing([], resolved({}))).toEqual({ categoryId: WHOLE_CATALOG, inStockOnly: false });
    expect(countedListing([], resolved({ category: 'tops', categoryId: 'c-1', inStockOnly: true }))).toEqual({ categoryId: 'c-1', inStockOnly: true });
    expect(countedListing([], resolved({ brands: [] }))).not.toBeNull();
    expect(countedListing(['linen'], resolved({}))).toBeNull();
    expect(countedListing([], resolved({ category: 'no-such-category', categoryId: null }))).toBeNull();
    expect(countedListing([], resolved({ brands: ['stride'], brandIds: ['b-1'] }))).toBeNull();
    expect(countedListing([], resolved({ collection: 'new-arrivals' }))).toBeNull();
    expect(countedListing([], resolved({ priceMin: 0 }))).toBeNull();
    // A filter with no values still matches nothing, so it is still a filter.
    expect(countedListing([], resolved({ options: { Size: [] } }))).toBeNull();
    expect(countedListing([], resolved({ attributes: { Material: ['Linen'] } }))).toBeNull();
  });

  describe('on the demo catalog', () => {
    let database: TestDatabase;
    beforeEach(async () => {
      database = await createTestDatabase(inject('pgAdminUrl'), [catalogMigrationSet]);
      await seedDemoCatalog(database.db);
    });
    afterEach(() => database.destroy());

    it('equal the counts the facet queries compute', async () => {
      const clothing = await kept(database.db, { category: 'clothing' });
      expect(clothing.categories.length).toBeGreaterThan(3);
      expect(clothing.prices.length).toBeGreaterThan(1);
      expect(clothing.options.length).toBeGreaterThan(0);
      await expectKeptCountsExact(database.db);
    });

    it('drop a product that is archived', async () => {
      const before = await kept(database.db, { category: 'tops' });
      const totalBefore = await keptTotal(database.db, { category: 'tops' });
      const id = await productId(database.db, 'classic-white-tee');
      expect(await inTransaction(database.db, (trx) => changeProductStatus(trx, id, 'archived'))).toEqual({ ok: true, status: 'archived' });

      const after = await kept(database.db, { category: 'tops' });
      expect(await keptTotal(database.db, { category: 'tops' })).toBe((totalBefore ?? 0) - 1);
      expect(categoryCount(after, 't-shirts')).toBe(categoryCount(before, 't-shirts') - 1);
      expect(brandCount(after, 'northfield')).toBe(brandCount(before, 'northfield') - 1);
      await expectKeptCountsExact(database.db);
    });

    it('move a product to another price bucket when its price changes', async () => {
      const id = await productId(database.db, 'classic-white-tee');
      await inTransaction(database.db, async (trx) => {
        await sql`UPDATE catalog.price SET amount = 250000 WHERE currency = 'USD' AND variant_id IN (SELECT id FROM catalog.variant WHERE product_id = ${id})`.execute(trx);
        await refreshListingEntries(trx, [id]);
      });

      const prices = (await kept(database.db, { category: 't-shirts' })).prices;
      const top = prices.at(-1);
      expect(top?.count).toBe(1);
      expect(top && top.from <= 250000 && 250000 < top.to).toBe(true);
      await expectKeptCountsExact(database.db);
    });

    it('leave a sold-out product out of the in-stock counts only, until it is back', async () => {
      const stock = { category: 't-shirts', inStockOnly: true };
      const [inStockBefore, allBefore] = [await keptTotal(database.db, stock), await keptTotal(database.db, { category: 't-shirts' })];
      const skus = await skusOf(database.db, 'heather-grey-tee');
      const setStock = (inStock: boolean, at: string) =>
        inTransaction(database.db, async (trx) => {
          for (const sku of skus) await applyAvailabilityChange(trx, { sku, inStock, occurredAt: at });
        });

      await setStock(false, '2030-01-01T00:00:00Z');
      expect(await keptTotal(database.db, stock)).toBe((inStockBefore ?? 0) - 1);
      expect(await keptTotal(database.db, { category: 't-shirts' })).toBe(allBefore);
      expect(brandCount(await kept(database.db, stock), 'northfield')).toBe(brandCount(await kept(database.db, { category: 't-shirts' }), 'northfield') - 1);
      await expectKeptCountsExact(database.db);

      await setStock(true, '2030-01-02T00:00:00Z');
      expect(await keptTotal(database.db, stock)).toBe(inStockBefore);
      await expectKeptCountsExact(database.db);
    });

    it('stay exact when writers change products of one category at the same time', async () => {
      const slugs = ['classic-white-tee', 'heather-grey-tee', 'merino-crew-sweater'];
      const products = await Promise.all(slugs.map(async (slug) => ({ id: await productId(database.db, slug), sku: (await skusOf(database.db, slug))[0] ?? '' })));
      // Fewer writers than the test pool has connections: each holds one while it waits for the others.
      await Promise.all(
        products.map(({ id, sku }, index) =>
          inTransaction(database.db, async (trx) => {
            await applyAvailabilityChange(trx, { sku, inStock: false, occurredAt: '2030-01-01T00:00:00Z' });
            // A second change to the counts in the same transaction, as longer writes do.
            if (index % 2 === 0) await changeProductStatus(trx, id, 'archived');
          }),
        ),
      );
      await expectKeptCountsExact(database.db);
    });

    it('follow products deleted outright, down to none', async () => {
      await sql`DELETE FROM catalog.product WHERE slug IN ('classic-white-tee', 'stoneware-mug')`.execute(database.db);
      await expectKeptCountsExact(database.db);
      await sql`DELETE FROM catalog.product`.execute(database.db);
      expect(await keptTotal(database.db, {})).toBe(0);
      expect(await kept(database.db, { category: 'clothing' })).toEqual({ brands: [], categories: [], prices: [], options: [], attributes: [] });
      const { rows } = await sql<{ counts: number; notes: number }>`
        SELECT (SELECT count(*)::int FROM catalog.listing_facet_count) AS counts,
               (SELECT count(*)::int FROM catalog.listing_facet_change) + (SELECT count(*)::int FROM catalog.listing_facet_pending) AS notes`.execute(database.db);
      expect(rows[0]).toEqual({ counts: 0, notes: 0 });
    });
  });

  it('count the catalog that was there before they were kept', async () => {
    const database = await createTestDatabase(inject('pgAdminUrl'), []);
    try {
      const before = Object.fromEntries(Object.entries(catalogMigrationSet.migrations).filter(([name]) => name < '0003'));
      await migrateToLatest(database.db, [{ schema: 'catalog', migrations: before }]);
      await seedDemoCatalog(database.db);
      await migrateToLatest(database.db, [catalogMigrationSet]);
      await expectKeptCountsExact(database.db);
    } finally {
      await database.destroy();
    }
  });
});
