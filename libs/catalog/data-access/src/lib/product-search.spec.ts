import { inject } from 'vitest';
import type { CurrencyCode } from '@emporium/money';
import { parseSearchText } from '@emporium/catalog-domain';
import { inTransaction } from '@emporium/platform-db';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { catalogMigrationSet } from './catalog.migrations';
import { DEMO_PRODUCTS } from './demo-catalog';
import { InvalidCursorError } from './product.repository';
import { searchProducts, type SearchOptions } from './product-search';
import { insertProduct } from './product-writer';
import type { SearchSort } from './search-cursor';
import { seedDemoCatalog } from './seed';

const USD = 'USD' as CurrencyCode;

describe('product search', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [catalogMigrationSet]);
    await seedDemoCatalog(database.db);
    await inTransaction(database.db, async (trx) => {
      // Two products that both mention "espresso": one in its title, one only in its description.
      await insertProduct(trx, {
        slug: 'description-espresso', title: 'Aaa Cup Rack', description: 'Holds six espresso cups.', status: 'active',
        options: [], variants: [{ sku: 'RACK-1', optionValues: {}, prices: [{ currency: 'USD', amount: 1500 }] }],
      });
      await insertProduct(trx, {
        slug: 'title-espresso', title: 'Zzz Espresso Cups', description: 'Set of two.', status: 'active',
        options: [], variants: [{ sku: 'CUPS-1', optionValues: {}, prices: [{ currency: 'USD', amount: 1600 }] }],
      });
      await insertProduct(trx, {
        slug: 'creme-brulee-set', title: 'Crème Brûlée Set', description: 'Four ramekins and a torch.', status: 'active',
        options: [], variants: [{ sku: 'CREME-1', optionValues: {}, prices: [{ currency: 'USD', amount: 3900 }] }],
      });
    });
  });
  afterAll(() => database.destroy());

  const search = (text: string, extra: Partial<SearchOptions> = {}) =>
    searchProducts(database.db, { terms: parseSearchText(text).terms, currency: USD, sort: 'relevance', limit: 20, ...extra });
  const slugs = async (text: string, extra: Partial<SearchOptions> = {}) => (await search(text, extra)).items.map((item) => item.slug);

  it('ranks a title match above a description match', async () => {
    expect(await slugs('espresso')).toEqual(['title-espresso', 'description-espresso']);
  });

  it('stems English words and ignores accents', async () => {
    expect(await slugs('mugs')).toContain('stoneware-mug');
    expect(await slugs('creme brulee')).toEqual(['creme-brulee-set']);
    expect(await slugs('CRÈME')).toEqual(['creme-brulee-set']);
  });

  it('finds products by brand, attribute and category words', async () => {
    expect(await slugs('hearth skillet')).toEqual(['cast-iron-skillet']);
    expect(await slugs('merino')).toEqual(['merino-crew-sweater']);
    expect((await slugs('knitwear')).sort()).toEqual(['merino-crew-sweater', 'organic-hoodie']);
  });

  it('tolerates typos and says what it searched for instead', async () => {
    const shoes = await search('sheos');
    expect(shoes.correctedQuery).toBe('shoes');
    expect(shoes.items.map((item) => item.slug).sort()).toEqual(['everyday-sneakers', 'trail-running-shoes']);
    const tees = await search('tshirt');
    expect(tees.items.map((item) => item.slug)).toEqual(expect.arrayContaining(['classic-white-tee', 'heather-grey-tee']));
  });

  it('answers nothing, without a correction, when nothing is close', async () => {
    expect(await search('zzzqqqxxx')).toMatchObject({ items: [], total: 0, correctedQuery: null });
  });

  it.each([["' OR 1=1 --"], ['a & b | !c'], ['shoe:*'], ['\\'], ['(<->)'], ['"unterminated'], ['%_%'], [''], ['   ']])(
    'treats %j as text and never fails',
    async (text) => {
      await expect(search(text)).resolves.toMatchObject({ items: expect.any(Array) });
    },
  );

  it.each<SearchSort>(['relevance', 'price-asc', 'price-desc', 'newest'])('pages through every match exactly once when sorted by %s', async (sort) => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await search('', { sort, limit: 7, cursor });
      seen.push(...page.items.map((item) => item.slug));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(DEMO_PRODUCTS.length + 3);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('orders by price both ways', async () => {
    const ascending = (await search('', { sort: 'price-asc', limit: 100 })).items.map((item) => item.price.amount);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    const descending = (await search('', { sort: 'price-desc', limit: 100 })).items.map((item) => item.price.amount);
    expect(descending).toEqual([...ascending].reverse());
  });

  it('counts all matches, not just the page', async () => {
    const page = await search('', { limit: 5 });
    expect(page.items).toHaveLength(5);
    expect(page.total).toBe(DEMO_PRODUCTS.length + 3);
  });

  it('refuses a cursor made for another sort', async () => {
    const page = await search('', { sort: 'price-asc', limit: 5 });
    await expect(search('', { sort: 'newest', limit: 5, cursor: page.nextCursor! })).rejects.toThrow(InvalidCursorError);
  });
});
