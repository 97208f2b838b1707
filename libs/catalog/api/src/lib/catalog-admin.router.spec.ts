import { TRPCError } from '@trpc/server';
import { inject } from 'vitest';
import { catalogDb, catalogMigrationSet, seedDemoCatalog } from '@emporium/catalog-data-access';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { type EventBus, eventsMigrationSet } from '@emporium/platform-events';
import { createCallerFactory, formatError, type Role } from '@emporium/platform-trpc';
import { testContext } from '@emporium/platform-trpc/testing';
import { startObservedBus } from './catalog-events.harness.test';
import { catalogRouter } from './catalog.router';

describe('catalog management by staff', () => {
  let database: TestDatabase;
  let bus: EventBus;
  const contextAs = (role: Role | null) => testContext({ db: database.db, events: bus, role });
  const as = (role: Role | null) => createCallerFactory(catalogRouter)(contextAs(role)).admin;
  const shopper = () => createCallerFactory(catalogRouter)(contextAs(null));
  const outcome = async (call: Promise<unknown>) => {
    try {
      await call;
      return { code: 'OK' as string, fields: [] as string[], reason: undefined as string | undefined };
    } catch (error) {
      if (!(error instanceof TRPCError)) throw error;
      const shape = formatError({ error, shape: { message: error.message, code: 0, data: { code: error.code, httpStatus: 400 } } });
      return { code: error.code as string, fields: (shape.data.fieldErrors ?? []).map((fieldError) => fieldError.path), reason: shape.data.reason };
    }
  };
  const newMug = {
    slug: 'speckled-mug',
    title: 'Speckled Mug',
    description: 'Glazed by hand.',
    brand: 'hearth',
    status: 'active' as const,
    options: [{ name: 'Colour', values: ['Sand', 'Slate'] }],
    variants: [
      { sku: 'SPECKLED-MUG-SAND', optionValues: { Colour: 'Sand' }, prices: [{ currency: 'USD', amount: 2400 }] },
      { sku: 'SPECKLED-MUG-SLATE', optionValues: { Colour: 'Slate' }, prices: [{ currency: 'USD', amount: 2400, compareAtAmount: 2800 }] },
    ],
    categories: ['tableware'],
    attributes: [{ name: 'Material', value: 'Stoneware' }],
  };

  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [eventsMigrationSet, catalogMigrationSet]);
    await seedDemoCatalog(database.db);
    bus = await startObservedBus(database);
  });
  afterEach(async () => {
    await bus.stop();
    await database.destroy();
  });

  const productCount = async () => Number((await catalogDb(database.db).selectFrom('product').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('refuses anyone but staff and admins, and changes nothing', async () => {
    const before = await productCount();
    expect((await outcome(as(null).products.create(newMug))).code).toBe('UNAUTHORIZED');
    expect((await outcome(as('customer').products.create(newMug))).code).toBe('FORBIDDEN');
    expect((await outcome(as('customer').categories.create({ slug: 'x', name: 'X' }))).code).toBe('FORBIDDEN');
    expect((await outcome(as(null).products.list({})))).toMatchObject({ code: 'UNAUTHORIZED' });
    expect(await productCount()).toBe(before);
  });

  it('creates a product that shoppers can then find, with options, prices and category', async () => {
    const { id } = await as('staff').products.create(newMug);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const search = await shopper().products.search({ q: 'speckled', category: 'kitchen' });
    expect(search.items.map((item) => item.slug)).toEqual(['speckled-mug']);
    expect((await as('admin').products.list({ q: 'speckled' })).items).toEqual([expect.objectContaining({ slug: 'speckled-mug', status: 'active', brand: 'Hearth', variantCount: 2 })]);
  });

  it('names every bad field of a new product and stores nothing', async () => {
    const before = await productCount();
    const bad = {
      ...newMug,
      slug: 'Bad Slug',
      variants: [
        { sku: 'DUP', optionValues: { Colour: 'Sand' }, prices: [{ currency: 'USD', amount: 100, compareAtAmount: 50 }] },
        { sku: 'dup', optionValues: { Colour: 'Purple' }, prices: [] },
      ],
    };
    expect((await outcome(as('staff').products.create(bad))).fields).toEqual(['slug']);
    const rules = await outcome(as('staff').products.create({ ...bad, slug: 'fine-slug' }));
    expect(rules.code).toBe('BAD_REQUEST');
    expect(rules.fields).toEqual(expect.arrayContaining(['variants.1.optionValues', 'variants.1.sku', 'variants.0.prices.0.compareAtAmount', 'status']));
    expect((await outcome(as('staff').products.create({ ...newMug, slug: 'classic-white-tee' }))).fields).toEqual(['slug']);
    expect((await outcome(as('staff').products.create({ ...newMug, brand: 'no-such-brand' }))).fields).toEqual(['brand']);
    expect((await outcome(as('staff').products.create({ ...newMug, variants: [{ ...newMug.variants[0]!, sku: 'CLASSIC-WHITE-TEE-M' }] }))).fields).toEqual(['variants']);
    expect(await productCount()).toBe(before);
  });

  it('archives and restores, and refuses transitions the rules forbid', async () => {
    const { id } = await as('staff').products.create({ ...newMug, status: 'draft' });
    expect(await as('staff').products.setStatus({ id, status: 'archived' })).toEqual({ status: 'archived' });
    expect((await outcome(as('staff').products.setStatus({ id, status: 'draft' }))).reason).toBe('STATUS_TRANSITION_NOT_ALLOWED');
    expect(await as('staff').products.setStatus({ id, status: 'active' })).toEqual({ status: 'active' });
  });

  it('will not publish a product whose variants have no price', async () => {
    const { id } = await as('staff').products.create({ ...newMug, status: 'draft', variants: newMug.variants.map((variant) => ({ ...variant, prices: [] })) });
    expect((await outcome(as('staff').products.setStatus({ id, status: 'active' }))).reason).toBe('CANNOT_PUBLISH');
  });

  it('sets prices and keeps the listing price range current', async () => {
    const variant = await catalogDb(database.db).selectFrom('variant').select(['id', 'product_id']).where('sku', '=', 'STONEWARE-MUG').executeTakeFirstOrThrow();
    await as('staff').variants.setPrice({ variantId: variant.id, currency: 'USD', amount: 1999, compareAtAmount: 2200 });
    const range = await catalogDb(database.db).selectFrom('listing_entry').selectAll().where('product_id', '=', variant.product_id).where('currency', '=', 'USD').executeTakeFirstOrThrow();
    expect(Number(range.min_amount)).toBe(1999);
    expect((await outcome(as('staff').variants.setPrice({ variantId: variant.id, currency: 'USD', amount: 1999, compareAtAmount: 1000 }))).fields).toEqual(['compareAtAmount']);
    expect((await outcome(as('staff').variants.setPrice({ variantId: variant.id, currency: 'USD', amount: -5 }))).fields).toEqual(['amount']);
  });

  it('creates and moves categories, keeping descendants with them and refusing cycles', async () => {
    await as('staff').categories.create({ slug: 'gifts', name: 'Gifts', parent: 'home' });
    await as('staff').categories.move({ slug: 'kitchen', parent: 'gifts' });
    const tree = await shopper().products.search({ category: 'gifts', limit: 100 });
    expect(tree.items.map((item) => item.slug)).toContain('cast-iron-skillet');
    expect((await outcome(as('staff').categories.move({ slug: 'home', parent: 'kitchen' }))).fields).toEqual(['parent']);
    expect((await outcome(as('staff').categories.create({ slug: 'gifts', name: 'Again' }))).fields).toEqual(['slug']);
  });
});
