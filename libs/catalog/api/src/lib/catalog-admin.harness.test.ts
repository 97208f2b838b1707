/**
 * Shared set-up of the catalog admin specs: a seeded database per test, callers by role, and what a client would
 * see of a failure. Named `.test.ts` so it compiles with the specs while vitest (which runs `*.spec.ts`) does not
 * run it as a file of its own.
 */
import { sql } from 'kysely';
import { inject } from 'vitest';
import { catalogMigrationSet, demoId, seedDemoCatalog, type SkusRegistered } from '@emporium/catalog-data-access';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { type EventBus, eventsMigrationSet } from '@emporium/platform-events';
import { createCallerFactory, type Role } from '@emporium/platform-trpc';
import { testContext } from '@emporium/platform-trpc/testing';
import { startObservedBus, skusRegistered } from './catalog-events.harness.test';
import { catalogRouter } from './catalog.router';

export { type Outcome, outcome } from '@emporium/platform-trpc/testing';

type CatalogCaller = ReturnType<typeof catalogRouter.createCaller>;

export interface AdminHarness {
  readonly database: () => TestDatabase;
  /** `catalog.admin.*` as a caller of this role (null: anonymous). */
  readonly as: (role: Role | null) => CatalogCaller['admin'];
  /** The public catalog procedures, as a shopper calls them. */
  readonly shopper: () => CatalogCaller;
  /** As another Emporium service (the cart asking for variant facts). */
  readonly service: () => CatalogCaller;
  /** A digest of every catalog table, to prove a refused call changed nothing. */
  readonly fingerprint: () => Promise<string>;
  /** The `catalog.skus-registered` payloads committed since the seed (which publishes none here), oldest first. */
  readonly skuEvents: () => Promise<SkusRegistered[]>;
  /** The event bus the staff callers publish through. */
  readonly bus: () => EventBus;
}

const CATALOG_TABLES = [
  'brand',
  'product',
  'product_option',
  'option_value',
  'variant',
  'variant_option_value',
  'price',
  'category',
  'product_category',
  'collection',
  'collection_product',
  'product_image',
  'product_attribute',
  'listing_entry',
];

/** Registers beforeEach/afterEach hooks that give each test a freshly seeded demo catalog and an event bus. */
export function useAdminHarness(): AdminHarness {
  let database: TestDatabase | undefined;
  let bus: EventBus | undefined;
  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [eventsMigrationSet, catalogMigrationSet]);
    await seedDemoCatalog(database.db);
    bus = await startObservedBus(database);
  });
  afterEach(async () => {
    await bus?.stop();
    await database?.destroy();
  });
  const current = () => {
    if (!database) throw new Error('The harness is used outside a test');
    return database;
  };
  const callerAs = (role: Role | null, fromService = false) => createCallerFactory(catalogRouter)(testContext({ db: current().db, events: bus, role, fromService }));
  return {
    database: current,
    skuEvents: () => skusRegistered(current()),
    bus: () => {
      if (!bus) throw new Error('The harness is used outside a test');
      return bus;
    },
    as: (role) => callerAs(role).admin,
    shopper: () => callerAs(null),
    service: () => callerAs(null, true),
    fingerprint: async () => {
      const digests = await Promise.all(
        CATALOG_TABLES.map(async (table) => {
          const { rows } = await sql<{ digest: string | null }>`SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM ${sql.table(`catalog.${table}`)} t`.execute(current().db);
          return `${table}:${rows[0]?.digest ?? ''}`;
        }),
      );
      return digests.join(' ');
    },
  };
}

/** Ids of the demo catalog (stable on every machine). */
export const demo = {
  product: (slug: string) => demoId(slug),
  variant: (sku: string) => demoId(sku),
  category: (slug: string) => demoId(`category:${slug}`),
  collection: (slug: string) => demoId(`collection:${slug}`),
};

export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
