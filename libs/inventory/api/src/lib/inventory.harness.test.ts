/**
 * Shared set-up of the inventory router specs: one database and a real event bus per spec file, callers by role
 * (and as another service), what a client would see of a failure, and a digest of everything the inventory stores
 * to prove a refused call wrote nothing. Named `.test.ts` so it compiles with the specs while vitest (which runs
 * `*.spec.ts`) does not run it as a file of its own.
 */
import { sql } from 'kysely';
import { inject } from 'vitest';
import { inventoryMigrationSet } from '@emporium/inventory-data-access';
import { givenLocation, givenStock } from '@emporium/inventory-data-access/testing';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { EventBus, eventsMigrationSet } from '@emporium/platform-events';
import { createCallerFactory, type Role } from '@emporium/platform-trpc';
import { testContext } from '@emporium/platform-trpc/testing';
import { inventoryEventHandlers } from './inventory.handlers';
import { inventoryRouter } from './inventory.router';

export { type Outcome, outcome } from '@emporium/platform-trpc/testing';

export type InventoryCaller = ReturnType<typeof inventoryRouter.createCaller>;

export interface InventoryHarness {
  readonly database: () => TestDatabase;
  /** The whole inventory router as a signed-in user of this role (null: anonymous), called from a browser. */
  readonly as: (role: Role | null) => InventoryCaller;
  /** As another Emporium service (in-process, or HTTP with the service token), optionally on behalf of a user. */
  readonly service: (role?: Role | null) => InventoryCaller;
  /** A digest of every inventory table and of the events published: equal before and after means nothing was written. */
  readonly state: () => Promise<string>;
  /** Ledger rows so far. */
  readonly movementCount: () => Promise<number>;
  readonly givenLocation: (code: string, priority?: number, active?: boolean) => Promise<string>;
  readonly givenStock: (stock: Record<string, Record<string, number>>) => Promise<void>;
}

const INVENTORY_TABLES = ['location', 'item', 'stock_level', 'reservation', 'reservation_line', 'restock', 'movement', 'stock_alert', 'stock_status_seen'];

/** Registers beforeAll/afterAll hooks: a fresh inventory database and event bus for the spec file. Tests use their own SKUs. */
export function useInventoryHarness(): InventoryHarness {
  let database: TestDatabase | undefined;
  let bus: EventBus | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [eventsMigrationSet, inventoryMigrationSet]);
    bus = await EventBus.start({ pool: database.pool, source: 'inventory', schedule: false, supervise: false });
    // The inventory's own alert handler subscribes to its availability changes: each one published leaves a job.
    await bus.register(inventoryEventHandlers, []);
  });
  afterAll(async () => {
    await bus?.stop();
    await database?.destroy();
  });
  const current = () => {
    if (!database) throw new Error('The harness is used outside a test');
    return database;
  };
  const callerOf = (role: Role | null, fromService: boolean) => createCallerFactory(inventoryRouter)(testContext({ db: current().db, events: bus, role, fromService }));
  return {
    database: current,
    as: (role) => callerOf(role, false),
    service: (role = null) => callerOf(role, true),
    state: async () => {
      const digests = await Promise.all(
        INVENTORY_TABLES.map(async (table) => {
          const { rows } = await sql<{ digest: string | null; count: number }>`
            SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest, count(*)::int AS count FROM ${sql.table(`inventory.${table}`)} t`.execute(current().db);
          return `${table}:${rows[0]?.count}:${rows[0]?.digest ?? ''}`;
        }),
      );
      const jobs = await sql<{ count: number }>`SELECT count(*)::int AS count FROM pgboss.job WHERE name LIKE 'inventory.%'`.execute(current().db);
      return [...digests, `events:${jobs.rows[0]?.count}`].join(' ');
    },
    movementCount: async () => (await sql<{ count: number }>`SELECT count(*)::int AS count FROM inventory.movement`.execute(current().db)).rows[0]?.count ?? 0,
    givenLocation: (code, priority = 10, active = true) => givenLocation(current().db, code, priority, active),
    givenStock: (stock) => givenStock(current().db, stock),
  };
}

/** A well-formed id that names nothing. */
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

export const NO_ADDRESS = { line1: null, line2: null, city: null, region: null, postalCode: null, countryCode: null };
