import { sql } from 'kysely';
import { demo, outcome, UNKNOWN_ID, useAdminHarness } from './catalog-admin.harness.test';

describe('staff editing of categories and collections', () => {
  const { as, shopper, fingerprint, database } = useAdminHarness();
  const slugsIn = async (filter: { category?: string; collection?: string; q?: string }) => (await shopper().products.search({ ...filter, limit: 100 })).items.map((item) => item.slug).sort();

  describe('categories', () => {
    const tableware = demo.category('tableware');

    it('gives staff the public tree with descriptions and product counts', async () => {
      await as('staff').categories.create({ slug: 'gifts', name: 'Gifts', parent: 'home', description: 'Ideas for presents' });
      const tree = await as('staff').categories.tree();
      const publicTree = await shopper().categories.tree();
      const ids = (nodes: ReadonlyArray<{ id: string; children: readonly unknown[] }>): unknown[] => nodes.map((node) => [node.id, ids(node.children as typeof nodes)]);
      expect(ids(tree)).toEqual(ids(publicTree));
      const home = tree.find((node) => node.slug === 'home')!;
      expect(home.children.find((node) => node.slug === 'gifts')).toMatchObject({ description: 'Ideas for presents', productCount: 0, children: [] });
      const kitchen = home.children.find((node) => node.slug === 'kitchen')!;
      expect(kitchen).toMatchObject({ productCount: 0, parentId: home.id });
      expect(kitchen.children.find((node) => node.id === tableware)).toMatchObject({ name: 'Tableware', productCount: 1 });
    });

    it('renames and re-slugs a category, and shoppers find its products by the new name', async () => {
      await as('staff').categories.update({ id: tableware, slug: 'dinnerware', name: 'Dinnerware', description: 'Plates, bowls and mugs', position: 5 });
      expect(await shopper().categories.bySlug({ slug: 'dinnerware' })).toMatchObject({ id: tableware, name: 'Dinnerware', description: 'Plates, bowls and mugs' });
      expect((await outcome(shopper().categories.bySlug({ slug: 'tableware' }))).code).toBe('NOT_FOUND');
      expect(await slugsIn({ category: 'dinnerware' })).toEqual(['stoneware-mug']);
      expect(await slugsIn({ q: 'dinnerware' })).toEqual(['stoneware-mug']);
      expect((await shopper().products.bySlug({ slug: 'stoneware-mug' })).breadcrumb.at(-1)).toMatchObject({ slug: 'dinnerware', name: 'Dinnerware' });
    });

    it('refuses a taken slug and unknown categories, changing nothing', async () => {
      const before = await fingerprint();
      expect(await outcome(as('staff').categories.update({ id: tableware, slug: 'kitchen' }))).toMatchObject({ code: 'BAD_REQUEST', fields: ['slug'] });
      expect((await outcome(as('staff').categories.update({ id: tableware, name: '  ' }))).fields).toEqual(['name']);
      expect(await outcome(as('staff').categories.update({ id: UNKNOWN_ID, name: 'Nothing' }))).toMatchObject({ code: 'NOT_FOUND', reason: 'CATEGORY_NOT_FOUND' });
      expect(await outcome(as('staff').categories.delete({ id: UNKNOWN_ID }))).toMatchObject({ code: 'NOT_FOUND', reason: 'CATEGORY_NOT_FOUND' });
      expect(await fingerprint()).toBe(before);
    });

    it('deletes only empty categories, saying what is in the way', async () => {
      const before = await fingerprint();
      const withProducts = await outcome(as('staff').categories.delete({ id: tableware }));
      expect(withProducts).toMatchObject({ code: 'CONFLICT', reason: 'CATEGORY_NOT_EMPTY' });
      expect(withProducts.message).toContain('1 products');
      expect(await outcome(as('staff').categories.delete({ id: demo.category('kitchen') }))).toMatchObject({ code: 'CONFLICT', reason: 'CATEGORY_NOT_EMPTY' });
      expect(await fingerprint()).toBe(before);

      const { id } = await as('staff').categories.create({ slug: 'gifts', name: 'Gifts' });
      await as('staff').categories.delete({ id });
      expect(JSON.stringify(await as('staff').categories.tree())).not.toContain('"gifts"');

      // Once its product has moved on, the category can go.
      await as('staff').products.update({ id: demo.product('stoneware-mug'), categoryIds: [demo.category('coffee')] });
      await as('staff').categories.delete({ id: tableware });
      expect(await slugsIn({ category: 'coffee' })).toContain('stoneware-mug');
    });
  });

  describe('collections', () => {
    const essentials = demo.collection('kitchen-essentials');
    const [mug, scarf, wallet] = ['stoneware-mug', 'silk-scarf', 'leather-card-wallet'].map(demo.product);

    it('lists collections with their sizes and gets one with its products in order', async () => {
      expect(await as('staff').collections.list()).toEqual([
        { id: demo.collection('new-arrivals'), slug: 'new-arrivals', title: 'New arrivals', description: '', position: 0, productCount: 5 },
        { id: essentials, slug: 'kitchen-essentials', title: 'Kitchen essentials', description: '', position: 1, productCount: 4 },
      ]);
      const collection = await as('staff').collections.get({ id: essentials });
      expect(collection.products.map((product) => product.slug)).toEqual(['cast-iron-skillet', 'chef-knife-8-inch', 'bamboo-cutting-board', 'french-press-1l']);
      expect(collection.products[0]).toEqual({ id: demo.product('cast-iron-skillet'), slug: 'cast-iron-skillet', title: 'Cast Iron Skillet', status: 'active' });
    });

    it('creates, edits, fills and deletes a collection, and shoppers see each step', async () => {
      const { id } = await as('staff').collections.create({ slug: 'gift-ideas', title: 'Gift ideas', productIds: [scarf!, mug!] });
      expect(await slugsIn({ collection: 'gift-ideas' })).toEqual(['silk-scarf', 'stoneware-mug']);
      expect((await as('staff').collections.list()).at(-1)).toMatchObject({ id, position: 2, productCount: 2 });

      await as('staff').collections.update({ id, slug: 'presents', title: 'Presents', description: 'For someone else', position: 0 });
      expect((await shopper().collections.list()).find((collection) => collection.id === id)).toEqual({ id, slug: 'presents', title: 'Presents', description: 'For someone else' });
      expect(await slugsIn({ collection: 'presents' })).toEqual(['silk-scarf', 'stoneware-mug']);

      await as('staff').collections.setProducts({ id, productIds: [wallet!, mug!] });
      expect((await as('staff').collections.get({ id })).products.map((product) => product.id)).toEqual([wallet, mug]);
      expect(await slugsIn({ collection: 'presents' })).toEqual(['leather-card-wallet', 'stoneware-mug']);

      expect(await as('staff').collections.addProduct({ id, productId: scarf! })).toEqual({ added: true });
      expect(await as('staff').collections.addProduct({ id, productId: wallet! })).toEqual({ added: false });
      expect((await as('staff').collections.get({ id })).products.map((product) => product.id)).toEqual([wallet, mug, scarf]);
      expect(await as('staff').collections.removeProduct({ id, productId: mug! })).toEqual({ removed: true });
      expect(await as('staff').collections.removeProduct({ id, productId: mug! })).toEqual({ removed: false });
      expect(await slugsIn({ collection: 'presents' })).toEqual(['leather-card-wallet', 'silk-scarf']);
      expect((await as('staff').products.get({ id: scarf! })).collectionIds).toContain(id);

      await as('staff').collections.delete({ id });
      expect(await slugsIn({ collection: 'presents' })).toEqual([]);
      const { rows } = await sql<{ n: string }>`SELECT count(*) AS n FROM catalog.listing_entry WHERE ${id}::uuid = ANY(collection_ids)`.execute(database().db);
      expect(Number(rows[0]?.n)).toBe(0);
      expect((await shopper().products.bySlug({ slug: 'silk-scarf' })).title).toBe('Silk Scarf');
    });

    it('refuses taken slugs and unknown or repeated products, changing nothing', async () => {
      const before = await fingerprint();
      expect(await outcome(as('staff').collections.create({ slug: 'new-arrivals', title: 'Again' }))).toMatchObject({ code: 'BAD_REQUEST', fields: ['slug'] });
      expect((await outcome(as('staff').collections.create({ slug: 'fresh', title: 'Fresh', productIds: [mug!, UNKNOWN_ID] }))).fields).toEqual(['productIds']);
      expect((await outcome(as('staff').collections.update({ id: essentials, slug: 'new-arrivals' }))).fields).toEqual(['slug']);
      expect((await outcome(as('staff').collections.setProducts({ id: essentials, productIds: [mug!, mug!] }))).fields).toEqual(['productIds']);
      expect((await outcome(as('staff').collections.setProducts({ id: essentials, productIds: [UNKNOWN_ID] }))).fields).toEqual(['productIds']);
      expect(await outcome(as('staff').collections.addProduct({ id: essentials, productId: UNKNOWN_ID }))).toMatchObject({ code: 'NOT_FOUND', reason: 'PRODUCT_NOT_FOUND' });
      const calls = [
        () => as('staff').collections.get({ id: UNKNOWN_ID }),
        () => as('staff').collections.update({ id: UNKNOWN_ID, title: 'X' }),
        () => as('staff').collections.delete({ id: UNKNOWN_ID }),
        () => as('staff').collections.setProducts({ id: UNKNOWN_ID, productIds: [] }),
        () => as('staff').collections.addProduct({ id: UNKNOWN_ID, productId: mug! }),
        () => as('staff').collections.removeProduct({ id: UNKNOWN_ID, productId: mug! }),
      ];
      for (const call of calls) expect(await outcome(call())).toMatchObject({ code: 'NOT_FOUND', reason: 'COLLECTION_NOT_FOUND' });
      expect(await fingerprint()).toBe(before);
    });
  });
});
