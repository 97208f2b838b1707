import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { inject } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { eventsMigrationSet } from '@emporium/platform-events';
import { CHECKOUT, givenLocation, givenStock, levelOf, recordingPublisher, STAFF } from '../testing/inventory-fixtures';
import { adjust, transfer } from './adjustments';
import { inventoryMigrationSet } from './inventory.migrations';
import { auditLedger } from './ledger-audit';
import { reserve } from './reservations';
import { movementsOf } from './stock-queries';

describe('adjustments and transfers', () => {
  let database: TestDatabase;
  let main: string;
  let east: string;
  const events = recordingPublisher();

  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [eventsMigrationSet, inventoryMigrationSet], { poolMax: 16 });
    main = await givenLocation(database.db, 'MAIN', 10);
    east = await givenLocation(database.db, 'EAST', 20);
    events.published.length = 0;
  });
  afterEach(() => database.destroy());

  /** The SKU's ledger, oldest first. */
  const ledgerOf = async (sku: string) => (await movementsOf(database.db, sku, { limit: 200 }))?.rows.toReversed() ?? [];
  const movementCount = async () => Number((await sql<{ count: string }>`SELECT count(*) AS count FROM inventory.movement`.execute(database.db)).rows[0]?.count);

  it('refuses to push a level past its billion-unit bound, writing nothing', async () => {
    await givenStock(database.db, { 'HUGE-1': { [main]: 1_000_000 } });
    // A level this high needs a thousand maximal adjustments; put it there directly for the test.
    await sql`UPDATE inventory.stock_level SET on_hand = 999999999 WHERE location_id = ${main}::uuid`.execute(database.db);
    const before = await movementCount();
    expect(await adjust(database.db, events, { sku: 'HUGE-1', locationId: main, mode: 'add', quantity: 5, reason: 'received' }, STAFF)).toEqual({ ok: false, error: { type: 'LevelLimit' } });
    expect(await movementCount()).toBe(before);
    expect(await levelOf(database.db, 'HUGE-1', main)).toEqual({ onHand: 999_999_999, reserved: 0 });
  });

  it('sets a count, adds and removes units, each with a ledger entry carrying the reason, note and who did it', async () => {
    await givenStock(database.db, { 'ADJ-1': {} });
    const set = await adjust(database.db, events, { sku: 'adj-1', locationId: main, mode: 'set', quantity: 12, reason: 'stock_count', note: 'Aisle 4 recount' }, STAFF);
    expect(set).toEqual({ ok: true, value: { sku: 'ADJ-1', locationId: main, onHand: 12, reserved: 0, available: 12 } });
    const added = await adjust(database.db, events, { sku: 'ADJ-1', locationId: main, mode: 'add', quantity: 5, reason: 'received' }, STAFF);
    expect(added.ok && added.value.onHand).toBe(17);
    const removed = await adjust(database.db, events, { sku: 'ADJ-1', locationId: main, mode: 'remove', quantity: 2, reason: 'damaged', note: 'Crushed box' }, STAFF);
    expect(removed.ok && removed.value.onHand).toBe(15);
    const setAgain = await adjust(database.db, events, { sku: 'ADJ-1', locationId: main, mode: 'set', quantity: 9, reason: 'correction' }, { id: 'user:other', label: 'other@example.com' });
    expect(setAgain.ok && setAgain.value.onHand).toBe(9);

    expect(await levelOf(database.db, 'ADJ-1', main)).toEqual({ onHand: 9, reserved: 0 });
    expect((await ledgerOf('ADJ-1')).map(({ kind, onHandDelta, reservedDelta, onHandAfter, reason, note, actor, actorLabel, locationId }) => ({ kind, onHandDelta, reservedDelta, onHandAfter, reason, note, actor, actorLabel, locationId }))).toEqual([
      { kind: 'adjustment', onHandDelta: 12, reservedDelta: 0, onHandAfter: 12, reason: 'stock_count', note: 'Aisle 4 recount', actor: STAFF.id, actorLabel: STAFF.label, locationId: main },
      { kind: 'adjustment', onHandDelta: 5, reservedDelta: 0, onHandAfter: 17, reason: 'received', note: null, actor: STAFF.id, actorLabel: STAFF.label, locationId: main },
      { kind: 'adjustment', onHandDelta: -2, reservedDelta: 0, onHandAfter: 15, reason: 'damaged', note: 'Crushed box', actor: STAFF.id, actorLabel: STAFF.label, locationId: main },
      { kind: 'adjustment', onHandDelta: -6, reservedDelta: 0, onHandAfter: 9, reason: 'correction', note: null, actor: 'user:other', actorLabel: 'other@example.com', locationId: main },
    ]);
    expect(await auditLedger(database.db)).toEqual([]);
  });

  it('sets a count to 0 (the shelf is empty), which sells the SKU out, and setting the same count again writes nothing', async () => {
    await givenStock(database.db, { 'ZERO-1': { [main]: 4 } });
    events.published.length = 0;
    expect(await adjust(database.db, events, { sku: 'ZERO-1', locationId: main, mode: 'set', quantity: 0, reason: 'stock_count' }, STAFF)).toEqual({
      ok: true,
      value: { sku: 'ZERO-1', locationId: main, onHand: 0, reserved: 0, available: 0 },
    });
    expect(await levelOf(database.db, 'ZERO-1', main)).toEqual({ onHand: 0, reserved: 0 });
    expect((await ledgerOf('ZERO-1')).at(-1)).toMatchObject({ kind: 'adjustment', onHandDelta: -4, onHandAfter: 0, reason: 'stock_count' });
    expect(events.published).toEqual([
      { type: 'inventory.availability-changed', payload: expect.objectContaining({ sku: 'ZERO-1', status: 'out_of_stock', previousStatus: 'low_stock', inStock: false, available: 0 }) },
    ]);

    const before = await movementCount();
    expect((await adjust(database.db, events, { sku: 'ZERO-1', locationId: main, mode: 'set', quantity: 0, reason: 'stock_count' }, STAFF)).ok).toBe(true);
    expect(await movementCount()).toBe(before);
    expect(events.published).toHaveLength(1);
  });

  it('refuses to take on hand below zero, naming the current level and the change, and writes nothing', async () => {
    await givenStock(database.db, { 'NEG-1': { [main]: 3 } });
    const before = await movementCount();
    events.published.length = 0;
    expect(await adjust(database.db, events, { sku: 'NEG-1', locationId: main, mode: 'remove', quantity: 4, reason: 'lost' }, STAFF)).toEqual({
      ok: false,
      error: { type: 'NegativeOnHand', sku: 'NEG-1', locationId: main, onHand: 3, change: -4 },
    });
    // Nothing on hand anywhere yet at the other location: removing from it is refused too.
    expect(await adjust(database.db, events, { sku: 'NEG-1', locationId: east, mode: 'remove', quantity: 1, reason: 'lost' }, STAFF)).toMatchObject({
      ok: false,
      error: { type: 'NegativeOnHand', onHand: 0, change: -1 },
    });
    expect(await levelOf(database.db, 'NEG-1', main)).toEqual({ onHand: 3, reserved: 0 });
    expect(await movementCount()).toBe(before);
    expect(events.published).toEqual([]);
  });

  it('refuses to set or remove below what is reserved for open checkouts, but still lets goods be received', async () => {
    await givenStock(database.db, { 'HELD-1': { [main]: 5 } });
    expect((await reserve(database.db, events, { idempotencyKey: 'held-checkout', lines: [{ sku: 'HELD-1', quantity: 3 }] }, CHECKOUT)).ok).toBe(true);
    const before = await movementCount();
    expect(await adjust(database.db, events, { sku: 'HELD-1', locationId: main, mode: 'set', quantity: 2, reason: 'stock_count' }, STAFF)).toEqual({
      ok: false,
      error: { type: 'BelowReserved', sku: 'HELD-1', locationId: main, onHand: 5, reserved: 3, newOnHand: 2 },
    });
    expect(await adjust(database.db, events, { sku: 'HELD-1', locationId: main, mode: 'remove', quantity: 3, reason: 'damaged' }, STAFF)).toMatchObject({
      ok: false,
      error: { type: 'BelowReserved', newOnHand: 2 },
    });
    expect(await levelOf(database.db, 'HELD-1', main)).toEqual({ onHand: 5, reserved: 3 });
    expect(await movementCount()).toBe(before);

    // Down to exactly the reserved units is fine; so is receiving more.
    expect(await adjust(database.db, events, { sku: 'HELD-1', locationId: main, mode: 'remove', quantity: 2, reason: 'damaged' }, STAFF)).toMatchObject({
      ok: true,
      value: { onHand: 3, reserved: 3, available: 0 },
    });
    expect(await adjust(database.db, events, { sku: 'HELD-1', locationId: main, mode: 'add', quantity: 10, reason: 'received' }, STAFF)).toMatchObject({
      ok: true,
      value: { onHand: 13, reserved: 3, available: 10 },
    });
    expect(await auditLedger(database.db)).toEqual([]);
  });

  it('refuses an unknown SKU and an unknown location, writing nothing', async () => {
    await givenStock(database.db, { 'KNOWN-1': { [main]: 1 } });
    const before = await movementCount();
    expect(await adjust(database.db, events, { sku: 'NOPE-1', locationId: main, mode: 'add', quantity: 1, reason: 'found' }, STAFF)).toEqual({
      ok: false,
      error: { type: 'UnknownSku', skus: ['NOPE-1'] },
    });
    const nowhere = randomUUID();
    expect(await adjust(database.db, events, { sku: 'KNOWN-1', locationId: nowhere, mode: 'add', quantity: 1, reason: 'found' }, STAFF)).toEqual({
      ok: false,
      error: { type: 'UnknownLocation', locationId: nowhere },
    });
    expect(await transfer(database.db, events, { sku: 'KNOWN-1', fromLocationId: main, toLocationId: nowhere, quantity: 1 }, STAFF)).toEqual({
      ok: false,
      error: { type: 'UnknownLocation', locationId: nowhere },
    });
    expect(await movementCount()).toBe(before);
  });

  it('never takes on hand below zero when many removals race for the last units', async () => {
    await givenStock(database.db, { 'RACE-1': { [main]: 5 } });
    const results = await Promise.all(
      Array.from({ length: 12 }, () => adjust(database.db, events, { sku: 'RACE-1', locationId: main, mode: 'remove', quantity: 1, reason: 'lost' }, STAFF)),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(5);
    for (const result of results) if (!result.ok) expect(result.error).toMatchObject({ type: 'NegativeOnHand', onHand: 0, change: -1 });
    expect(await levelOf(database.db, 'RACE-1', main)).toEqual({ onHand: 0, reserved: 0 });
    expect(await auditLedger(database.db)).toEqual([]);
  });

  it('moves on hand between locations as two ledger entries sharing one reference', async () => {
    await givenStock(database.db, { 'MOVE-1': { [main]: 10 } });
    const moved = await transfer(database.db, events, { sku: 'move-1', fromLocationId: main, toLocationId: east, quantity: 4, note: 'Rebalance for the east coast' }, STAFF);
    expect(moved).toEqual({
      ok: true,
      value: {
        from: { sku: 'MOVE-1', locationId: main, onHand: 6, reserved: 0, available: 6 },
        to: { sku: 'MOVE-1', locationId: east, onHand: 4, reserved: 0, available: 4 },
      },
    });
    expect(await levelOf(database.db, 'MOVE-1', main)).toEqual({ onHand: 6, reserved: 0 });
    expect(await levelOf(database.db, 'MOVE-1', east)).toEqual({ onHand: 4, reserved: 0 });

    const [out, into] = (await ledgerOf('MOVE-1')).slice(-2);
    expect(out).toMatchObject({ kind: 'transfer_out', locationId: main, onHandDelta: -4, reservedDelta: 0, reason: 'transfer', note: 'Rebalance for the east coast', actor: STAFF.id });
    expect(into).toMatchObject({ kind: 'transfer_in', locationId: east, onHandDelta: 4, reservedDelta: 0, reason: 'transfer', note: 'Rebalance for the east coast', actor: STAFF.id });
    expect(out?.reference).toMatch(/^transfer:[0-9a-f-]{36}$/);
    expect(into?.reference).toBe(out?.reference);

    // A second transfer gets a reference of its own.
    await transfer(database.db, events, { sku: 'MOVE-1', fromLocationId: east, toLocationId: main, quantity: 1 }, STAFF);
    const references = new Set((await ledgerOf('MOVE-1')).filter((row) => row.kind.startsWith('transfer')).map((row) => row.reference));
    expect(references.size).toBe(2);
    expect(await auditLedger(database.db)).toEqual([]);
  });

  it('refuses to transfer reserved units, or more than the source has free, writing nothing', async () => {
    await givenStock(database.db, { 'RSV-1': { [main]: 5 } });
    expect((await reserve(database.db, events, { idempotencyKey: 'rsv-checkout', lines: [{ sku: 'RSV-1', quantity: 4 }] }, CHECKOUT)).ok).toBe(true);
    const before = await movementCount();
    expect(await transfer(database.db, events, { sku: 'RSV-1', fromLocationId: main, toLocationId: east, quantity: 2 }, STAFF)).toEqual({
      ok: false,
      error: { type: 'InsufficientAtSource', sku: 'RSV-1', locationId: main, available: 1, requested: 2 },
    });
    expect(await transfer(database.db, events, { sku: 'RSV-1', fromLocationId: east, toLocationId: main, quantity: 1 }, STAFF)).toMatchObject({
      ok: false,
      error: { type: 'InsufficientAtSource', locationId: east, available: 0, requested: 1 },
    });
    expect(await transfer(database.db, events, { sku: 'RSV-1', fromLocationId: main, toLocationId: main, quantity: 1 }, STAFF)).toEqual({ ok: false, error: { type: 'SameLocation' } });
    expect(await levelOf(database.db, 'RSV-1', main)).toEqual({ onHand: 5, reserved: 4 });
    expect(await levelOf(database.db, 'RSV-1', east)).toEqual({ onHand: 0, reserved: 0 });
    expect(await movementCount()).toBe(before);

    // The one free unit may move; the reserved ones stay where the checkout holds them.
    expect(await transfer(database.db, events, { sku: 'RSV-1', fromLocationId: main, toLocationId: east, quantity: 1 }, STAFF)).toMatchObject({
      ok: true,
      value: { from: { onHand: 4, reserved: 4, available: 0 }, to: { onHand: 1, available: 1 } },
    });
  });

  it('publishes a status change when a transfer moves the last sellable units into an inactive location', async () => {
    const closed = await givenLocation(database.db, 'CLOSED', 90, false);
    await givenStock(database.db, { 'PARK-1': { [main]: 2 } });
    events.published.length = 0;
    expect((await transfer(database.db, events, { sku: 'PARK-1', fromLocationId: main, toLocationId: closed, quantity: 2 }, STAFF)).ok).toBe(true);
    expect(events.published).toEqual([
      { type: 'inventory.availability-changed', payload: expect.objectContaining({ sku: 'PARK-1', status: 'out_of_stock', previousStatus: 'low_stock', available: 0 }) },
    ]);
    expect(await levelOf(database.db, 'PARK-1', closed)).toEqual({ onHand: 2, reserved: 0 });
  });
});
