import { sql } from 'kysely';
import { inject } from 'vitest';
import { inTransaction } from '@emporium/platform-db';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { type DomainEvent, EventBus, eventsMigrationSet } from '@emporium/platform-events';
import { catalogMigrationSet } from './catalog.migrations';
import { DEMO_PRODUCTS } from './demo-catalog';
import { seedDemoData } from './demo-data';
import { generateCatalog } from './generated-catalog/generate';
import { loadGeneratedCatalog } from './generated-catalog/load';
import { seedDemoCatalog } from './seed';
import { publishSkusRegistered, SKUS_PER_EVENT, SKUS_REGISTERED, type SkusRegistered } from './sku-events';

const OBSERVER_QUEUE = `test.on.${SKUS_REGISTERED}`;

/** A bus without workers, with a test queue subscribed to the event: each committed event leaves one job there. */
async function observedBus(database: TestDatabase): Promise<EventBus> {
  const bus = await EventBus.start({ pool: database.pool, source: 'catalog', schedule: false, supervise: false });
  await bus.boss.createQueue(OBSERVER_QUEUE);
  await bus.boss.subscribe(SKUS_REGISTERED, OBSERVER_QUEUE);
  return bus;
}

async function published(database: TestDatabase): Promise<SkusRegistered[]> {
  const { rows } = await sql<{ data: DomainEvent<string, SkusRegistered> }>`SELECT data FROM pgboss.job WHERE name = ${OBSERVER_QUEUE}`.execute(database.db);
  return rows.map((row) => row.data.payload);
}

const skusWhere = async (database: TestDatabase, condition: ReturnType<typeof sql>) =>
  (await sql<{ sku: string }>`SELECT v.sku FROM catalog.variant v LEFT JOIN catalog.variant_availability a ON a.variant_id = v.id WHERE ${condition}`.execute(database.db)).rows
    .map((row) => row.sku)
    .sort();

const sorted = (values: readonly string[]) => [...values].sort();

describe('publishSkusRegistered', () => {
  const recorder = () => {
    const calls: Array<{ type: string; payload: SkusRegistered }> = [];
    return { calls, events: { publish: async (_trx: unknown, type: string, payload: unknown) => calls.push({ type, payload: payload as SkusRegistered }) } as never };
  };
  const trx = {} as never;

  it('publishes nothing for a change without new SKUs or renames', async () => {
    const { calls, events } = recorder();
    expect(await publishSkusRegistered(trx, events, { skus: [], renamed: [], demoSoldOut: [] })).toBe(0);
    expect(calls).toEqual([]);
  });

  it('splits SKUs into events of at most 1,000, each with the sold-out SKUs of its own chunk, renames with the first', async () => {
    const { calls, events } = recorder();
    const skus = Array.from({ length: 2 * SKUS_PER_EVENT + 5 }, (_, index) => `SKU-${index}`);
    const rename = { from: 'OLD', to: 'NEW' };
    expect(await publishSkusRegistered(trx, events, { skus, renamed: [rename], demoSoldOut: ['SKU-3', 'SKU-1500', 'SKU-2004'] })).toBe(3);
    expect(calls.map((call) => call.type)).toEqual([SKUS_REGISTERED, SKUS_REGISTERED, SKUS_REGISTERED]);
    expect(calls.map((call) => call.payload.skus.length)).toEqual([1000, 1000, 5]);
    expect(calls.flatMap((call) => call.payload.skus)).toEqual(skus);
    expect(calls.map((call) => call.payload.renamed)).toEqual([[rename], [], []]);
    expect(calls.map((call) => call.payload.demoStock)).toEqual([{ soldOut: ['SKU-3'] }, { soldOut: ['SKU-1500'] }, { soldOut: ['SKU-2004'] }]);
  });

  it('leaves demoStock out of events that are not from a demo seed', async () => {
    const { calls, events } = recorder();
    await publishSkusRegistered(trx, events, { skus: [], renamed: [{ from: 'A', to: 'a' }] });
    expect(calls.map((call) => call.payload)).toEqual([{ skus: [], renamed: [{ from: 'A', to: 'a' }] }]);
  });
});

