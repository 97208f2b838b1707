import { inject } from 'vitest';
import { inTransaction } from '@emporium/platform-db';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { eventsMigrationSet } from '@emporium/platform-events';
import { CHECKOUT, givenLocation, givenStock, recordingPublisher, STAFF } from '../testing/inventory-fixtures';
import { adjust } from './adjustments';
import { availabilityOf } from './availability';
import { inventoryMigrationSet } from './inventory.migrations';
import { updateItemPolicy } from './items';
import { reserve } from './reservations';
import { registerSkus } from './sku-registry';

describe('availability', () => {
  let database: TestDatabase;
  let main: string;
  let east: string;
  let closed: string;
  const events = recordingPublisher();

  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [eventsMigrationSet, inventoryMigrationSet]);
    main = await givenLocation(database.db, 'MAIN', 10);
    east = await givenLocation(database.db, 'EAST', 20);
    closed = await givenLocation(database.db, 'CLOSED', 90, false);
  });
  afterEach(() => database.destroy());

  it('answers for many SKUs at once, in the order asked, with unknown SKUs listed apart', async () => {
    const known = Array.from({ length: 200 }, (_, index) => `MANY-${index}`);
    await inTransaction(database.db, (trx) => registerSkus(trx, events, { skus: known, renamed: [] }));
    // Stock the even ones: index + 1 units at the main warehouse.
    for (const [index, sku] of known.entries()) {
      if (index % 2 === 0) await adjust(database.db, events, { sku, locationId: main, mode: 'set', quantity: index + 1, reason: 'received' }, STAFF);
    }
    const unknown = Array.from({ length: 50 }, (_, index) => `GHOST-${index}`);
    const asked = known.flatMap((sku, index) => (index < 50 ? [sku, unknown[index] ?? ''] : [sku]));

    const answer = await availabilityOf(database.db, asked);
    expect(answer.unknown).toEqual(unknown);
    expect(answer.skus.map((entry) => entry.sku)).toEqual(known);
    for (const [index, entry] of answer.skus.entries()) {
      const available = index % 2 === 0 ? index + 1 : 0;
      const status = available === 0 ? 'out_of_stock' : available <= 5 ? 'low_stock' : 'in_stock';
      expect(entry).toEqual({ sku: `MANY-${index}`, status, inStock: available > 0, available, allowBackorder: false });
    }
  });

  it('keeps each SKU as the caller wrote it, once, however often and in whatever case it is asked', async () => {
    await givenStock(database.db, { 'CASE-1': { [main]: 9 } });
    expect(await availabilityOf(database.db, ['case-1', 'CASE-1', ' Case-1 ', 'nope', 'NOPE'])).toEqual({
      skus: [{ sku: 'case-1', status: 'in_stock', inStock: true, available: 9, allowBackorder: false }],
      unknown: ['nope'],
    });
    expect(await availabilityOf(database.db, [])).toEqual({ skus: [], unknown: [] });
  });

  it('counts active locations only, less what is reserved', async () => {
    await givenStock(database.db, { 'SPREAD-1': { [main]: 4, [east]: 6, [closed]: 100 } });
    expect((await reserve(database.db, events, { idempotencyKey: 'spread-hold', lines: [{ sku: 'SPREAD-1', quantity: 3 }] }, CHECKOUT)).ok).toBe(true);
    expect((await availabilityOf(database.db, ['SPREAD-1'])).skus).toEqual([{ sku: 'SPREAD-1', status: 'in_stock', inStock: true, available: 7, allowBackorder: false }]);

    await givenStock(database.db, { 'CLOSED-ONLY': { [closed]: 50 } });
    expect((await availabilityOf(database.db, ['CLOSED-ONLY'])).skus).toEqual([{ sku: 'CLOSED-ONLY', status: 'out_of_stock', inStock: false, available: 0, allowBackorder: false }]);
  });

  it('reports untracked SKUs as sellable with no count, and backorderable ones as sellable below zero', async () => {
    await givenStock(database.db, { 'FREE-1': {}, 'BACK-1': { [main]: 1 }, 'LOW-OFF': { [main]: 2 } });
    await updateItemPolicy(database.db, events, 'FREE-1', { tracked: false, allowBackorder: false, lowStockThreshold: 5 });
    await updateItemPolicy(database.db, events, 'BACK-1', { tracked: true, allowBackorder: true, lowStockThreshold: 5 });
    await updateItemPolicy(database.db, events, 'LOW-OFF', { tracked: true, allowBackorder: false, lowStockThreshold: 0 });
    expect((await reserve(database.db, events, { idempotencyKey: 'back-hold', lines: [{ sku: 'BACK-1', quantity: 3 }] }, CHECKOUT)).ok).toBe(true);

    expect((await availabilityOf(database.db, ['FREE-1', 'BACK-1', 'LOW-OFF'])).skus).toEqual([
      { sku: 'FREE-1', status: 'untracked', inStock: true, available: null, allowBackorder: false },
      { sku: 'BACK-1', status: 'backorder', inStock: true, available: -2, allowBackorder: true },
      // A threshold of 0 turns the low-stock warning off.
      { sku: 'LOW-OFF', status: 'in_stock', inStock: true, available: 2, allowBackorder: false },
    ]);
  });
});
