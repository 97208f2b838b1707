import { TRPCError } from '@trpc/server';
import { inject } from 'vitest';
import { sql } from 'kysely';
import { catalogMigrationSet, changeProductStatus, invalidateCatalogReads, seedDemoCatalog } from '@emporium/catalog-data-access';
import { inTransaction } from '@emporium/platform-db';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { createCallerFactory, formatError } from '@emporium/platform-trpc';
import { testContext } from '@emporium/platform-trpc/testing';
import { catalogRouter } from './catalog.router';

describe('catalog router', () => {
  let database: TestDatabase;
  let caller: ReturnType<typeof catalogRouter.createCaller>;

  beforeAll(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [catalogMigrationSet]);
    await seedDemoCatalog(database.db);
    caller = createCallerFactory(catalogRouter)(testContext({ db: database.db }));
  });
  afterAll(() => database.destroy());

  /** The code and the field paths a client would see. */
  const failure = async (call: Promise<unknown>) => {
    try {
      await call;
      return { code: 'OK', fields: [] as string[] };
    } catch (error) {
      if (!(error instanceof TRPCError)) throw error;
      const shape = formatError({ error, shape: { message: error.message, code: 0, data: { code: error.code, httpStatus: 400 } } });
      return { code: error.code, fields: (shape.data.fieldErrors ?? []).map((fieldError) => fieldError.path) };
    }
  };

  it('defaults to 20 products a page and caps pages at 100', async () => {
    expect((await caller.products.list()).items).toHaveLength(20);
    expect(await failure(caller.products.list({ limit: 101 }))).toEqual({ code: 'BAD_REQUEST', fields: ['limit'] });
    expect(await failure(caller.products.list({ limit: 0 }))).toEqual({ code: 'BAD_REQUEST', fields: ['limit'] });
    expect((await failure(caller.products.list({ limit: 2.5 }))).code).toBe('BAD_REQUEST');
  });

  it('refuses malformed slugs before touching the database', async () => {
    for (const slug of ['', 'UPPER', '../etc/passwd', 'a'.repeat(500), "x' OR 1=1 --"]) {
      expect((await failure(caller.products.bySlug({ slug }))).code).toBe('BAD_REQUEST');
    }
  });

  it('finds a product by slug, and NOT_FOUND for an unknown one', async () => {
    expect((await caller.products.bySlug({ slug: 'stoneware-mug' })).title).toBe('Stoneware Mug');
    expect((await failure(caller.products.bySlug({ slug: 'nothing-here' }))).code).toBe('NOT_FOUND');
    expect((await failure(caller.categories.bySlug({ slug: 'nothing-here' }))).code).toBe('NOT_FOUND');
  });

  describe('search', () => {
    it('names the field of every bad input', async () => {
      expect(await failure(caller.products.search({ limit: 0 }))).toEqual({ code: 'BAD_REQUEST', fields: ['limit'] });
      expect(await failure(caller.products.search({ limit: 101 }))).toEqual({ code: 'BAD_REQUEST', fields: ['limit'] });
      expect(await failure(caller.products.search({ cursor: 'not-a-cursor' }))).toEqual({ code: 'BAD_REQUEST', fields: ['cursor'] });
      expect(await failure(caller.products.search({ sort: 'cheapest' as never }))).toEqual({ code: 'BAD_REQUEST', fields: ['sort'] });
      expect(await failure(caller.products.search({ priceMin: -1 }))).toEqual({ code: 'BAD_REQUEST', fields: ['priceMin'] });
      expect((await failure(caller.products.search({ priceMin: 5000, priceMax: 100 }))).fields).toEqual(['priceMin']);
      expect(await failure(caller.products.search({ currency: 'usd' as never }))).toEqual({ code: 'BAD_REQUEST', fields: ['currency'] });
    });

    it.each(["'", '&', '|', '!', ':*', '\\', "' OR 1=1; DROP TABLE catalog.product; --", '(a | b) & !c:*', '%', '']) ('treats %j as text', async (q) => {
      const result = await caller.products.search({ q });
      expect(result.items).toEqual(expect.any(Array));
    });

    it('returns facets on the first page only', async () => {
      const first = await caller.products.search({ category: 'clothing', limit: 3 });
      expect(first.facets?.brands.length).toBeGreaterThan(0);
      expect(first.total).toBe(9);
      const next = await caller.products.search({ category: 'clothing', limit: 3, cursor: first.nextCursor! });
      expect(next.facets).toBeNull();
      expect(next.items).toHaveLength(3);
    });

    it('counts the facets of a corrected search for the corrected words', async () => {
      const corrected = await caller.products.search({ q: 'sheos' });
      expect(corrected.correctedQuery).toBe('shoes');
      expect(corrected.facets?.brands.map((brand) => brand.slug)).toEqual(['stride']);
    });

    it('falls back from relevance to newest when there is no text', async () => {
      expect((await caller.products.search({ sort: 'relevance' })).sort).toBe('newest');
      expect((await caller.products.search({ q: 'mug' })).sort).toBe('relevance');
    });
  });

  it('suggests products and categories for what is being typed', async () => {
    const suggestions = await caller.products.autocomplete({ q: 'linen du' });
    expect(suggestions.products.map((product) => product.slug)).toEqual(['linen-duvet-cover']);
    const categories = await caller.products.autocomplete({ q: 'kitch' });
    expect(categories.categories.map((category) => category.slug)).toContain('kitchen');
    expect(await caller.products.autocomplete({ q: "'&|!:*" })).toEqual({ products: [], categories: [] });
  });

  it('serves the category tree and related products', async () => {
    const tree = await caller.categories.tree();
    expect(tree.map((node) => node.slug)).toEqual(['clothing', 'accessories', 'footwear', 'home']);
    expect(tree[0]?.children.map((node) => node.slug)).toEqual(['tops', 'outerwear', 'bottoms']);
    const related = await caller.products.related({ slug: 'classic-white-tee' });
    expect(related.map((product) => product.slug)).toEqual(['heather-grey-tee']);
  });
});

