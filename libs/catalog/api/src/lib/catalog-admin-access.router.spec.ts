import { demo, outcome, useAdminHarness } from './catalog-admin.harness.test';

describe('who may manage the catalog', () => {
  const { as, fingerprint } = useAdminHarness();
  const tee = demo.product('classic-white-tee');
  const teeM = demo.variant('CLASSIC-WHITE-TEE-M');
  const tableware = demo.category('tableware');
  const essentials = demo.collection('kitchen-essentials');

  /** One well-formed call of every staff procedure added for the product editor, as the given caller. */
  const everyProcedure = (admin: ReturnType<typeof as>) => ({
    'products.get': () => admin.products.get({ id: tee }),
    'products.update': () => admin.products.update({ id: tee, title: 'Hijacked' }),
    'options.add': () => admin.options.add({ productId: tee, name: 'Colour', values: ['Red'] }),
    'options.rename': () => admin.options.rename({ id: tee, name: 'X' }),
    'options.remove': () => admin.options.remove({ id: tee }),
    'options.setValues': () => admin.options.setValues({ id: tee, values: [{ value: 'X' }] }),
    'variants.create': () => admin.variants.create({ productId: tee, sku: 'HIJACK', optionValues: { Size: 'M' } }),
    'variants.update': () => admin.variants.update({ id: teeM, sku: 'HIJACK' }),
    'variants.setStatus': () => admin.variants.setStatus({ id: teeM, status: 'archived' }),
    'variants.setPrice': () => admin.variants.setPrice({ variantId: teeM, currency: 'USD', amount: 1 }),
    'variants.removePrice': () => admin.variants.removePrice({ variantId: teeM, currency: 'EUR' }),
    'images.add': () => admin.images.add({ productId: tee, url: '/x.jpg' }),
    'images.update': () => admin.images.update({ id: tee, alt: 'x' }),
    'images.reorder': () => admin.images.reorder({ productId: tee, imageIds: [] }),
    'images.remove': () => admin.images.remove({ id: tee }),
    'brands.list': () => admin.brands.list(),
    'categories.tree': () => admin.categories.tree(),
    'categories.update': () => admin.categories.update({ id: tableware, name: 'Hijacked' }),
    'categories.delete': () => admin.categories.delete({ id: tableware }),
    'collections.list': () => admin.collections.list(),
    'collections.get': () => admin.collections.get({ id: essentials }),
    'collections.create': () => admin.collections.create({ slug: 'hijacked', title: 'Hijacked' }),
    'collections.update': () => admin.collections.update({ id: essentials, title: 'Hijacked' }),
    'collections.delete': () => admin.collections.delete({ id: essentials }),
    'collections.setProducts': () => admin.collections.setProducts({ id: essentials, productIds: [] }),
    'collections.addProduct': () => admin.collections.addProduct({ id: essentials, productId: tee }),
    'collections.removeProduct': () => admin.collections.removeProduct({ id: essentials, productId: tee }),
  });

  it('refuses anonymous callers and customers everything, and nothing changes', async () => {
    const before = await fingerprint();
    for (const [role, code] of [
      [null, 'UNAUTHORIZED'],
      ['customer', 'FORBIDDEN'],
    ] as const) {
      for (const [name, call] of Object.entries(everyProcedure(as(role)))) {
        expect({ name, code: (await outcome(call())).code }).toEqual({ name, code });
      }
    }
    expect(await fingerprint()).toBe(before);
  });

  it('refuses them before looking at the input', async () => {
    expect((await outcome(as(null).products.update({ id: 'not-a-uuid' } as never))).code).toBe('UNAUTHORIZED');
    expect((await outcome(as('customer').collections.create({} as never))).code).toBe('FORBIDDEN');
  });

  it('lets staff and admins in', async () => {
    expect((await as('staff').products.get({ id: tee })).slug).toBe('classic-white-tee');
    expect(await as('admin').collections.list()).toHaveLength(2);
    expect((await as('staff').brands.list()).map((brand) => brand.slug)).toEqual(['field-goods', 'hearth', 'loom-and-co', 'northfield', 'stride']);
  });
});
