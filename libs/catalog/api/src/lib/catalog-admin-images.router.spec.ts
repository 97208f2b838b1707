import { demo, outcome, UNKNOWN_ID, useAdminHarness } from './catalog-admin.harness.test';

describe('staff editing of product images', () => {
  const { as, shopper, fingerprint } = useAdminHarness();
  const mug = demo.product('stoneware-mug');
  const card = async () => (await shopper().products.search({ q: 'stoneware mug' })).items.find((item) => item.slug === 'stoneware-mug')?.image;
  const gallery = async () => (await as('staff').products.get({ id: mug })).images;

  it('adds images after the others, re-describes, reorders and removes them; cards show the first', async () => {
    const [original] = await gallery();
    const { id: side } = await as('staff').images.add({ productId: mug, url: 'https://cdn.example.com/mug-side.jpg', alt: 'The mug from the side' });
    const { id: top } = await as('staff').images.add({ productId: mug, url: '/media/mug-top.jpg' });
    expect((await gallery()).map((image) => [image.url, image.alt])).toEqual([
      ['/media/demo/stoneware-mug.svg', 'Stoneware Mug'],
      ['https://cdn.example.com/mug-side.jpg', 'The mug from the side'],
      ['/media/mug-top.jpg', ''],
    ]);

    await as('staff').images.reorder({ productId: mug, imageIds: [top, side, original!.id] });
    await as('staff').images.update({ id: top, alt: 'The mug from above' });
    expect(await card()).toEqual({ url: '/media/mug-top.jpg', alt: 'The mug from above' });
    expect((await shopper().products.bySlug({ slug: 'stoneware-mug' })).images.map((image) => image.url)).toEqual([
      '/media/mug-top.jpg',
      'https://cdn.example.com/mug-side.jpg',
      '/media/demo/stoneware-mug.svg',
    ]);

    await as('staff').images.remove({ id: top });
    expect(await card()).toEqual({ url: 'https://cdn.example.com/mug-side.jpg', alt: 'The mug from the side' });
    expect((await gallery()).map((image) => image.id)).toEqual([side, original!.id]);
  });

  it('refuses an order that leaves out, repeats or invents images, and changes nothing', async () => {
    const { id: extra } = await as('staff').images.add({ productId: mug, url: '/media/extra.jpg' });
    const [first] = await gallery();
    const before = await fingerprint();
    expect(await outcome(as('staff').images.reorder({ productId: mug, imageIds: [extra] }))).toMatchObject({ code: 'BAD_REQUEST', fields: ['imageIds'] });
    expect((await outcome(as('staff').images.reorder({ productId: mug, imageIds: [extra, first!.id, UNKNOWN_ID] }))).fields).toEqual(['imageIds']);
    expect((await outcome(as('staff').images.reorder({ productId: mug, imageIds: [extra, extra, first!.id] }))).fields).toEqual(['imageIds']);
    expect((await outcome(as('staff').images.add({ productId: mug, url: 'http://insecure.example.com/x.jpg' }))).fields).toEqual(['url']);
    expect((await outcome(as('staff').images.update({ id: extra, alt: 'x'.repeat(301) }))).fields).toEqual(['alt']);
    expect(await fingerprint()).toBe(before);
  });

  it('answers NOT_FOUND for unknown images and products', async () => {
    expect(await outcome(as('staff').images.add({ productId: UNKNOWN_ID, url: '/media/x.jpg' }))).toMatchObject({ code: 'NOT_FOUND', reason: 'PRODUCT_NOT_FOUND' });
    expect(await outcome(as('staff').images.reorder({ productId: UNKNOWN_ID, imageIds: [] }))).toMatchObject({ code: 'NOT_FOUND', reason: 'PRODUCT_NOT_FOUND' });
    expect(await outcome(as('staff').images.update({ id: UNKNOWN_ID, alt: 'x' }))).toMatchObject({ code: 'NOT_FOUND', reason: 'IMAGE_NOT_FOUND' });
    expect(await outcome(as('staff').images.remove({ id: UNKNOWN_ID }))).toMatchObject({ code: 'NOT_FOUND', reason: 'IMAGE_NOT_FOUND' });
  });

  it('keeps a gallery to 30 images', async () => {
    for (let index = 1; index < 30; index++) await as('staff').images.add({ productId: mug, url: `/media/mug-${index}.jpg` });
    expect(await outcome(as('staff').images.add({ productId: mug, url: '/media/one-too-many.jpg' }))).toMatchObject({ code: 'BAD_REQUEST', fields: [''] });
    expect(await gallery()).toHaveLength(30);
  });
});
