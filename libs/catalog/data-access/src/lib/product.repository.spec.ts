import { inject } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { catalogMigrationSet } from './catalog.migrations';
import { catalogDb } from './catalog.tables';
import { DEMO_PRODUCTS } from './demo-catalog';
import { findActiveProductBySlug, InvalidCursorError, listActiveProducts } from './product.repository';
import { seedDemoCatalog } from './seed';

describe('catalog products', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [catalogMigrationSet]);
  });
  afterEach(() => database.destroy());

  describe('demo seed', () => {
    it('loads the same catalog, with the same ids, every time', async () => {
      expect(await seedDemoCatalog(database.db)).toEqual({ inserted: DEMO_PRODUCTS.length });
      const first = await listActiveProducts(database.db, { limit: 100 });
      const other = await createTestDatabase(inject('pgAdminUrl'), [catalogMigrationSet]);
      try {
        await seedDemoCatalog(other.db);
        expect(await listActiveProducts(other.db, { limit: 100 })).toEqual(first);
      } finally {
        await other.destroy();
      }
    });

    it('leaves a catalog that has products alone, even when seeded concurrently', async () => {
      const results = await Promise.all([seedDemoCatalog(database.db), seedDemoCatalog(database.db), seedDemoCatalog(database.db)]);
      expect(results.map((result) => result.inserted).sort()).toEqual([0, 0, DEMO_PRODUCTS.length]);
      await catalogDb(database.db).deleteFrom('product').where('slug', '=', 'silk-scarf').execute();
      expect(await seedDemoCatalog(database.db)).toEqual({ inserted: 0 });
      expect(await findActiveProductBySlug(database.db, 'silk-scarf')).toBeNull();
    });
  });

  describe('listing', () => {
    beforeEach(() => seedDemoCatalog(database.db));

    it('hides drafts and archived products from shoppers', async () => {
      await catalogDb(database.db).updateTable('product').set({ status: 'draft' }).where('slug', '=', 'wool-beanie').execute();
      await catalogDb(database.db).updateTable('product').set({ status: 'archived' }).where('slug', '=', 'silk-scarf').execute();
      const page = await listActiveProducts(database.db, { limit: 100 });
      expect(page.items.map((item) => item.slug)).not.toContain('wool-beanie');
      expect(page.items).toHaveLength(DEMO_PRODUCTS.length - 2);
      expect(await findActiveProductBySlug(database.db, 'wool-beanie')).toBeNull();
    });

    it('keeps pages stable when products are added between requests', async () => {
      const first = await listActiveProducts(database.db, { limit: 5 });
      await catalogDb(database.db)
        .insertInto('product')
        .values({ slug: 'aaa-first', title: 'AAA First', status: 'active', price_amount: 100, price_currency: 'USD' })
        .execute();
      const second = await listActiveProducts(database.db, { limit: 5, cursor: first.nextCursor! });
      const titles = [...first.items, ...second.items].map((item) => item.title);
      expect(new Set(titles).size).toBe(10);
      expect(titles).not.toContain('AAA First');
      expect(second.items[0]!.title > first.items.at(-1)!.title).toBe(true);
    });

    it('finds products whose title or description holds every word, case-insensitively', async () => {
      const page = await listActiveProducts(database.db, { limit: 100, q: 'LINEN  cover' });
      expect(page.items.map((item) => item.slug)).toEqual(['linen-duvet-cover']);
      const all = await listActiveProducts(database.db, { limit: 100, q: 'tee' });
      expect(all.items.map((item) => item.slug)).toEqual(expect.arrayContaining(['classic-white-tee', 'heather-grey-tee']));
      const first = await listActiveProducts(database.db, { limit: 1, q: 'tee' });
      const rest = await listActiveProducts(database.db, { limit: 100, q: 'tee', cursor: first.nextCursor! });
      expect([...first.items, ...rest.items]).toEqual(all.items);
    });

    it('treats LIKE wildcards in a search as plain characters', async () => {
      expect((await listActiveProducts(database.db, { limit: 100, q: '%' })).items).toEqual([]);
      expect((await listActiveProducts(database.db, { limit: 100, q: '_' })).items).toEqual([]);
    });

    it('ends with a null cursor', async () => {
      const page = await listActiveProducts(database.db, { limit: DEMO_PRODUCTS.length });
      expect(page.nextCursor).toBeNull();
    });

    it('refuses a cursor it did not produce', async () => {
      await expect(listActiveProducts(database.db, { limit: 5, cursor: 'bm9wZQ' })).rejects.toThrow(InvalidCursorError);
    });

    it('returns a product with its price in minor units and its image', async () => {
      const product = await findActiveProductBySlug(database.db, 'classic-white-tee');
      expect(product).toMatchObject({
        title: 'Classic White Tee',
        price: { amount: 1900, currency: 'USD' },
        image: { url: '/media/demo/classic-white-tee.svg', alt: 'Classic White Tee' },
      });
      expect(product?.description.length).toBeGreaterThan(10);
    });
  });
});