describe('catalog router reads after catalog writes', () => {
  let database: TestDatabase;
  let shopper: ReturnType<typeof catalogRouter.createCaller>;
  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [catalogMigrationSet]);
    await seedDemoCatalog(database.db);
    shopper = createCallerFactory(catalogRouter)(testContext({ db: database.db }));
  });
  afterEach(() => database.destroy());

  it('shows a write of this process on the very next read', async () => {
    expect((await shopper.products.bySlug({ slug: 'stoneware-mug' })).title).toBe('Stoneware Mug');
    const kitchen = await shopper.products.search({ category: 'kitchen', limit: 100 });
    expect(kitchen.items.map((item) => item.slug)).toContain('stoneware-mug');
    const { rows } = await sql<{ id: string }>`SELECT id FROM catalog.product WHERE slug = 'stoneware-mug'`.execute(database.db);

    await inTransaction(database.db, (trx) => changeProductStatus(trx, rows[0]?.id ?? '', 'archived'));

    await expect(shopper.products.bySlug({ slug: 'stoneware-mug' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const after = await shopper.products.search({ category: 'kitchen', limit: 100 });
    expect(after.items.map((item) => item.slug)).not.toContain('stoneware-mug');
    expect(after.total).toBe((kitchen.total ?? 0) - 1);
    expect(after.facets?.categories.find((category) => category.slug === 'kitchen')?.count).toBe((kitchen.total ?? 0) - 1);
  });

  it('serves a repeated read from its cache until a write is announced', async () => {
    const search = () => caller().products.search({ q: 'mug' });
    const caller = () => createCallerFactory(catalogRouter)(testContext({ db: database.db }));
    const before = await search();
    // As another process would: a change this process hears nothing about.
    await sql`UPDATE catalog.listing_entry SET title = 'Renamed Mug' WHERE slug = 'stoneware-mug'`.execute(database.db);
    expect(await search()).toEqual(before);
    invalidateCatalogReads();
    expect((await search()).items.map((item) => item.title)).toContain('Renamed Mug');
  });
});
