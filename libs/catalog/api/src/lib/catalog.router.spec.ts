import { TRPCError } from '@trpc/server';
import { pino } from 'pino';
import { inject } from 'vitest';
import { catalogMigrationSet, seedDemoCatalog } from '@emporium/catalog-data-access';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { createMetrics } from '@emporium/platform-observability';
import { ANONYMOUS, createCallerFactory, type RequestContext } from '@emporium/platform-trpc';
import { catalogRouter } from './catalog.router';

describe('catalog router', () => {
  let database: TestDatabase;
  let caller: ReturnType<typeof catalogRouter.createCaller>;

  beforeAll(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [catalogMigrationSet]);
    await seedDemoCatalog(database.db);
    const context: RequestContext = {
      requestId: 'test',
      logger: pino({ level: 'silent' }),
      metrics: createMetrics(),
      db: database.db,
      events: undefined as never,
      services: { client: () => undefined as never },
      auth: ANONYMOUS,
      transport: 'local',
    };
    caller = createCallerFactory(catalogRouter)(context);
  });
  afterAll(() => database.destroy());

  const codeOf = async (call: Promise<unknown>) => {
    try {
      await call;
      return 'OK';
    } catch (error) {
      return error instanceof TRPCError ? error.code : 'THREW';
    }
  };

  it('defaults to 20 products a page and caps pages at 100', async () => {
    expect((await caller.products.list()).items).toHaveLength(20);
    expect(await codeOf(caller.products.list({ limit: 101 }))).toBe('BAD_REQUEST');
    expect(await codeOf(caller.products.list({ limit: 0 }))).toBe('BAD_REQUEST');
    expect(await codeOf(caller.products.list({ limit: 2.5 }))).toBe('BAD_REQUEST');
  });

  it('refuses malformed slugs before touching the database', async () => {
    for (const slug of ['', 'UPPER', '../etc/passwd', 'a'.repeat(500), "x' OR 1=1 --"]) {
      expect(await codeOf(caller.products.bySlug({ slug }))).toBe('BAD_REQUEST');
    }
  });

  it('finds a product by slug', async () => {
    expect((await caller.products.bySlug({ slug: 'stoneware-mug' })).title).toBe('Stoneware Mug');
    expect(await codeOf(caller.products.bySlug({ slug: 'nothing-here' }))).toBe('NOT_FOUND');
  });
});
