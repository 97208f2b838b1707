import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { inject } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { eventsMigrationSet } from '@emporium/platform-events';
import { CHECKOUT, givenLocation, givenStock, levelOf, recordingPublisher } from '../testing/inventory-fixtures';
import { inventoryMigrationSet } from './inventory.migrations';
import { auditLedger } from './ledger-audit';
import { commit, getReservation, release, reserve } from './reservations';
import { restock } from './restock';
import { movementsOf } from './stock-queries';

describe('restock', () => {
  let database: TestDatabase;
  let main: string;
  let east: string;
  let returns: string;
  const events = recordingPublisher();

  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [eventsMigrationSet, inventoryMigrationSet], { poolMax: 16 });
    main = await givenLocation(database.db, 'MAIN', 10);
    east = await givenLocation(database.db, 'EAST', 20);
    returns = await givenLocation(database.db, 'RETURNS', 50);
    events.published.length = 0;
  });
  afterEach(() => database.destroy());

  const movementCount = async () => Number((await sql<{ count: string }>`SELECT count(*) AS count FROM inventory.movement`.execute(database.db)).rows[0]?.count);

  /** Reserves and commits the lines (an order placed); returns the reservation id. */
  async function shipped(key: string, lines: Array<{ sku: string; quantity: number }>, commitIt = true): Promise<string> {
    const held = await reserve(database.db, events, { idempotencyKey: key, lines }, CHECKOUT);
    if (!held.ok) throw new Error(`reservation failed: ${held.error.type}`);
    if (commitIt) {
      const committed = await commit(database.db, events, { reservationId: held.value.reservation.id }, CHECKOUT);
      if (!committed.ok) throw new Error(`commit failed: ${committed.error.type}`);
    }
    return held.value.reservation.id;
  }

  it('puts returned units back where they were shipped from, in the ledger under the reservation', async () => {
    await givenStock(database.db, { 'RET-1': { [main]: 2, [east]: 5 } });
    const order = await shipped('order-ret-1', [{ sku: 'RET-1', quantity: 6 }]);
    expect(await levelOf(database.db, 'RET-1', main)).toEqual({ onHand: 0, reserved: 0 });
    expect(await levelOf(database.db, 'RET-1', east)).toEqual({ onHand: 1, reserved: 0 });

    const result = await restock(database.db, events, { reservationId: order, idempotencyKey: 'return-ret-1-a', lines: [{ sku: 'ret-1', quantity: 3 }], reason: 'return' }, CHECKOUT);
    expect(result.ok && result.value.replayed).toBe(false);
    // Spread over the allocations in their order: main's 2 first, then 1 of east's 4.
    expect(result.ok && result.value.restocked).toEqual([
      { sku: 'RET-1', locationId: main, quantity: 2 },
      { sku: 'RET-1', locationId: east, quantity: 1 },
    ]);
    expect(await levelOf(database.db, 'RET-1', main)).toEqual({ onHand: 2, reserved: 0 });
    expect(await levelOf(database.db, 'RET-1', east)).toEqual({ onHand: 2, reserved: 0 });
    expect(result.ok && result.value.reservation.status).toBe('committed');
    expect(result.ok && result.value.reservation.lines[0]?.held.map((held) => held.restocked)).toEqual([2, 1]);

    const ledger = (await movementsOf(database.db, 'RET-1', { limit: 200 }))?.rows ?? [];
    expect(ledger.filter((row) => row.kind === 'restock').map(({ locationId, onHandDelta, reservedDelta, reason, reference, actor }) => ({ locationId, onHandDelta, reservedDelta, reason, reference, actor }))).toEqual(
      expect.arrayContaining([
        { locationId: main, onHandDelta: 2, reservedDelta: 0, reason: 'return', reference: order, actor: CHECKOUT.id },
        { locationId: east, onHandDelta: 1, reservedDelta: 0, reason: 'return', reference: order, actor: CHECKOUT.id },
      ]),
    );
    expect(await auditLedger(database.db)).toEqual([]);
  });

  it('puts them back at a given location instead, still counting them against what each allocation shipped', async () => {
    await givenStock(database.db, { 'RET-2': { [main]: 4 } });
    const order = await shipped('order-ret-2', [{ sku: 'RET-2', quantity: 4 }]);
    const result = await restock(database.db, events, { reservationId: order, idempotencyKey: 'return-ret-2-a', lines: [{ sku: 'RET-2', quantity: 3 }], reason: 'return', locationId: returns }, CHECKOUT);
    expect(result.ok && result.value.restocked).toEqual([{ sku: 'RET-2', locationId: returns, quantity: 3 }]);
    expect(await levelOf(database.db, 'RET-2', returns)).toEqual({ onHand: 3, reserved: 0 });
    expect(await levelOf(database.db, 'RET-2', main)).toEqual({ onHand: 0, reserved: 0 });
    expect((await getReservation(database.db, order))?.lines[0]?.held).toEqual([{ locationId: main, quantity: 4, backordered: 0, restocked: 3 }]);
    // One left to come back, wherever it goes.
    expect(await restock(database.db, events, { reservationId: order, idempotencyKey: 'return-ret-2-b', lines: [{ sku: 'RET-2', quantity: 2 }], reason: 'return' }, CHECKOUT)).toEqual({
      ok: false,
      error: { type: 'RestockExceedsCommitted', sku: 'RET-2', committed: 4, restocked: 3, requested: 2 },
    });
    expect(await auditLedger(database.db)).toEqual([]);
  });

  it('never restocks more than was committed, across several returns', async () => {
    await givenStock(database.db, { 'RET-3': { [main]: 5 }, 'OTHER-3': { [main]: 5 } });
    const order = await shipped('order-ret-3', [{ sku: 'RET-3', quantity: 2 }]);
    const before = await movementCount();
    expect(await restock(database.db, events, { reservationId: order, idempotencyKey: 'too-many-3', lines: [{ sku: 'RET-3', quantity: 3 }], reason: 'return' }, CHECKOUT)).toEqual({
      ok: false,
      error: { type: 'RestockExceedsCommitted', sku: 'RET-3', committed: 2, restocked: 0, requested: 3 },
    });
    // Two lines of one SKU count together.
    expect(
      await restock(database.db, events, { reservationId: order, idempotencyKey: 'too-many-3b', lines: [{ sku: 'RET-3', quantity: 2 }, { sku: 'ret-3', quantity: 1 }], reason: 'return' }, CHECKOUT),
    ).toMatchObject({ ok: false, error: { type: 'RestockExceedsCommitted', requested: 3 } });
    // A SKU the order never held cannot come back through it.
    expect(await restock(database.db, events, { reservationId: order, idempotencyKey: 'wrong-sku-3', lines: [{ sku: 'OTHER-3', quantity: 1 }], reason: 'return' }, CHECKOUT)).toEqual({
      ok: false,
      error: { type: 'UnknownSku', skus: ['OTHER-3'] },
    });
    expect(await movementCount()).toBe(before);

    expect((await restock(database.db, events, { reservationId: order, idempotencyKey: 'first-3', lines: [{ sku: 'RET-3', quantity: 1 }], reason: 'return' }, CHECKOUT)).ok).toBe(true);
    expect((await restock(database.db, events, { reservationId: order, idempotencyKey: 'second-3', lines: [{ sku: 'RET-3', quantity: 1 }], reason: 'return' }, CHECKOUT)).ok).toBe(true);
    expect(await restock(database.db, events, { reservationId: order, idempotencyKey: 'third-3', lines: [{ sku: 'RET-3', quantity: 1 }], reason: 'return' }, CHECKOUT)).toEqual({
      ok: false,
      error: { type: 'RestockExceedsCommitted', sku: 'RET-3', committed: 2, restocked: 2, requested: 1 },
    });
    expect(await levelOf(database.db, 'RET-3', main)).toEqual({ onHand: 5, reserved: 0 });
  });

  it('restocks once per idempotency key: a retry replays, a different request with the key is refused', async () => {
    await givenStock(database.db, { 'RET-4': { [main]: 5 } });
    const order = await shipped('order-ret-4', [{ sku: 'RET-4', quantity: 3 }]);
    const other = await shipped('order-ret-4b', [{ sku: 'RET-4', quantity: 1 }]);
    const request = { reservationId: order, idempotencyKey: 'return-ret-4', lines: [{ sku: 'RET-4', quantity: 2 }], reason: 'return' };
    const first = await restock(database.db, events, request, CHECKOUT);
    const retry = await restock(database.db, events, request, CHECKOUT);
    expect(first.ok && first.value.replayed).toBe(false);
    expect(retry.ok && retry.value.replayed).toBe(true);
    expect(retry.ok && retry.value.restocked).toEqual(first.ok && first.value.restocked);
    expect(await levelOf(database.db, 'RET-4', main)).toEqual({ onHand: 3, reserved: 0 });

    const before = await movementCount();
    for (const reused of [
      { ...request, lines: [{ sku: 'RET-4', quantity: 1 }] },
      { ...request, reason: 'cancellation' },
      { ...request, locationId: east },
      { ...request, reservationId: other, lines: [{ sku: 'RET-4', quantity: 1 }] },
    ]) {
      expect(await restock(database.db, events, reused, CHECKOUT)).toEqual({ ok: false, error: { type: 'IdempotencyKeyReused', idempotencyKey: 'return-ret-4' } });
    }
    expect(await movementCount()).toBe(before);
    expect(await levelOf(database.db, 'RET-4', main)).toEqual({ onHand: 3, reserved: 0 });
  });

  it('restocks once when the same return arrives many times at once', async () => {
    await givenStock(database.db, { 'RET-5': { [main]: 10 } });
    const order = await shipped('order-ret-5', [{ sku: 'RET-5', quantity: 8 }]);
    const request = { reservationId: order, idempotencyKey: 'return-ret-5', lines: [{ sku: 'RET-5', quantity: 3 }], reason: 'return' };
    const results = await Promise.all(Array.from({ length: 10 }, () => restock(database.db, events, request, CHECKOUT)));
    expect(results.every((result) => result.ok)).toBe(true);
    expect(results.filter((result) => result.ok && !result.value.replayed)).toHaveLength(1);
    expect(await levelOf(database.db, 'RET-5', main)).toEqual({ onHand: 5, reserved: 0 });
    expect(await auditLedger(database.db)).toEqual([]);
  });

  it('never exceeds what was committed when different returns race', async () => {
    await givenStock(database.db, { 'RET-6': { [main]: 10 } });
    const order = await shipped('order-ret-6', [{ sku: 'RET-6', quantity: 4 }]);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, index) => restock(database.db, events, { reservationId: order, idempotencyKey: `return-ret-6-${index}`, lines: [{ sku: 'RET-6', quantity: 1 }], reason: 'return' }, CHECKOUT)),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(4);
    for (const result of results) if (!result.ok) expect(result.error).toMatchObject({ type: 'RestockExceedsCommitted', committed: 4, restocked: 4 });
    expect(await levelOf(database.db, 'RET-6', main)).toEqual({ onHand: 10, reserved: 0 });
    expect((await getReservation(database.db, order))?.lines[0]?.held[0]?.restocked).toBe(4);
  });

  it('refuses a key another reservation is using at the same moment', async () => {
    await givenStock(database.db, { 'RET-7': { [main]: 10 } });
    const orders = await Promise.all([shipped('order-ret-7a', [{ sku: 'RET-7', quantity: 1 }]), shipped('order-ret-7b', [{ sku: 'RET-7', quantity: 1 }])]);
    const results = await Promise.all(
      orders.map((reservationId) => restock(database.db, events, { reservationId, idempotencyKey: 'shared-key-7', lines: [{ sku: 'RET-7', quantity: 1 }], reason: 'return' }, CHECKOUT)),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toEqual({ ok: false, error: { type: 'IdempotencyKeyReused', idempotencyKey: 'shared-key-7' } });
    expect(await levelOf(database.db, 'RET-7', main)).toEqual({ onHand: 9, reserved: 0 });
    expect(await auditLedger(database.db)).toEqual([]);
  });

  it('refuses a reservation that was not committed, an unknown one, and an unknown location, writing nothing', async () => {
    await givenStock(database.db, { 'RET-8': { [main]: 10 } });
    const active = await shipped('order-ret-8a', [{ sku: 'RET-8', quantity: 2 }], false);
    const released = await shipped('order-ret-8b', [{ sku: 'RET-8', quantity: 2 }], false);
    expect((await release(database.db, events, { reservationId: released }, CHECKOUT)).ok).toBe(true);
    const committed = await shipped('order-ret-8c', [{ sku: 'RET-8', quantity: 2 }]);
    const before = await movementCount();
    const line = [{ sku: 'RET-8', quantity: 1 }];
    expect(await restock(database.db, events, { reservationId: active, idempotencyKey: 'early-8a', lines: line, reason: 'cancellation' }, CHECKOUT)).toEqual({
      ok: false,
      error: { type: 'ReservationNotActive', status: 'active', action: 'restock' },
    });
    expect(await restock(database.db, events, { reservationId: released, idempotencyKey: 'early-8b', lines: line, reason: 'cancellation' }, CHECKOUT)).toEqual({
      ok: false,
      error: { type: 'ReservationNotActive', status: 'released', action: 'restock' },
    });
    const nobody = randomUUID();
    expect(await restock(database.db, events, { reservationId: nobody, idempotencyKey: 'ghost-8', lines: line, reason: 'return' }, CHECKOUT)).toEqual({
      ok: false,
      error: { type: 'UnknownReservation', reservationId: nobody },
    });
    const nowhere = randomUUID();
    expect(await restock(database.db, events, { reservationId: committed, idempotencyKey: 'nowhere-8', lines: line, reason: 'return', locationId: nowhere }, CHECKOUT)).toEqual({
      ok: false,
      error: { type: 'UnknownLocation', locationId: nowhere },
    });
    expect(await movementCount()).toBe(before);
    expect(await levelOf(database.db, 'RET-8', main)).toEqual({ onHand: 8, reserved: 2 });
    // A refused key was never taken: the same key restocks once the request is right.
    expect((await restock(database.db, events, { reservationId: committed, idempotencyKey: 'nowhere-8', lines: line, reason: 'return' }, CHECKOUT)).ok).toBe(true);
  });

  it('publishes the SKU back in stock when a return refills a sold-out shelf', async () => {
    await givenStock(database.db, { 'RET-9': { [main]: 1 } });
    const order = await shipped('order-ret-9', [{ sku: 'RET-9', quantity: 1 }]);
    events.published.length = 0;
    expect((await restock(database.db, events, { reservationId: order, idempotencyKey: 'return-ret-9', lines: [{ sku: 'RET-9', quantity: 1 }], reason: 'return' }, CHECKOUT)).ok).toBe(true);
    expect(events.published).toEqual([
      { type: 'inventory.availability-changed', payload: expect.objectContaining({ sku: 'RET-9', status: 'low_stock', previousStatus: 'out_of_stock', inStock: true, available: 1 }) },
    ]);
  });
});