describe('demo seeds tell the inventory what they seeded', () => {
  let database: TestDatabase;
  let bus: EventBus;
  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [eventsMigrationSet, catalogMigrationSet]);
    bus = await observedBus(database);
  });
  afterEach(async () => {
    await bus.stop();
    await database.destroy();
  });

  it('the curated seed publishes all its SKUs, with the sold-out ones as demo stock, once', async () => {
    expect(await seedDemoData(database.db, { kind: 'curated', size: 0 }, bus)).toEqual({ inserted: DEMO_PRODUCTS.length });
    const events = await published(database);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(sorted(event!.skus)).toEqual(await skusWhere(database, sql`true`));
    expect(event!.skus.length).toBeGreaterThan(DEMO_PRODUCTS.length);
    expect(event!.renamed).toEqual([]);
    expect(sorted(event!.demoStock!.soldOut)).toEqual(['BLACK-SLIM-JEANS-28', 'CLASSIC-WHITE-TEE-XS', 'TRAIL-RUNNING-SHOES-45']);
    expect(sorted(event!.demoStock!.soldOut)).toEqual(await skusWhere(database, sql`a.in_stock = false`));

    // A repeated seed inserts nothing and publishes nothing.
    expect(await seedDemoCatalog(database.db, bus)).toEqual({ inserted: 0 });
    expect(await published(database)).toHaveLength(1);
  });

  it('a seed without a bus publishes nothing', async () => {
    await seedDemoCatalog(database.db);
    expect(await published(database)).toEqual([]);
  });

  it('a seed whose transaction fails at commit leaves no event', async () => {
    await sql`
      CREATE FUNCTION catalog.test_refuse_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused at commit'; END $$;
      CREATE CONSTRAINT TRIGGER test_refuse_at_commit AFTER INSERT ON catalog.variant DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW WHEN (NEW.sku = 'WOOL-BEANIE') EXECUTE FUNCTION catalog.test_refuse_at_commit();`.execute(database.db);
    const publish = vi.spyOn(bus, 'publish');
    await expect(seedDemoCatalog(database.db, bus)).rejects.toThrow(/refused at commit/);
    expect(publish).toHaveBeenCalledTimes(1);
    expect(await published(database)).toEqual([]);
    // And an event published in a transaction that rolls back is gone with it.
    await expect(
      inTransaction(database.db, async (trx) => {
        await publishSkusRegistered(trx, bus, { skus: ['GHOST'] });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await published(database)).toEqual([]);
  });

  it('the generated loader publishes every SKU in chunks of at most 1,000, each with its own sold-out SKUs', async () => {
    const catalog = generateCatalog({ seed: 2024, products: 500 });
    const variants = catalog.products.flatMap((product) => product.variants);
    // Batches of 120 products do not line up with the chunks of 1,000 SKUs.
    const loaded = await loadGeneratedCatalog(database.db, catalog, { batchSize: 120, events: bus });
    expect(loaded.variants).toBe(variants.length);
    expect(variants.length).toBeGreaterThan(2 * SKUS_PER_EVENT);

    const events = await published(database);
    expect(events).toHaveLength(Math.ceil(variants.length / SKUS_PER_EVENT));
    const full = Math.floor(variants.length / SKUS_PER_EVENT);
    const expectedSizes = [...Array<number>(full).fill(SKUS_PER_EVENT), ...(variants.length % SKUS_PER_EVENT ? [variants.length % SKUS_PER_EVENT] : [])];
    expect(events.map((event) => event.skus.length).sort((a, b) => b - a)).toEqual(expectedSizes);
    expect(sorted(events.flatMap((event) => event.skus))).toEqual(sorted(variants.map((variant) => variant.sku)));
    for (const event of events) {
      expect(event.renamed).toEqual([]);
      const own = new Set(event.skus);
      expect(event.demoStock!.soldOut.filter((sku) => !own.has(sku))).toEqual([]);
    }
    const soldOut = sorted(events.flatMap((event) => event.demoStock!.soldOut));
    expect(soldOut).toEqual(sorted(variants.filter((variant) => !variant.inStock).map((variant) => variant.sku)));
    expect(soldOut).toEqual(await skusWhere(database, sql`a.in_stock = false`));
    expect(soldOut.length).toBeGreaterThan(0);

    // Into a catalog with products, the demo load inserts nothing and publishes nothing.
    expect(await loadGeneratedCatalog(database.db, generateCatalog({ seed: 5, products: 3 }), { onlyIfEmpty: true, events: bus })).toEqual({ products: 0, variants: 0 });
    expect(await published(database)).toHaveLength(events.length);
  }, 60_000);

  it('the generated demo seed passes the bus on to the loader', async () => {
    await seedDemoData(database.db, { kind: 'generated', size: 20 }, bus);
    const events = await published(database);
    expect(events).toHaveLength(1);
    expect(sorted(events[0]!.skus)).toEqual(await skusWhere(database, sql`true`));
    expect(events[0]!.demoStock).toEqual({ soldOut: expect.any(Array) });
  });
});
