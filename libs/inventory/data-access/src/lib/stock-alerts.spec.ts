import { inject } from 'vitest';
import { inTransaction } from '@emporium/platform-db';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { eventsMigrationSet } from '@emporium/platform-events';
import { CHECKOUT, givenLocation, givenStock, recordingPublisher, STAFF } from '../testing/inventory-fixtures';
import { adjust } from './adjustments';
import { inventoryMigrationSet } from './inventory.migrations';
import { updateItemPolicy } from './items';
import type { AvailabilityChanged } from './level-changes';
import { reserve } from './reservations';
import { applyStockAlert, listStockAlerts } from './stock-alerts';

describe('stock alerts', () => {
  let database: TestDatabase;
  let main: string;
  const events = recordingPublisher();

  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [eventsMigrationSet, inventoryMigrationSet]);
    main = await givenLocation(database.db, 'MAIN', 10);
    events.published.length = 0;
  });
  afterEach(() => database.destroy());

  const apply = (change: AvailabilityChanged) => inTransaction(database.db, (trx) => applyStockAlert(trx, change));
  /** Delivers what was published since the last call, in order, as the alert handler would receive it. */
  async function deliver(): Promise<Array<'applied' | 'stale' | 'unknown-sku'>> {
    const pending = events.published.splice(0).filter((event) => event.type === 'inventory.availability-changed');
    const outcomes: Array<'applied' | 'stale' | 'unknown-sku'> = [];
    for (const event of pending) outcomes.push(await apply(event.payload as AvailabilityChanged));
    return outcomes;
  }
  const set = (sku: string, quantity: number) => adjust(database.db, events, { sku, locationId: main, mode: 'set', quantity, reason: 'stock_count' }, STAFF);
  const alerts = async () => (await listStockAlerts(database.db, 100)).map(({ sku, status, available, lowStockThreshold }) => ({ sku, status, available, lowStockThreshold }));

  it('raises an out-of-stock alert for a newly registered SKU and clears it when stock arrives', async () => {
    await givenStock(database.db, { 'ALERT-1': {} }, events);
    expect(await deliver()).toEqual(['applied']);
    expect(await alerts()).toEqual([{ sku: 'ALERT-1', status: 'out_of_stock', available: 0, lowStockThreshold: 5 }]);
    await set('ALERT-1', 50);
    expect(await deliver()).toEqual(['applied']);
    expect(await alerts()).toEqual([]);
  });

  it('follows a SKU from in stock to low, to out, and back', async () => {
    await givenStock(database.db, { 'ALERT-2': { [main]: 20 } });
    events.published.length = 0;
    await set('ALERT-2', 4);
    await deliver();
    expect(await alerts()).toEqual([{ sku: 'ALERT-2', status: 'low_stock', available: 4, lowStockThreshold: 5 }]);
    const [raised] = await listStockAlerts(database.db, 10);

    // A checkout takes the rest: out of stock, the same alert updated (raised when it first went low).
    expect((await reserve(database.db, events, { idempotencyKey: 'alert-2-buy', lines: [{ sku: 'ALERT-2', quantity: 4 }] }, CHECKOUT)).ok).toBe(true);
    await deliver();
    const [updated] = await listStockAlerts(database.db, 10);
    expect(updated).toMatchObject({ sku: 'ALERT-2', status: 'out_of_stock', available: 0, raisedAt: raised?.raisedAt });
    expect(Date.parse(updated?.changedAt ?? '')).toBeGreaterThan(Date.parse(raised?.changedAt ?? ''));

    await adjust(database.db, events, { sku: 'ALERT-2', locationId: main, mode: 'add', quantity: 2, reason: 'received' }, STAFF);
    await deliver();
    expect(await alerts()).toEqual([{ sku: 'ALERT-2', status: 'low_stock', available: 2, lowStockThreshold: 5 }]);
    await adjust(database.db, events, { sku: 'ALERT-2', locationId: main, mode: 'add', quantity: 30, reason: 'received' }, STAFF);
    await deliver();
    expect(await alerts()).toEqual([]);
  });

  it('clears an alert when the threshold is lowered, or the SKU stops being tracked', async () => {
    await givenStock(database.db, { 'ALERT-3': { [main]: 3 }, 'ALERT-4': { [main]: 0 } }, events);
    await deliver();
    expect((await alerts()).map((alert) => alert.sku).sort()).toEqual(['ALERT-3', 'ALERT-4']);
    await updateItemPolicy(database.db, events, 'ALERT-3', { tracked: true, allowBackorder: false, lowStockThreshold: 2 });
    await updateItemPolicy(database.db, events, 'ALERT-4', { tracked: false, allowBackorder: false, lowStockThreshold: 5 });
    expect(await deliver()).toEqual(['applied', 'applied']);
    expect(await alerts()).toEqual([]);
  });

  it('ignores a change older than the last one applied, and a repeated delivery', async () => {
    await givenStock(database.db, { 'LATE-1': { [main]: 20 } });
    events.published.length = 0;
    await set('LATE-1', 3);
    await set('LATE-1', 0);
    const [low, out] = events.published.splice(0).map((event) => event.payload as AvailabilityChanged);
    if (!low || !out) throw new Error('expected two status changes');
    expect([low.status, out.status]).toEqual(['low_stock', 'out_of_stock']);

    // Delivered out of order: the newer one wins, the late one is ignored.
    expect(await apply(out)).toBe('applied');
    expect(await apply(low)).toBe('stale');
    expect(await apply(out)).toBe('stale');
    expect(await alerts()).toEqual([{ sku: 'LATE-1', status: 'out_of_stock', available: 0, lowStockThreshold: 5 }]);

    // A late "back in stock" must not clear a newer alert either.
    expect(await apply({ ...low, status: 'in_stock', inStock: true, available: 20, occurredAt: new Date(Date.parse(low.occurredAt) - 1000).toISOString() })).toBe('stale');
    expect(await alerts()).toHaveLength(1);
  });

  it('ignores changes for SKUs it does not know', async () => {
    expect(await apply({ sku: 'GHOST-1', inStock: false, status: 'out_of_stock', previousStatus: 'in_stock', available: 0, occurredAt: new Date().toISOString() })).toBe('unknown-sku');
    expect(await alerts()).toEqual([]);
  });

  it('lists out-of-stock alerts first, then low ones, newest first within each, up to the limit', async () => {
    await givenStock(database.db, { 'ORD-LOW-A': { [main]: 2 } });
    await givenStock(database.db, { 'ORD-OUT-A': {} });
    await givenStock(database.db, { 'ORD-LOW-B': { [main]: 1 } });
    await givenStock(database.db, { 'ORD-OUT-B': {} });
    // givenStock published through its own publisher; apply what each SKU's status is now.
    for (const [sku, status, available] of [
      ['ORD-LOW-A', 'low_stock', 2],
      ['ORD-OUT-A', 'out_of_stock', 0],
      ['ORD-LOW-B', 'low_stock', 1],
      ['ORD-OUT-B', 'out_of_stock', 0],
    ] as const) {
      await apply({ sku, status, inStock: status !== 'out_of_stock', previousStatus: null, available, occurredAt: new Date().toISOString() });
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect((await listStockAlerts(database.db, 100)).map((alert) => alert.sku)).toEqual(['ORD-OUT-B', 'ORD-OUT-A', 'ORD-LOW-B', 'ORD-LOW-A']);
    expect((await listStockAlerts(database.db, 3)).map((alert) => alert.sku)).toEqual(['ORD-OUT-B', 'ORD-OUT-A', 'ORD-LOW-B']);
  });
});
