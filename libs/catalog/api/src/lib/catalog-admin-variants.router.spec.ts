import { demo, outcome, UNKNOWN_ID, useAdminHarness } from './catalog-admin.harness.test';

describe('staff editing of options, variants and prices', () => {
  const { as, shopper, fingerprint } = useAdminHarness();
  const mug = demo.product('stoneware-mug');
  const tee = demo.product('classic-white-tee');
  const teeM = demo.variant('CLASSIC-WHITE-TEE-M');
  const sizeOption = async () => (await as('staff').products.get({ id: tee })).options[0]!;

  it('adds an option, giving existing variants its first value, and a variant for another value', async () => {
    const { id: colour } = await as('staff').options.add({ productId: mug, name: 'Colour', values: ['Sand', 'Slate'] });
    expect((await as('staff').products.get({ id: mug })).variants.map((variant) => variant.optionValues)).toEqual([{ Colour: 'Sand' }]);

    const { id } = await as('staff').variants.create({
      productId: mug,
      sku: 'STONEWARE-MUG-SLATE',
      optionValues: { Colour: 'Slate' },
      barcode: '4006381333931',
      weightGrams: 380,
      prices: [{ currency: 'USD', amount: 2600, compareAtAmount: 3000 }],
    });
    const product = await as('staff').products.get({ id: mug });
    expect(product.options).toEqual([{ id: colour, name: 'Colour', position: 0, values: [expect.objectContaining({ value: 'Sand' }), expect.objectContaining({ value: 'Slate' })] }]);
    expect(product.variants.at(-1)).toMatchObject({ id, sku: 'STONEWARE-MUG-SLATE', barcode: '4006381333931', weightGrams: 380, status: 'active', optionValues: { Colour: 'Slate' } });

    const page = await shopper().products.bySlug({ slug: 'stoneware-mug' });
    expect(page.options).toEqual([{ name: 'Colour', values: ['Sand', 'Slate'] }]);
    expect(page.variants.map((variant) => [variant.sku, variant.price?.amount, variant.compareAtPrice?.amount ?? null])).toEqual([
      ['STONEWARE-MUG', 2200, null],
      ['STONEWARE-MUG-SLATE', 2600, 3000],
    ]);
    expect(page.maxPrice.amount).toBe(2600);
    const slate = await shopper().products.search({ options: { Colour: ['Slate'] } });
    expect(slate.items.map((item) => item.slug)).toEqual(['stoneware-mug']);
  });

  it('names every problem of a new variant and stores nothing', async () => {
    const size = await sizeOption();
    await as('staff').options.setValues({ id: size.id, values: [...size.values.map(({ id, value }) => ({ id, value })), { value: 'XXL' }] });
    const before = await fingerprint();
    const create = async (changes: object) => {
      const result = await outcome(as('staff').variants.create({ productId: tee, sku: 'CLASSIC-WHITE-TEE-XXL', optionValues: { Size: 'XXL' }, prices: [{ currency: 'USD', amount: 1900 }], ...changes }));
      return [...result.fields].sort();
    };
    expect(await create({ sku: 'classic-white-tee-m' })).toEqual(['sku']);
    expect(await create({ sku: 'stoneware-mug' })).toEqual(['sku']);
    expect(await create({ sku: 'has space' })).toEqual(['sku']);
    expect(await create({ optionValues: { Size: 'XL' } })).toEqual(['optionValues']);
    expect(await create({ optionValues: {} })).toEqual(['optionValues']);
    expect(await create({ optionValues: { Size: 'XXXL' } })).toEqual(['optionValues']);
    expect(await create({ optionValues: { Size: 'XXL', Colour: 'Red' } })).toEqual(['optionValues']);
    expect(await create({ sku: 'CLASSIC-WHITE-TEE-S', optionValues: { Size: 'S' }, prices: [] })).toEqual(['optionValues', 'prices', 'sku']);
    expect(await create({ prices: [{ currency: 'USD', amount: 100, compareAtAmount: 90 }, { currency: 'USD', amount: 5 }] })).toEqual(['prices.0.compareAtAmount', 'prices.1.currency']);
    expect(await outcome(as('staff').variants.create({ productId: UNKNOWN_ID, sku: 'NEW-SKU' }))).toMatchObject({ code: 'NOT_FOUND', reason: 'PRODUCT_NOT_FOUND' });
    expect(await fingerprint()).toBe(before);
  });

  it('updates a variant’s SKU, options, barcode and weight, refusing a SKU another variant has', async () => {
    const option = await sizeOption();
    await as('staff').options.setValues({ id: option.id, values: [...option.values.map(({ id, value }) => ({ id, value })), { value: 'XXL' }] });
    await as('staff').variants.update({ id: teeM, sku: 'CWT-M-2', optionValues: { Size: 'XXL' }, barcode: '12345678', weightGrams: 410 });
    expect((await as('staff').products.get({ id: tee })).variants.find((variant) => variant.id === teeM)).toMatchObject({ sku: 'CWT-M-2', optionValues: { Size: 'XXL' }, barcode: '12345678', weightGrams: 410 });
    expect((await shopper().products.bySlug({ slug: 'classic-white-tee' })).variants.map((variant) => variant.options['Size'])).toContain('XXL');

    expect((await outcome(as('staff').variants.update({ id: teeM, sku: 'heather-grey-tee-s' }))).fields).toEqual(['sku']);
    expect((await outcome(as('staff').variants.update({ id: teeM, optionValues: { Size: 'S' } }))).fields).toEqual(['optionValues']);
    expect((await outcome(as('staff').variants.update({ id: teeM, barcode: '12' }))).fields).toEqual(['barcode']);
    expect(await outcome(as('staff').variants.update({ id: UNKNOWN_ID, weightGrams: 1 }))).toMatchObject({ code: 'NOT_FOUND', reason: 'VARIANT_NOT_FOUND' });
  });

  it('archives and restores variants, keeping a live product sellable', async () => {
    await as('staff').variants.setStatus({ id: teeM, status: 'archived' });
    expect((await shopper().products.bySlug({ slug: 'classic-white-tee' })).variants.map((variant) => variant.sku)).not.toContain('CLASSIC-WHITE-TEE-M');
    expect((await shopper().products.search({ options: { Size: ['M'] }, q: 'classic white' })).items.map((item) => item.slug)).not.toContain('classic-white-tee');

    const mugVariant = demo.variant('STONEWARE-MUG');
    expect(await outcome(as('staff').variants.setStatus({ id: mugVariant, status: 'archived' }))).toMatchObject({ code: 'CONFLICT', reason: 'LIVE_PRODUCT_INCOMPLETE' });
    expect((await shopper().products.bySlug({ slug: 'stoneware-mug' })).variants).toHaveLength(1);

    // A replacement takes the archived variant's options; the old one cannot come back beside it.
    await as('staff').variants.create({ productId: tee, sku: 'CLASSIC-WHITE-TEE-M2', optionValues: { Size: 'M' }, prices: [{ currency: 'USD', amount: 2100 }] });
    expect((await outcome(as('staff').variants.setStatus({ id: teeM, status: 'active' }))).fields).toEqual(['status']);
    await as('staff').products.setStatus({ id: demo.product('stoneware-mug'), status: 'draft' });
    expect(await as('staff').variants.setStatus({ id: mugVariant, status: 'archived' })).toEqual({ status: 'archived' });
    expect(await outcome(as('staff').variants.setStatus({ id: UNKNOWN_ID, status: 'active' }))).toMatchObject({ code: 'NOT_FOUND', reason: 'VARIANT_NOT_FOUND' });
  });

  it('sets and removes prices per currency, keeping the listing price range current', async () => {
    const mugVariant = demo.variant('STONEWARE-MUG');
    await as('staff').variants.setPrice({ variantId: mugVariant, currency: 'GBP', amount: 1800 });
    expect((await shopper().products.bySlug({ slug: 'stoneware-mug', currency: 'GBP' })).price.amount).toBe(1800);
    expect(await as('staff').variants.removePrice({ variantId: mugVariant, currency: 'EUR' })).toEqual({ removed: true });
    expect(await as('staff').variants.removePrice({ variantId: mugVariant, currency: 'EUR' })).toEqual({ removed: false });
    expect((await outcome(shopper().products.bySlug({ slug: 'stoneware-mug', currency: 'EUR' }))).code).toBe('NOT_FOUND');
    expect((await shopper().products.search({ currency: 'EUR', q: 'stoneware' })).items).toEqual([]);
    await as('staff').variants.setPrice({ variantId: mugVariant, currency: 'GBP', amount: null });
    expect((await as('staff').products.get({ id: mug })).variants[0]?.prices.map((price) => price.currency)).toEqual(['USD']);

    expect(await outcome(as('staff').variants.removePrice({ variantId: mugVariant, currency: 'USD' }))).toMatchObject({ code: 'CONFLICT', reason: 'LIVE_PRODUCT_INCOMPLETE' });
    expect((await shopper().products.bySlug({ slug: 'stoneware-mug' })).price.amount).toBe(2200);
    expect(await outcome(as('staff').variants.removePrice({ variantId: UNKNOWN_ID, currency: 'USD' }))).toMatchObject({ code: 'NOT_FOUND', reason: 'VARIANT_NOT_FOUND' });
    expect(await outcome(as('staff').variants.setPrice({ variantId: UNKNOWN_ID, currency: 'USD', amount: 1 }))).toMatchObject({ code: 'NOT_FOUND', reason: 'VARIANT_NOT_FOUND' });
  });

  it('renames options and their values everywhere, and refuses a name the product has', async () => {
    const option = await sizeOption();
    await as('staff').options.rename({ id: option.id, name: 'Fit size' });
    const xs = option.values[0]!;
    await as('staff').options.setValues({ id: option.id, values: [...option.values.slice(1).map(({ id, value }) => ({ id, value })), { id: xs.id, value: 'XXS' }] });
    const page = await shopper().products.bySlug({ slug: 'classic-white-tee' });
    expect(page.options).toEqual([{ name: 'Fit size', values: ['S', 'M', 'L', 'XL', 'XXS'] }]);
    expect(page.variants[0]?.options).toEqual({ 'Fit size': 'XXS' });
    expect((await shopper().products.search({ options: { 'Fit size': ['XXS'] } })).items.map((item) => item.slug)).toEqual(['classic-white-tee']);

    await as('staff').options.add({ productId: tee, name: 'Colour', values: ['White'] });
    expect((await outcome(as('staff').options.rename({ id: option.id, name: 'colour' }))).fields).toEqual(['name']);
    expect((await outcome(as('staff').options.add({ productId: tee, name: 'COLOUR', values: ['Red'] }))).fields).toEqual(['name']);
    expect((await outcome(as('staff').options.add({ productId: tee, name: 'Pattern', values: ['Plain', 'Plain'] }))).fields).toEqual(['values']);
    expect(await outcome(as('staff').options.rename({ id: UNKNOWN_ID, name: 'X' }))).toMatchObject({ code: 'NOT_FOUND', reason: 'OPTION_NOT_FOUND' });
  });

  it('removes option values no active variant uses, and refuses the others', async () => {
    const option = await sizeOption();
    const before = await fingerprint();
    const withoutM = option.values.filter((value) => value.value !== 'M').map(({ id, value }) => ({ id, value }));
    expect(await outcome(as('staff').options.setValues({ id: option.id, values: withoutM }))).toMatchObject({ code: 'BAD_REQUEST', fields: ['values'] });
    expect((await outcome(as('staff').options.setValues({ id: option.id, values: [{ id: UNKNOWN_ID, value: 'M' }] }))).fields).toContain('values.0.id');
    expect(await fingerprint()).toBe(before);

    await as('staff').variants.setStatus({ id: teeM, status: 'archived' });
    await as('staff').options.setValues({ id: option.id, values: withoutM });
    expect((await shopper().products.bySlug({ slug: 'classic-white-tee' })).options).toEqual([{ name: 'Size', values: ['XS', 'S', 'L', 'XL'] }]);
  });

  it('removes an option unless two active variants would become the same', async () => {
    const before = await fingerprint();
    const size = await sizeOption();
    expect(await outcome(as('staff').options.remove({ id: size.id }))).toMatchObject({ code: 'BAD_REQUEST', fields: ['id'] });
    expect(await fingerprint()).toBe(before);

    const { id: fit } = await as('staff').options.add({ productId: tee, name: 'Fit', values: ['Regular'] });
    expect((await shopper().products.bySlug({ slug: 'classic-white-tee' })).options.map((option) => option.name)).toEqual(['Size', 'Fit']);
    await as('staff').options.remove({ id: fit });
    const product = await as('staff').products.get({ id: tee });
    expect(product.options.map((option) => option.name)).toEqual(['Size']);
    expect(product.variants.every((variant) => Object.keys(variant.optionValues).join() === 'Size')).toBe(true);
    expect(await outcome(as('staff').options.remove({ id: fit }))).toMatchObject({ code: 'NOT_FOUND', reason: 'OPTION_NOT_FOUND' });
  });
});
