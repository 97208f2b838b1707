import { demo, outcome, UNKNOWN_ID, useAdminHarness } from './catalog-admin.harness.test';

describe('staff product editor: get and update', () => {
  const { as, shopper, fingerprint } = useAdminHarness();
  const tee = demo.product('classic-white-tee');

  it('gets everything the editor needs, whatever the status', async () => {
    const product = await as('staff').products.get({ id: tee });
    expect(product).toMatchObject({
      id: tee,
      slug: 'classic-white-tee',
      title: 'Classic White Tee',
      status: 'active',
      nextStatuses: ['archived', 'draft'],
      publishBlockers: [],
      brand: { slug: 'northfield', name: 'Northfield' },
      seoTitle: null,
      categoryIds: [demo.category('t-shirts')],
      collectionIds: [],
      attributes: [{ name: 'Material', value: 'Organic cotton' }],
      images: [{ url: '/media/demo/classic-white-tee.svg', alt: 'Classic White Tee', position: 0 }],
    });
    expect(product.options).toEqual([{ id: expect.any(String), name: 'Size', position: 0, values: ['XS', 'S', 'M', 'L', 'XL'].map((value, position) => ({ id: expect.any(String), value, position })) }]);
    expect(product.variants).toHaveLength(5);
    expect(product.variants[2]).toEqual({
      id: demo.variant('CLASSIC-WHITE-TEE-M'),
      sku: 'CLASSIC-WHITE-TEE-M',
      barcode: null,
      weightGrams: 400,
      status: 'active',
      position: 2,
      optionValues: { Size: 'M' },
      prices: [
        { currency: 'EUR', amount: 1800, compareAtAmount: null },
        { currency: 'USD', amount: 1900, compareAtAmount: null },
      ],
      inStock: true,
    });
    expect(product.images[0]?.id).toEqual(expect.any(String));

    const { id: draft } = await as('staff').products.create({ slug: 'plain-draft', title: 'Plain Draft', variants: [{ sku: 'PLAIN-DRAFT' }] });
    expect(await as('admin').products.get({ id: draft })).toMatchObject({ status: 'draft', brand: null, publishBlockers: [{ type: 'VariantWithoutPrice', sku: 'PLAIN-DRAFT' }] });
  });

  it('answers NOT_FOUND for an unknown product', async () => {
    expect(await outcome(as('staff').products.get({ id: UNKNOWN_ID }))).toMatchObject({ code: 'NOT_FOUND', reason: 'PRODUCT_NOT_FOUND' });
    expect(await outcome(as('staff').products.update({ id: UNKNOWN_ID, title: 'Nothing' }))).toMatchObject({ code: 'NOT_FOUND', reason: 'PRODUCT_NOT_FOUND' });
  });

  it('updates every field and shoppers see the change at once', async () => {
    const before = await as('staff').products.get({ id: tee });
    await as('staff').products.update({
      id: tee,
      slug: 'classic-ivory-tee',
      title: 'Classic Ivory Tee',
      description: 'Now in a warm ivory.',
      brand: 'loom-and-co',
      seoTitle: 'Ivory organic tee',
      seoDescription: 'An ivory T-shirt.',
      attributes: [
        { name: 'Material', value: 'Hemp' },
        { name: 'Fit', value: 'Relaxed' },
      ],
      categoryIds: [demo.category('knitwear')],
    });

    const after = await as('staff').products.get({ id: tee });
    expect(after).toMatchObject({ slug: 'classic-ivory-tee', title: 'Classic Ivory Tee', brand: { slug: 'loom-and-co' }, seoTitle: 'Ivory organic tee', categoryIds: [demo.category('knitwear')] });
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());

    const page = await shopper().products.bySlug({ slug: 'classic-ivory-tee' });
    expect(page).toMatchObject({ title: 'Classic Ivory Tee', brand: 'Loom & Co.', description: 'Now in a warm ivory.', seoTitle: 'Ivory organic tee' });
    expect(page.attributes).toEqual([
      { name: 'Fit', values: ['Relaxed'] },
      { name: 'Material', values: ['Hemp'] },
    ]);
    expect(page.breadcrumb.map((step) => step.slug)).toEqual(['clothing', 'tops', 'knitwear']);
    expect((await outcome(shopper().products.bySlug({ slug: 'classic-white-tee' }))).code).toBe('NOT_FOUND');

    const found = await shopper().products.search({ q: 'ivory', category: 'knitwear', brands: ['loom-and-co'], attributes: { Material: ['Hemp'] } });
    expect(found.items.map((item) => item.slug)).toEqual(['classic-ivory-tee']);
    expect((await shopper().products.search({ category: 't-shirts' })).items.map((item) => item.slug)).not.toContain('classic-ivory-tee');
  });

  it('changes only the fields given', async () => {
    await as('staff').products.update({ id: tee, title: 'Classic White Tee II' });
    expect(await as('staff').products.get({ id: tee })).toMatchObject({ title: 'Classic White Tee II', slug: 'classic-white-tee', brand: { slug: 'northfield' }, categoryIds: [demo.category('t-shirts')] });
    await as('staff').products.update({ id: tee, brand: null, seoTitle: null, categoryIds: [], attributes: [] });
    expect(await as('staff').products.get({ id: tee })).toMatchObject({ brand: null, categoryIds: [], attributes: [] });
    expect((await shopper().products.bySlug({ slug: 'classic-white-tee' })).brand).toBeNull();
  });

  it('names a taken slug, an unknown brand and unknown categories, and changes nothing', async () => {
    const before = await fingerprint();
    expect(await outcome(as('staff').products.update({ id: tee, slug: 'heather-grey-tee' }))).toMatchObject({ code: 'BAD_REQUEST', fields: ['slug'] });
    expect((await outcome(as('staff').products.update({ id: tee, title: 'Renamed', brand: 'no-such-brand', categoryIds: [UNKNOWN_ID] }))).fields).toEqual(['brand', 'categoryIds']);
    expect((await outcome(as('staff').products.update({ id: tee, slug: 'Not A Slug', title: '' }))).fields).toEqual(['slug', 'title']);
    expect((await outcome(as('staff').products.update({ id: tee, categoryIds: [UNKNOWN_ID, UNKNOWN_ID] }))).fields).toEqual(['categoryIds']);
    expect(await fingerprint()).toBe(before);
  });

  it('lets staff set a product’s tax class when creating and updating it, standard unless they say', async () => {
    expect(await as('staff').products.get({ id: tee })).toMatchObject({ taxClass: 'standard' });
    await as('staff').products.update({ id: tee, taxClass: 'reduced' });
    expect(await as('staff').products.get({ id: tee })).toMatchObject({ taxClass: 'reduced', title: 'Classic White Tee' });

    const { id: book } = await as('staff').products.create({ slug: 'field-notes', title: 'Field Notes', taxClass: 'zero', variants: [{ sku: 'FIELD-NOTES' }] });
    expect(await as('staff').products.get({ id: book })).toMatchObject({ taxClass: 'zero' });
    const { id: plain } = await as('staff').products.create({ slug: 'plain-thing', title: 'Plain Thing', variants: [{ sku: 'PLAIN-THING' }] });
    expect(await as('staff').products.get({ id: plain })).toMatchObject({ taxClass: 'standard' });
  });

  it('refuses a malformed tax class by its field, and changes nothing', async () => {
    const before = await fingerprint();
    expect(await outcome(as('staff').products.update({ id: tee, taxClass: 'Standard Rate!' }))).toMatchObject({ code: 'BAD_REQUEST', fields: ['taxClass'] });
    expect(await outcome(as('staff').products.create({ slug: 'bad-class', title: 'Bad Class', taxClass: 'Standard Rate!', variants: [{ sku: 'BAD-CLASS' }] }))).toMatchObject({
      code: 'BAD_REQUEST',
      fields: ['taxClass'],
    });
    expect(await fingerprint()).toBe(before);
  });

  it('keeps a product’s own slug when it is sent back unchanged', async () => {
    expect((await outcome(as('staff').products.update({ id: tee, slug: 'classic-white-tee', title: 'Same Slug' }))).code).toBe('OK');
  });
});

describe('catalog.admin.products.titles', () => {
  const { as } = useAdminHarness();

  it('labels many products in one call for staff, drafts included, unknown ids left out', async () => {
    const draft = await as('staff').products.create({ slug: 'label-check', title: 'Label Check', variants: [{ sku: 'LABEL-CHECK', prices: [{ currency: 'USD', amount: 100 }] }] });
    const titles = await as('staff').products.titles({ ids: [demo.product('classic-white-tee'), draft.id, UNKNOWN_ID] });
    expect(titles).toEqual([
      { id: demo.product('classic-white-tee'), slug: 'classic-white-tee', title: 'Classic White Tee', status: 'active' },
      { id: draft.id, slug: 'label-check', title: 'Label Check', status: 'draft' },
    ]);
  });

  it('is for staff only and takes at most 500 ids', async () => {
    expect((await outcome(as('customer').products.titles({ ids: [] }))).code).toBe('FORBIDDEN');
    const tooMany = await outcome(as('staff').products.titles({ ids: Array.from({ length: 501 }, () => UNKNOWN_ID) }));
    expect([tooMany.code, tooMany.fields]).toEqual(['BAD_REQUEST', ['ids']]);
  });
});
