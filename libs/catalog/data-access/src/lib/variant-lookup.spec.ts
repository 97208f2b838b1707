import { inject } from 'vitest';
import type { CurrencyCode } from '@emporium/money';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { catalogMigrationSet } from './catalog.migrations';
import { catalogDb } from './catalog.tables';
import { demoId, seedDemoCatalog } from './seed';
import { lookupVariantsForCart } from './variant-lookup';

const USD = 'USD' as CurrencyCode;
const GBP = 'GBP' as CurrencyCode;
const category = (slug: string) => demoId(`category:${slug}`);
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('variant lookup for carts', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [catalogMigrationSet]);
    await seedDemoCatalog(database.db);
  });
  afterEach(() => database.destroy());

  it('describes an active variant: product, options, price, categories with ancestors, tax class, weight, image', async () => {
    const [tee] = await lookupVariantsForCart(database.db, [demoId('CLASSIC-WHITE-TEE-M')], USD);
    expect(tee).toEqual({
      variantId: demoId('CLASSIC-WHITE-TEE-M'),
      productId: demoId('classic-white-tee'),
      productSlug: 'classic-white-tee',
      sku: 'CLASSIC-WHITE-TEE-M',
      title: 'Classic White Tee',
      options: { Size: 'M' },
      variantStatus: 'active',
      productStatus: 'active',
      price: { amount: 1900, currency: 'USD' },
      compareAtPrice: null,
      categoryIds: [category('clothing'), category('tops'), category('t-shirts')].sort(),
      taxClass: 'standard',
      weightGrams: 400,
      image: { url: '/media/demo/classic-white-tee.svg', alt: 'Classic White Tee' },
    });
  });

  it('keeps the options in the product’s option order and gives an empty map to a product without options', async () => {
    const tee = demoId('classic-white-tee');
    const catalog = catalogDb(database.db);
    const { id: optionId } = await catalog.insertInto('product_option').values({ product_id: tee, name: 'Colour', position: 1 }).returning('id').executeTakeFirstOrThrow();
    const { id: valueId } = await catalog.insertInto('option_value').values({ option_id: optionId, value: 'White' }).returning('id').executeTakeFirstOrThrow();
    await catalog.insertInto('variant_option_value').values({ variant_id: demoId('CLASSIC-WHITE-TEE-M'), option_value_id: valueId }).execute();
    await catalog.updateTable('product_option').set({ position: 2 }).where('product_id', '=', tee).where('name', '=', 'Size').execute();

    const [colouredTee, skillet] = await lookupVariantsForCart(database.db, [demoId('CLASSIC-WHITE-TEE-M'), demoId('CAST-IRON-SKILLET')], USD);
    expect(Object.entries(colouredTee?.options ?? {})).toEqual([
      ['Colour', 'White'],
      ['Size', 'M'],
    ]);
    expect(skillet?.options).toEqual({});
  });

  it('answers archived variants and draft or archived products with their status, for the cart to refuse', async () => {
    const catalog = catalogDb(database.db);
    await catalog.updateTable('variant').set({ status: 'archived' }).where('sku', '=', 'CLASSIC-WHITE-TEE-L').execute();
    await catalog.updateTable('product').set({ status: 'draft' }).where('slug', '=', 'wool-beanie').execute();
    await catalog.updateTable('product').set({ status: 'archived' }).where('slug', '=', 'silk-scarf').execute();

    const found = await lookupVariantsForCart(database.db, [demoId('CLASSIC-WHITE-TEE-L'), demoId('WOOL-BEANIE'), demoId('SILK-SCARF')], USD);
    expect(found.map((variant) => [variant.sku, variant.variantStatus, variant.productStatus, variant.price?.amount])).toEqual([
      ['CLASSIC-WHITE-TEE-L', 'archived', 'active', 1900],
      ['WOOL-BEANIE', 'active', 'draft', 2800],
      ['SILK-SCARF', 'active', 'archived', 6500],
    ]);
  });

  it('gives no price in a currency the variant is not priced in, never a converted one', async () => {
    const [tee] = await lookupVariantsForCart(database.db, [demoId('CLASSIC-WHITE-TEE-M')], GBP);
    expect(tee).toMatchObject({ sku: 'CLASSIC-WHITE-TEE-M', price: null, compareAtPrice: null });
  });

  it('gives the compare-at price in the currency asked for, as numbers', async () => {
    await catalogDb(database.db).updateTable('price').set({ compare_at_amount: 2400 }).where('variant_id', '=', demoId('CLASSIC-WHITE-TEE-M')).where('currency', '=', 'USD').execute();
    const [tee] = await lookupVariantsForCart(database.db, [demoId('CLASSIC-WHITE-TEE-M')], USD);
    expect(tee).toMatchObject({ price: { amount: 1900, currency: 'USD' }, compareAtPrice: { amount: 2400, currency: 'USD' } });
  });

  it('answers each variant once, in the order first asked, and leaves out ids of no variant', async () => {
    const mug = demoId('STONEWARE-MUG');
    const tee = demoId('CLASSIC-WHITE-TEE-S');
    const found = await lookupVariantsForCart(database.db, [mug, UNKNOWN_ID, tee, mug, tee], USD);
    expect(found.map((variant) => variant.variantId)).toEqual([mug, tee]);
    expect(await lookupVariantsForCart(database.db, [UNKNOWN_ID], USD)).toEqual([]);
    expect(await lookupVariantsForCart(database.db, [], USD)).toEqual([]);
  });

  it('follows the product’s first image by position and its tax class, and has no image for a product without one', async () => {
    const catalog = catalogDb(database.db);
    const mug = demoId('stoneware-mug');
    await catalog.insertInto('product_image').values({ product_id: mug, url: '/media/mug-front.svg', alt: 'Front', position: -1 }).execute();
    await catalog.updateTable('product').set({ tax_class: 'reduced' }).where('id', '=', mug).execute();
    await catalog.deleteFrom('product_image').where('product_id', '=', demoId('silk-scarf')).execute();

    const [mugVariant, scarf] = await lookupVariantsForCart(database.db, [demoId('STONEWARE-MUG'), demoId('SILK-SCARF')], USD);
    expect(mugVariant).toMatchObject({ image: { url: '/media/mug-front.svg', alt: 'Front' }, taxClass: 'reduced' });
    expect(scarf?.image).toBeNull();
  });

  it('reads every variant in one statement, however many are asked for', async () => {
    const ids = (await catalogDb(database.db).selectFrom('variant').select('id').execute()).map((row) => row.id);
    expect(ids.length).toBeGreaterThan(50);
    let statements = 0;
    const counted = database.db.withPlugin({
      transformQuery: ({ node }) => {
        statements += 1;
        return node;
      },
      transformResult: async ({ result }) => result,
    });
    expect(await lookupVariantsForCart(counted, ids, USD)).toHaveLength(ids.length);
    expect(statements).toBe(1);
  });
});
