import { demo, outcome, UNKNOWN_ID, useAdminHarness } from './catalog-admin.harness.test';
import { MAX_VARIANT_LOOKUP } from './catalog.inputs';

describe('catalog.variants.lookup', () => {
  const { as, service } = useAdminHarness();

  it('tells a cart the facts of each variant, once each, in the order asked, without unknown ids', async () => {
    const tee = demo.variant('CLASSIC-WHITE-TEE-M');
    const skillet = demo.variant('CAST-IRON-SKILLET');
    const { variants } = await service().variants.lookup({ variantIds: [tee, UNKNOWN_ID, skillet, tee], currency: 'EUR' });
    expect(variants).toEqual([
      {
        variantId: tee,
        productId: demo.product('classic-white-tee'),
        productSlug: 'classic-white-tee',
        sku: 'CLASSIC-WHITE-TEE-M',
        title: 'Classic White Tee',
        options: { Size: 'M' },
        variantStatus: 'active',
        productStatus: 'active',
        price: { amount: 1800, currency: 'EUR' },
        compareAtPrice: null,
        categoryIds: [demo.category('clothing'), demo.category('tops'), demo.category('t-shirts')].sort(),
        taxClass: 'standard',
        weightGrams: 400,
        image: { url: '/media/demo/classic-white-tee.svg', alt: 'Classic White Tee' },
      },
      expect.objectContaining({ variantId: skillet, options: {}, categoryIds: [demo.category('home'), demo.category('kitchen'), demo.category('cookware')].sort() }),
    ]);
  });

  it('answers a draft product, an archived variant and a missing price with what changed, not an error', async () => {
    const { id } = await as('staff').products.create({ slug: 'reading-lamp', title: 'Reading Lamp', taxClass: 'reduced', variants: [{ sku: 'LAMP', prices: [{ currency: 'USD', amount: 4000 }] }] });
    const lamp = (await as('staff').products.get({ id })).variants[0]!.id;
    await as('staff').variants.setStatus({ id: demo.variant('CLASSIC-WHITE-TEE-L'), status: 'archived' });

    const { variants } = await service().variants.lookup({ variantIds: [lamp, demo.variant('CLASSIC-WHITE-TEE-L')], currency: 'USD' });
    expect(variants.map((variant) => [variant.sku, variant.productStatus, variant.variantStatus, variant.price, variant.taxClass])).toEqual([
      ['LAMP', 'draft', 'active', { amount: 4000, currency: 'USD' }, 'reduced'],
      ['CLASSIC-WHITE-TEE-L', 'active', 'archived', { amount: 1900, currency: 'USD' }, 'standard'],
    ]);
    expect((await service().variants.lookup({ variantIds: [lamp], currency: 'EUR' })).variants[0]?.price).toBeNull();
  });

  it('refuses more than the most a lookup answers, malformed ids and a missing or bad currency', async () => {
    const tooMany = Array.from({ length: MAX_VARIANT_LOOKUP + 1 }, () => demo.variant('CLASSIC-WHITE-TEE-M'));
    expect(await outcome(service().variants.lookup({ variantIds: tooMany, currency: 'USD' }))).toMatchObject({ code: 'BAD_REQUEST', fields: ['variantIds'] });
    expect((await outcome(service().variants.lookup({ variantIds: tooMany.slice(0, MAX_VARIANT_LOOKUP), currency: 'USD' }))).code).toBe('OK');
    expect(await outcome(service().variants.lookup({ variantIds: [], currency: 'USD' }))).toMatchObject({ code: 'BAD_REQUEST', fields: ['variantIds'] });
    expect(await outcome(service().variants.lookup({ variantIds: ['not-a-uuid'], currency: 'USD' }))).toMatchObject({ code: 'BAD_REQUEST', fields: ['variantIds.0'] });
    // @ts-expect-error: a cart always names its currency
    expect(await outcome(service().variants.lookup({ variantIds: [UNKNOWN_ID] }))).toMatchObject({ code: 'BAD_REQUEST', fields: ['currency'] });
    expect(await outcome(service().variants.lookup({ variantIds: [UNKNOWN_ID], currency: 'usd' }))).toMatchObject({ code: 'BAD_REQUEST', fields: ['currency'] });
  });
});

describe('catalog.variants.lookup from outside', () => {
  const { shopper } = useAdminHarness();

  it('is for other services only: a browser cannot read draft products through it', async () => {
    const result = await outcome(shopper().variants.lookup({ variantIds: [demo.variant('CAST-IRON-SKILLET')], currency: 'USD' }));
    expect(result.code).toBe('FORBIDDEN');
  });
});
