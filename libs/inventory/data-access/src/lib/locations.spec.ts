import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { inject } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { eventsMigrationSet } from '@emporium/platform-events';
import { CHECKOUT, givenLocation, givenStock, recordingPublisher } from '../testing/inventory-fixtures';
import { availabilityOf } from './availability';
import { inventoryMigrationSet } from './inventory.migrations';
import { auditLedger } from './ledger-audit';
import { createLocation, type LocationFields, listLocations, updateLocation } from './locations';
import { reserve } from './reservations';

const NO_ADDRESS = { line1: null, line2: null, city: null, region: null, postalCode: null, countryCode: null };

describe('stock locations', () => {
  let database: TestDatabase;
  const events = recordingPublisher();

  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [eventsMigrationSet, inventoryMigrationSet]);
    events.published.length = 0;
  });
  afterEach(() => database.destroy());

  const fieldsOf = (code: string, overrides: Partial<LocationFields> = {}): LocationFields => ({ code, name: `${code} warehouse`, priority: 10, active: true, address: NO_ADDRESS, ...overrides });
  const locationCount = async () => Number((await sql<{ count: string }>`SELECT count(*) AS count FROM inventory.location`.execute(database.db)).rows[0]?.count);

  it('creates a location with its address and lists locations by priority, with what each holds', async () => {
    const address = { line1: '4100 Logistics Pkwy', line2: 'Dock 3', city: 'Columbus', region: 'OH', postalCode: '43217', countryCode: 'US' };
    const created = await createLocation(database.db, fieldsOf('MAIN', { name: 'Main warehouse', priority: 20, address }));
    expect(created).toEqual({ ok: true, value: { id: expect.stringMatching(/^[0-9a-f-]{36}$/), code: 'MAIN', name: 'Main warehouse', priority: 20, active: true, address, skuCount: 0, onHand: 0, reserved: 0 } });
    const east = await givenLocation(database.db, 'EAST', 5);
    await givenLocation(database.db, 'ANNEX', 20);
    if (!created.ok) return;
    await givenStock(database.db, { 'LOC-A': { [created.value.id]: 7 }, 'LOC-B': { [created.value.id]: 3, [east]: 2 }, 'LOC-C': { [created.value.id]: 0 } });
    expect((await reserve(database.db, events, { idempotencyKey: 'loc-view', lines: [{ sku: 'LOC-A', quantity: 2 }] }, CHECKOUT)).ok).toBe(true);

    const listed = await listLocations(database.db);
    expect(listed.map((location) => location.code)).toEqual(['EAST', 'ANNEX', 'MAIN']);
    // LOC-C has a level of 0 there: it does not count as a SKU the location holds.
    expect(listed.find((location) => location.code === 'MAIN')).toEqual({ ...created.value, skuCount: 2, onHand: 10, reserved: 2 });
    expect(listed.find((location) => location.code === 'EAST')).toMatchObject({ skuCount: 1, onHand: 2, reserved: 0 });
    expect(listed.find((location) => location.code === 'ANNEX')).toMatchObject({ skuCount: 0, onHand: 0, reserved: 0 });
  });

  it('refuses a second location with the same code, on create and on update', async () => {
    await givenLocation(database.db, 'MAIN', 10);
    const other = await givenLocation(database.db, 'EAST', 20);
    expect(await createLocation(database.db, fieldsOf('MAIN', { name: 'Another main' }))).toEqual({ ok: false, error: { type: 'LocationCodeTaken', code: 'MAIN' } });
    expect(await locationCount()).toBe(2);
    expect(await updateLocation(database.db, events, other, fieldsOf('MAIN'))).toEqual({ ok: false, error: { type: 'LocationCodeTaken', code: 'MAIN' } });
    expect((await listLocations(database.db)).map((location) => location.code)).toEqual(['MAIN', 'EAST']);
  });

  it('updates a location, and refuses an unknown one', async () => {
    const id = await givenLocation(database.db, 'MAIN', 10);
    const updated = await updateLocation(database.db, events, id, fieldsOf('MAIN-2', { name: 'Renamed', priority: 5, address: { ...NO_ADDRESS, city: 'Austin', countryCode: 'US' } }));
    expect(updated).toEqual({ ok: true, value: { id, code: 'MAIN-2', name: 'Renamed', priority: 5, active: true, address: { ...NO_ADDRESS, city: 'Austin', countryCode: 'US' }, skuCount: 0, onHand: 0, reserved: 0 } });
    const nowhere = randomUUID();
    expect(await updateLocation(database.db, events, nowhere, fieldsOf('GHOST'))).toEqual({ ok: false, error: { type: 'UnknownLocation', locationId: nowhere } });
    expect(events.published).toEqual([]);
  });

  it('deactivating a location stops counting its stock, and tells the catalog about SKUs stocked only there', async () => {
    const main = await givenLocation(database.db, 'MAIN', 10);
    const popup = await givenLocation(database.db, 'POPUP', 50);
    await givenStock(database.db, { 'ONLY-POPUP': { [popup]: 8 }, 'BOTH-1': { [main]: 20, [popup]: 4 }, 'MAIN-ONLY': { [main]: 9 } });
    events.published.length = 0;

    const closed = await updateLocation(database.db, events, popup, fieldsOf('POPUP', { priority: 50, active: false }));
    expect(closed.ok && closed.value).toMatchObject({ active: false, onHand: 12, skuCount: 2 });
    // BOTH-1 keeps 20 at the main warehouse: still in stock, nothing to tell.
    expect(events.published).toEqual([
      {
        type: 'inventory.availability-changed',
        payload: { sku: 'ONLY-POPUP', inStock: false, status: 'out_of_stock', previousStatus: 'in_stock', available: 0, occurredAt: expect.any(String) },
      },
    ]);
    expect(await availabilityOf(database.db, ['ONLY-POPUP', 'BOTH-1', 'MAIN-ONLY'])).toEqual({
      skus: [
        { sku: 'ONLY-POPUP', status: 'out_of_stock', inStock: false, available: 0, allowBackorder: false },
        { sku: 'BOTH-1', status: 'in_stock', inStock: true, available: 20, allowBackorder: false },
        { sku: 'MAIN-ONLY', status: 'in_stock', inStock: true, available: 9, allowBackorder: false },
      ],
      unknown: [],
    });
    // Nor can its stock be reserved.
    expect(await reserve(database.db, events, { idempotencyKey: 'from-closed', lines: [{ sku: 'ONLY-POPUP', quantity: 1 }] }, CHECKOUT)).toEqual({
      ok: false,
      error: { type: 'InsufficientStock', shortfalls: [{ sku: 'ONLY-POPUP', requested: 1, available: 0 }] },
    });

    events.published.length = 0;
    const reopened = await updateLocation(database.db, events, popup, fieldsOf('POPUP', { priority: 50, active: true }));
    expect(reopened.ok).toBe(true);
    expect(events.published).toEqual([
      { type: 'inventory.availability-changed', payload: expect.objectContaining({ sku: 'ONLY-POPUP', inStock: true, status: 'in_stock', previousStatus: 'out_of_stock', available: 8 }) },
    ]);
    expect((await availabilityOf(database.db, ['BOTH-1'])).skus[0]?.available).toBe(24);
    // Opening and closing moves no stock: the ledger still accounts for every level.
    expect(await auditLedger(database.db)).toEqual([]);
  });

  it('tells the catalog when closing a location leaves a SKU running low', async () => {
    const main = await givenLocation(database.db, 'MAIN', 10);
    const east = await givenLocation(database.db, 'EAST', 20);
    await givenStock(database.db, { 'THIN-1': { [main]: 3, [east]: 30 } });
    events.published.length = 0;
    expect((await updateLocation(database.db, events, east, fieldsOf('EAST', { priority: 20, active: false }))).ok).toBe(true);
    expect(events.published).toEqual([
      { type: 'inventory.availability-changed', payload: expect.objectContaining({ sku: 'THIN-1', inStock: true, status: 'low_stock', previousStatus: 'in_stock', available: 3 }) },
    ]);
  });

  it('publishes nothing when a change leaves the location active, or inactive', async () => {
    const main = await givenLocation(database.db, 'MAIN', 10);
    await givenStock(database.db, { 'QUIET-1': { [main]: 2 } });
    events.published.length = 0;
    expect((await updateLocation(database.db, events, main, fieldsOf('MAIN', { name: 'Main (renamed)', priority: 1 }))).ok).toBe(true);
    expect(events.published).toEqual([]);
    expect((await updateLocation(database.db, events, main, fieldsOf('MAIN', { active: false }))).ok).toBe(true);
    events.published.length = 0;
    expect((await updateLocation(database.db, events, main, fieldsOf('MAIN', { active: false, name: 'Closed' }))).ok).toBe(true);
    expect(events.published).toEqual([]);
  });
});
