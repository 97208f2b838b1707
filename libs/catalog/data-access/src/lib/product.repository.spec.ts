import { inject } from 'vitest';
import type { CurrencyCode } from '@emporium/money';
import { inTransaction } from '@emporium/platform-db';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { catalogMigrationSet } from './catalog.migrations';
import { catalogDb } from './catalog.tables';
import { DEMO_PRODUCTS } from './demo-catalog';
import { findActiveProductBySlug, InvalidCursorError, listActiveProducts } from './product.repository';
import { insertProduct } from './product-writer';
import { refreshListingEntries } from './read-models';
import { seedDemoCatalog } from './seed';

const USD = 'USD' as CurrencyCode;
const EUR = 'EUR' as CurrencyCode;

describe('catalog products', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [catalogMigrationSet]);
  });
  afterEach(() => database.destroy());

  describe('demo seed', () => {
    it('loads the same catalog, with the same ids, every time', async () => {
      expect(await seedDemoCatalog(database.db)).toEqual({ inserted: DEMO_PRODUCTS.length });
      const first = await listActiveProducts(database.db, { limit: 100, currency: USD });
      const other = await createTestDatabase(inject('pgAdminUrl'), [catalogMigrationSet]);
      try {
        await seedDemoCatalog(other.db);
        expect(await listActiveProducts(other.db, { limit: 100, currency: USD })).toEqual(first);
      } finally {
        await other.destroy();
      }
    });

    it('leaves a catalog that has products alone, even when seeded concurrently', async () => {
      const results = await Promise.all([seedDemoCatalog(database.db), seedDemoCatalog(database.db), seedDemoCatalog(database.db)]);
      expect(results.map((result) => result.inserted).sort()).toEqual([0, 0, DEMO_PRODUCTS.length]);
      await catalogDb(database.db).deleteFrom('product').where('slug', '=', 'silk-scarf').execute();
      expect(await seedDemoCatalog(database.db)).toEqual({ inserted: 0 });
      expect(await findActiveProductBySlug(database.db, 'silk-scarf', USD)).toBeNull();
    });
  });

  describe('listing', () => {
    beforeEach(() => seedDemoCatalog(database.db));

    it('hides drafts and archived products from shoppers', async () => {
      await catalogDb(database.db).updateTable('product').set({ status: 'draft' }).where('slug', '=', 'wool-beanie').execute();
      await catalogDb(database.db).updateTable('product').set({ status: 'archived' }).where('slug', '=', 'silk-scarf').execute();
      // Status changes go through changeProductStatus, which refreshes the listing entries; here, by hand.
      const changed = await catalogDb(database.db).selectFrom('product').select('id').where('slug', 'in', ['wool-beanie', 'silk-scarf']).execute();
      await inTransaction(database.db, (trx) => refreshListingEntries(trx, changed.map((row) => row.id)));
      const page = await listActiveProducts(database.db, { limit: 100, currency: USD });
      expect(page.items.map((item) => item.slug)).not.toContain('wool-beanie');
      expect(page.items).toHaveLength(DEMO_PRODUCTS.length - 2);
      expect(await findActiveProductBySlug(database.db, 'wool-beanie', USD)).toBeNull();
    });

    it('prices every product in the requested currency and leaves out those without a price in it', async () => {
      const usd = await listActiveProducts(database.db, { limit: 100, currency: USD });
      const eur = await listActiveProducts(database.db, { limit: 100, currency: EUR });
      expect(eur.items.map((item) => item.slug)).toEqual(usd.items.map((item) => item.slug));
      const tee = eur.items.find((item) => item.slug === 'classic-white-tee');
      expect(tee?.price).toEqual({ amount: 1800, currency: 'EUR' });
      expect((await listActiveProducts(database.db, { limit: 100, currency: 'JPY' as CurrencyCode })).items).toEqual([]);
    });

    it('keeps pages stable when products are added between requests', async () => {
      const first = await listActiveProducts(database.db, { limit: 5, currency: USD });
      await inTransaction(database.db, (trx) =>
        insertProduct(trx, {
          slug: 'aaa-first',
          title: 'AAA First',
          status: 'active',
          options: [],
          variants: [{ sku: 'AAA-1', optionValues: {}, prices: [{ currency: 'USD', amount: 100 }] }],
        }),
      );
      const second = await listActiveProducts(database.db, { limit: 5, cursor: first.nextCursor!, currency: USD });
      const titles = [...first.items, ...second.items].map((item) => item.title);
      expect(new Set(titles).size).toBe(10);
      expect(titles).not.toContain('AAA First');
      expect(second.items[0]!.title > first.items.at(-1)!.title).toBe(true);
    });

    it('finds products whose title or description holds every word, case-insensitively', async () => {
      const page = await listActiveProducts(database.db, { limit: 100, q: 'LINEN  cover', currency: USD });
      expect(page.items.map((item) => item.slug)).toEqual(['linen-duvet-cover']);
      const all = await listActiveProducts(database.db, { limit: 100, q: 'tee', currency: USD });
      expect(all.items.map((item) => item.slug)).toEqual(expect.arrayContaining(['classic-white-tee', 'heather-grey-tee']));
      const first = await listActiveProducts(database.db, { limit: 1, q: 'tee', currency: USD });
      const rest = await listActiveProducts(database.db, { limit: 100, q: 'tee', cursor: first.nextCursor!, currency: USD });
      expect([...first.items, ...rest.items]).toEqual(all.items);
    });

    it('treats LIKE wildcards in a search as plain characters', async () => {
      expect((await listActiveProducts(database.db, { limit: 100, q: '%', currency: USD })).items).toEqual([]);
      expect((await listActiveProducts(database.db, { limit: 100, q: '_', currency: USD })).items).toEqual([]);
    });

    it('ends with a null cursor', async () => {
      const page = await listActiveProducts(database.db, { limit: DEMO_PRODUCTS.length, currency: USD });
      expect(page.nextCursor).toBeNull();
    });

    it('refuses a cursor it did not produce', async () => {
      await expect(listActiveProducts(database.db, { limit: 5, cursor: 'bm9wZQ', currency: USD })).rejects.toThrow(InvalidCursorError);
    });

    it('says a product is out of stock only when none of its active variants is', async () => {
      const variants = catalogDb(database.db).selectFrom('variant').innerJoin('product', 'product.id', 'variant.product_id').select('variant.id').where('product.slug', '=', 'wool-beanie');
      await catalogDb(database.db).insertInto('variant_availability').columns(['variant_id', 'in_stock']).expression(variants.select((eb) => eb.val(false).as('in_stock'))).execute();
      const beanie = await catalogDb(database.db).selectFrom('product').select('id').where('slug', '=', 'wool-beanie').executeTakeFirstOrThrow();
      await inTransaction(database.db, (trx) => refreshListingEntries(trx, [beanie.id]));
      const page = await listActiveProducts(database.db, { limit: 100, currency: USD });
      expect(page.items.find((item) => item.slug === 'wool-beanie')?.inStock).toBe(false);
      expect(page.items.find((item) => item.slug === 'classic-white-tee')?.inStock).toBe(true);
    });

    it('ranges prices over active variants only', async () => {
      const product = await findActiveProductBySlug(database.db, 'classic-white-tee', USD);
      const [xs] = product!.variants;
      await catalogDb(database.db).updateTable('price').set({ amount: 2500 }).where('variant_id', '=', xs!.id).where('currency', '=', 'USD').execute();
      await inTransaction(database.db, (trx) => refreshListingEntries(trx, [product!.id]));
      let summary = (await listActiveProducts(database.db, { limit: 100, currency: USD })).items.find((item) => item.slug === 'classic-white-tee');
      expect([summary?.price.amount, summary?.maxPrice.amount]).toEqual([1900, 2500]);
      await catalogDb(database.db).updateTable('variant').set({ status: 'archived' }).where('id', '=', xs!.id).execute();
      await inTransaction(database.db, (trx) => refreshListingEntries(trx, [product!.id]));
      summary = (await listActiveProducts(database.db, { limit: 100, currency: USD })).items.find((item) => item.slug === 'classic-white-tee');
      expect([summary?.price.amount, summary?.maxPrice.amount]).toEqual([1900, 1900]);
    });
  });

  describe('product page', () => {
    beforeEach(() => seedDemoCatalog(database.db));

    it('returns variants by option, prices in the currency, stock, images, breadcrumb and attributes', async () => {
      const product = await findActiveProductBySlug(database.db, 'classic-white-tee', EUR);
      expect(product).toMatchObject({
        title: 'Classic White Tee',
        brand: 'Northfield',
        price: { amount: 1800, currency: 'EUR' },
        image: { url: '/media/demo/classic-white-tee.svg', alt: 'Classic White Tee' },
        options: [{ name: 'Size', values: ['XS', 'S', 'M', 'L', 'XL'] }],
        breadcrumb: [
          { slug: 'clothing', name: 'Clothing' },
          { slug: 'tops', name: 'Tops' },
          { slug: 't-shirts', name: 'T-shirts' },
        ],
        attributes: [{ name: 'Material', values: ['Organic cotton'] }],
      });
      expect(product!.variants.map((variant) => [variant.sku, variant.options, variant.inStock])).toEqual([
        ['CLASSIC-WHITE-TEE-XS', { Size: 'XS' }, false],
        ['CLASSIC-WHITE-TEE-S', { Size: 'S' }, true],
        ['CLASSIC-WHITE-TEE-M', { Size: 'M' }, true],
        ['CLASSIC-WHITE-TEE-L', { Size: 'L' }, true],
        ['CLASSIC-WHITE-TEE-XL', { Size: 'XL' }, true],
      ]);
      expect(product!.variants.every((variant) => variant.price?.currency === 'EUR')).toBe(true);
    });

    it('shows a product without options as one variant', async () => {
      const product = await findActiveProductBySlug(database.db, 'stoneware-mug', USD);
      expect(product?.options).toEqual([]);
      expect(product?.variants).toEqual([expect.objectContaining({ sku: 'STONEWARE-MUG', options: {}, price: { amount: 2200, currency: 'USD' }, inStock: true })]);
    });
  });
});
