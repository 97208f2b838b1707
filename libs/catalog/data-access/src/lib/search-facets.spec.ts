import { inject } from 'vitest';
import type { CurrencyCode } from '@emporium/money';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { catalogMigrationSet } from './catalog.migrations';
import { searchProducts } from './product-search';
import { type SearchFacets, searchFacets } from './search-facets';
import type { SearchFilters } from './search-filters';
import { seedDemoCatalog } from './seed';

const USD = 'USD' as CurrencyCode;

describe('search filters and facets', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [catalogMigrationSet]);
    await seedDemoCatalog(database.db);
  });
  afterAll(() => database.destroy());

  const results = async (filters: SearchFilters, terms: string[] = []) =>
    searchProducts(database.db, { terms, currency: USD, sort: 'price-asc', limit: 100, filters });
  const slugs = async (filters: SearchFilters, terms: string[] = []) => (await results(filters, terms)).items.map((item) => item.slug).sort();
  const total = async (filters: SearchFilters, terms: string[] = []) => (await results(filters, terms)).total ?? Number.NaN;

  it('includes a category’s descendants', async () => {
    expect(await slugs({ category: 'tops' })).toEqual(['classic-white-tee', 'heather-grey-tee', 'linen-summer-shirt', 'merino-crew-sweater', 'organic-hoodie']);
    expect(await slugs({ category: 't-shirts' })).toEqual(['classic-white-tee', 'heather-grey-tee']);
    expect(await slugs({ category: 'no-such-category' })).toEqual([]);
  });

  it('filters by collection, brand, price range and attribute', async () => {
    expect(await slugs({ collection: 'kitchen-essentials' })).toEqual(['bamboo-cutting-board', 'cast-iron-skillet', 'chef-knife-8-inch', 'french-press-1l']);
    expect(await slugs({ brands: ['stride'] })).toEqual(['everyday-sneakers', 'rain-shell-jacket', 'trail-running-shoes']);
    expect(await slugs({ priceMin: 1600, priceMax: 1900 })).toEqual(['classic-white-tee', 'cotton-socks-3-pack', 'heather-grey-tee']);
    expect(await slugs({ attributes: { Material: ['Linen', 'French linen'] } })).toEqual(['linen-duvet-cover', 'linen-summer-shirt']);
  });

  it('requires one and the same variant to have the chosen options and be in stock', async () => {
    expect(await slugs({ options: { Size: ['XS'] } })).toEqual(expect.arrayContaining(['classic-white-tee', 'heather-grey-tee']));
    const inStock = await slugs({ options: { Size: ['XS'] }, inStockOnly: true });
    expect(inStock).toContain('heather-grey-tee');
    expect(inStock).not.toContain('classic-white-tee');
  });

  /** Every facet count must equal the number of results picking that value would give. */
  async function expectExactCounts(filters: SearchFilters, terms: string[] = []) {
    const facets: SearchFacets = await searchFacets(database.db, { terms, currency: USD, filters });
    const checks: Array<[string, number, number]> = [];
    for (const brand of facets.brands) checks.push([`brand ${brand.slug}`, brand.count, await total({ ...filters, brands: [brand.slug] }, terms)]);
    for (const category of facets.categories) checks.push([`category ${category.slug}`, category.count, await total({ ...filters, category: category.slug }, terms)]);
    for (const bucket of facets.prices) checks.push([`price ${bucket.from}`, bucket.count, await total({ ...filters, priceMin: bucket.from, priceMax: bucket.to - 1 }, terms)]);
    for (const option of facets.options) {
      for (const { value, count } of option.values) checks.push([`option ${option.name}=${value}`, count, await total({ ...filters, options: { ...filters.options, [option.name]: [value] } }, terms)]);
    }
    for (const attribute of facets.attributes) {
      for (const { value, count } of attribute.values) checks.push([`attribute ${attribute.name}=${value}`, count, await total({ ...filters, attributes: { ...filters.attributes, [attribute.name]: [value] } }, terms)]);
    }
    expect(checks.length).toBeGreaterThan(3);
    for (const [label, count, actual] of checks) expect(count, label).toBe(actual);
  }

  it('counts exactly with no filters', () => expectExactCounts({}));
  it('counts exactly within a category', () => expectExactCounts({ category: 'clothing' }));
  it('counts exactly with a brand and a size chosen', () => expectExactCounts({ brands: ['northfield'], options: { Size: ['M'] } }));
  it('counts exactly for in-stock apparel with an attribute and a text search', () =>
    expectExactCounts({ inStockOnly: true, attributes: { Material: ['Organic cotton'] }, options: { Size: ['XS', 'S'] } }, ['cotton']));
  it('counts exactly within a price range', () => expectExactCounts({ priceMin: 2000, priceMax: 9000 }));

  it('offers price buckets that cover every matching product', async () => {
    const facets = await searchFacets(database.db, { terms: [], currency: USD, filters: {} });
    expect(facets.prices.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(await total({}));
  });
});
