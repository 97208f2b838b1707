import { sql } from 'kysely';
import { inject } from 'vitest';
import { type Database, inTransaction } from '@emporium/platform-db';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { eventsMigrationSet } from '@emporium/platform-events';
import { givenLocation, givenStock, levelOf, recordingPublisher } from '../testing/inventory-fixtures';
import { availabilityOf } from './availability';
import { inventoryMigrationSet } from './inventory.migrations';
import { auditLedger } from './ledger-audit';
import { listLocations } from './locations';
import { registerSkus, type SkusRegistered } from './sku-registry';
import { movementsOf, stockOf } from './stock-queries';

/** What a row of the database holds, with location ids replaced by codes: comparable across databases. */
async function levelsByCode(db: Database): Promise<string[]> {
  const rows = await sql<{ sku: string; code: string; on_hand: number; reserved: number }>`
    SELECT i.sku, loc.code, l.on_hand, l.reserved FROM inventory.stock_level l
    JOIN inventory.item i ON i.id = l.item_id JOIN inventory.location loc ON loc.id = l.location_id ORDER BY i.sku, loc.code`.execute(db);
  return rows.rows.map((row) => `${row.sku}@${row.code}=${row.on_hand}/${row.reserved}`);
}

const counts = async (db: Database) =>
  (await sql<{ items: number; levels: number; movements: number }>`
    SELECT (SELECT count(*) FROM inventory.item)::int AS items, (SELECT count(*) FROM inventory.stock_level)::int AS levels,
           (SELECT count(*) FROM inventory.movement)::int AS movements`.execute(db)).rows[0];

describe('the SKU registry', () => {
  let database: TestDatabase;
  const events = recordingPublisher();

  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [eventsMigrationSet, inventoryMigrationSet]);
    events.published.length = 0;
  });
  afterEach(() => database.destroy());

  const register = (registered: SkusRegistered, db: Database = database.db) => inTransaction(db, (trx) => registerSkus(trx, events, registered));

  it('creates each new SKU as a tracked item with nothing on hand, and tells the catalog it is out of stock', async () => {
    expect(await register({ skus: ['NEW-1', 'new-2', 'NEW-2', 'NEW-3'], renamed: [] })).toEqual({ created: 3, renamed: 0 });
    expect(await counts(database.db)).toEqual({ items: 3, levels: 0, movements: 0 });
    expect(events.published.map((event) => event.type)).toEqual(Array(3).fill('inventory.availability-changed'));
    expect(events.published.map((event) => event.payload)).toEqual(
      ['NEW-1', 'new-2', 'NEW-3'].map((sku) => ({ sku: expect.stringMatching(new RegExp(`^${sku}$`, 'i')), inStock: false, status: 'out_of_stock', previousStatus: null, available: 0, occurredAt: expect.any(String) })),
    );
    expect(await stockOf(database.db, 'new-1')).toEqual({ sku: 'NEW-1', tracked: true, allowBackorder: false, lowStockThreshold: 5, onHand: 0, reserved: 0, available: 0, status: 'out_of_stock', levels: [] });
    expect((await availabilityOf(database.db, ['NEW-1', 'NEW-2'])).skus.map((sku) => sku.status)).toEqual(['out_of_stock', 'out_of_stock']);
  });

  it('creates nothing new, and tells nobody, when the same event arrives again', async () => {
    const main = await givenLocation(database.db, 'MAIN', 10);
    const event: SkusRegistered = { skus: ['AGAIN-1', 'AGAIN-2'], renamed: [], demoStock: { soldOut: ['AGAIN-2'] } };
    expect(await register(event)).toEqual({ created: 2, renamed: 0 });
    await givenStock(database.db, { 'AGAIN-2': { [main]: 3 } });
    const before = { counts: await counts(database.db), levels: await levelsByCode(database.db) };
    events.published.length = 0;
    expect(await register(event)).toEqual({ created: 0, renamed: 0 });
    expect(await register({ skus: ['again-1'], renamed: [] })).toEqual({ created: 0, renamed: 0 });
    expect({ counts: await counts(database.db), levels: await levelsByCode(database.db) }).toEqual(before);
    expect(events.published).toEqual([]);
  });

  it('gives demo stock to every SKU but the sold-out ones, the same on every install, and creates the demo locations', async () => {
    const skus = Array.from({ length: 40 }, (_, index) => `DEMO-${String(index).padStart(3, '0')}`);
    const soldOut = ['DEMO-003', 'DEMO-017'];
    expect(await register({ skus, renamed: [], demoStock: { soldOut } })).toEqual({ created: 40, renamed: 0 });

    expect((await listLocations(database.db)).map(({ code, active, priority }) => ({ code, active, priority }))).toEqual([
      { code: 'MAIN', active: true, priority: 10 },
      { code: 'EAST', active: true, priority: 20 },
      { code: 'POPUP', active: false, priority: 90 },
    ]);
    const answer = await availabilityOf(database.db, skus);
    for (const entry of answer.skus) {
      if (soldOut.includes(entry.sku)) expect(entry).toMatchObject({ status: 'out_of_stock', available: 0 });
      else expect(entry.available).toBeGreaterThan(0);
    }
    // The catalog hears about every SKU that is not plainly in stock: the sold-out ones, and any that start low.
    const told = new Map(events.published.map((event) => [(event.payload as { sku: string }).sku, event.payload as { status: string }]));
    for (const entry of answer.skus) {
      if (entry.status === 'in_stock') expect(told.has(entry.sku)).toBe(false);
      else expect(told.get(entry.sku)).toMatchObject({ status: entry.status, previousStatus: null, available: entry.available });
    }
    // Demo stock is received stock, in the ledger like any other.
    expect((await movementsOf(database.db, 'DEMO-000', { limit: 10 }))?.rows[0]).toMatchObject({ kind: 'adjustment', reason: 'received', note: 'Demo stock', actor: 'system', actorLabel: 'Demo stock' });
    expect(await auditLedger(database.db)).toEqual([]);

    const elsewhere = await createTestDatabase(inject('pgAdminUrl'), [eventsMigrationSet, inventoryMigrationSet]);
    try {
      await register({ skus: [...skus].reverse(), renamed: [], demoStock: { soldOut } }, elsewhere.db);
      expect(await levelsByCode(elsewhere.db)).toEqual(await levelsByCode(database.db));
    } finally {
      await elsewhere.destroy();
    }
  });

  it('gives no demo stock to SKUs it already had, and leaves existing demo locations as they are', async () => {
    await register({ skus: ['OLD-1'], renamed: [] });
    await register({ skus: ['OLD-1', 'FRESH-1'], renamed: [], demoStock: { soldOut: [] } });
    await register({ skus: ['FRESH-2'], renamed: [], demoStock: { soldOut: [] } });
    expect((await stockOf(database.db, 'OLD-1'))?.onHand).toBe(0);
    expect((await stockOf(database.db, 'FRESH-1'))?.onHand).toBeGreaterThan(0);
    expect((await listLocations(database.db)).map((location) => location.code)).toEqual(['MAIN', 'EAST', 'POPUP']);
  });

  it('keeps the stock and the ledger of a renamed SKU, under its new name', async () => {
    const main = await givenLocation(database.db, 'MAIN', 10);
    await givenStock(database.db, { 'OLD-SKU': { [main]: 7 } });
    const ledgerBefore = (await movementsOf(database.db, 'OLD-SKU', { limit: 50 }))?.rows;
    const itemsBefore = (await counts(database.db))?.items;
    events.published.length = 0;

    expect(await register({ skus: [], renamed: [{ from: 'old-sku', to: 'NEW-SKU' }] })).toEqual({ created: 0, renamed: 1 });
    expect((await counts(database.db))?.items).toBe(itemsBefore);
    expect(await levelOf(database.db, 'NEW-SKU', main)).toEqual({ onHand: 7, reserved: 0 });
    expect((await movementsOf(database.db, 'NEW-SKU', { limit: 50 }))?.rows).toEqual(ledgerBefore);
    expect(await availabilityOf(database.db, ['OLD-SKU', 'NEW-SKU'])).toEqual({
      skus: [{ sku: 'NEW-SKU', status: 'in_stock', inStock: true, available: 7, allowBackorder: false }],
      unknown: ['OLD-SKU'],
    });
    expect(events.published).toEqual([]);

    // A change of case only is a rename too, shown as written.
    expect(await register({ skus: [], renamed: [{ from: 'NEW-SKU', to: 'New-Sku' }] })).toMatchObject({ created: 0 });
    expect((await stockOf(database.db, 'NEW-SKU'))).toMatchObject({ sku: 'New-Sku', onHand: 7 });
    // Repeating the rename changes nothing.
    expect(await register({ skus: [], renamed: [{ from: 'old-sku', to: 'NEW-SKU' }] })).toEqual({ created: 0, renamed: 0 });
    expect(await levelOf(database.db, 'NEW-SKU', main)).toEqual({ onHand: 7, reserved: 0 });
    expect(await auditLedger(database.db)).toEqual([]);
  });

  it('does not merge two items when a SKU is renamed to one that already exists', async () => {
    const main = await givenLocation(database.db, 'MAIN', 10);
    await givenStock(database.db, { 'A-1': { [main]: 2 }, 'B-1': { [main]: 5 } });
    expect(await register({ skus: [], renamed: [{ from: 'A-1', to: 'B-1' }] })).toEqual({ created: 0, renamed: 0 });
    expect(await levelOf(database.db, 'A-1', main)).toEqual({ onHand: 2, reserved: 0 });
    expect(await levelOf(database.db, 'B-1', main)).toEqual({ onHand: 5, reserved: 0 });
  });

  it('creates the new name of a rename it never knew, as a new item', async () => {
    expect(await register({ skus: [], renamed: [{ from: 'NEVER-SEEN', to: 'BRAND-NEW' }] })).toEqual({ created: 1, renamed: 0 });
    expect((await availabilityOf(database.db, ['NEVER-SEEN', 'BRAND-NEW'])).unknown).toEqual(['NEVER-SEEN']);
  });
});
