import { inject } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { eventsMigrationSet } from '@emporium/platform-events';
import { CHECKOUT, givenLocation, givenStock, levelOf, lowestAvailableInLedger, recordingPublisher } from '../testing/inventory-fixtures';
import { inventoryMigrationSet } from './inventory.migrations';
import { auditLedger } from './ledger-audit';
import { commit, expireReservations, release, reserve } from './reservations';

describe('reservations', () => {
  let database: TestDatabase;
  let main: string;
  let east: string;
  const events = recordingPublisher();

  beforeEach(async () => {
    // Enough connections for real contention: every reservation runs in its own transaction on its own connection.
    database = await createTestDatabase(inject('pgAdminUrl'), [eventsMigrationSet, inventoryMigrationSet], { poolMax: 32 });
    main = await givenLocation(database.db, 'MAIN', 10);
    east = await givenLocation(database.db, 'EAST', 20);
    events.published.length = 0;
  });
  afterEach(() => database.destroy());

  const reserveOne = (key: string, sku: string, quantity = 1) => reserve(database.db, events, { idempotencyKey: key, lines: [{ sku, quantity }] }, CHECKOUT);

  it('sells exactly the 10 in stock to 200 simultaneous shoppers and tells the other 190 it is out of stock', async () => {
    await givenStock(database.db, { 'HOT-1': { [main]: 10 } });
    const results = await Promise.all(Array.from({ length: 200 }, (_, index) => reserveOne(`checkout-${index}`, 'HOT-1')));
    const won = results.filter((result) => result.ok);
    const lost = results.filter((result) => !result.ok);
    expect(won).toHaveLength(10);
    expect(lost).toHaveLength(190);
    for (const result of lost) expect(!result.ok && result.error).toEqual({ type: 'InsufficientStock', shortfalls: [{ sku: 'HOT-1', requested: 1, available: 0 }] });
    expect(await levelOf(database.db, 'HOT-1', main)).toEqual({ onHand: 10, reserved: 10 });
    expect(await lowestAvailableInLedger(database.db, 'HOT-1')).toBe(0);
    expect(await auditLedger(database.db)).toEqual([]);
  });

  it('finishes 100 overlapping multi-SKU reservations taken in different orders with no deadlock and a consistent ledger', async () => {
    const skus = ['MIX-A', 'MIX-B', 'MIX-C', 'MIX-D', 'MIX-E'];
    await givenStock(database.db, Object.fromEntries(skus.map((sku) => [sku, { [main]: 30, [east]: 10 }])));
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, index) => {
        // Each request names three SKUs, rotated and reversed so that the same pairs come in opposite orders.
        const picked = [0, 1, 2].map((offset) => skus[(index + offset) % skus.length] ?? 'MIX-A');
        const lines = (index % 2 === 0 ? picked : picked.reverse()).map((sku) => ({ sku, quantity: 1 + (index % 3) }));
        return reserve(database.db, events, { idempotencyKey: `mixed-${index}`, lines }, CHECKOUT);
      }),
    );
    for (const result of results) if (!result.ok) expect(result.error.type).toBe('InsufficientStock');
    const held = new Map<string, number>();
    for (const result of results) {
      if (!result.ok) continue;
      for (const line of result.value.reservation.lines) held.set(line.sku, (held.get(line.sku) ?? 0) + line.quantity);
    }
    for (const sku of skus) {
      const levels = [await levelOf(database.db, sku, main), await levelOf(database.db, sku, east)];
      expect(levels.reduce((sum, level) => sum + level.reserved, 0)).toBe(held.get(sku) ?? 0);
      for (const level of levels) expect(level.reserved).toBeLessThanOrEqual(level.onHand);
      expect(await lowestAvailableInLedger(database.db, sku)).toBeGreaterThanOrEqual(0);
    }
    expect(results.filter((result) => result.ok).length).toBeGreaterThan(0);
    expect(await auditLedger(database.db)).toEqual([]);
  });

  it('refuses two lines of one SKU whose sum exceeds stock, as one request', async () => {
    await givenStock(database.db, { 'PAIR-1': { [main]: 5 } });
    const result = await reserve(database.db, events, { idempotencyKey: 'two-lines', lines: [{ sku: 'PAIR-1', quantity: 3 }, { sku: 'pair-1', quantity: 3 }] }, CHECKOUT);
    expect(result).toEqual({ ok: false, error: { type: 'InsufficientStock', shortfalls: [{ sku: 'PAIR-1', requested: 6, available: 5 }] } });
    expect(await levelOf(database.db, 'PAIR-1', main)).toEqual({ onHand: 5, reserved: 0 });
  });

  it('reserves once for one idempotency key, even when the same request arrives twice at once', async () => {
    await givenStock(database.db, { 'ONCE-1': { [main]: 5 } });
    const request = { idempotencyKey: 'attempt-42', lines: [{ sku: 'ONCE-1', quantity: 2 }] };
    const [first, second] = await Promise.all([reserve(database.db, events, request, CHECKOUT), reserve(database.db, events, request, CHECKOUT)]);
    const again = await reserve(database.db, events, request, CHECKOUT);
    const ids = [first, second, again].map((result) => (result.ok ? result.value.reservation.id : null));
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).not.toBeNull();
    expect([first, second, again].filter((result) => result.ok && result.value.replayed)).toHaveLength(2);
    expect(await levelOf(database.db, 'ONCE-1', main)).toEqual({ onHand: 5, reserved: 2 });
  });

  it('refuses a different request that reuses an idempotency key, writing nothing', async () => {
    await givenStock(database.db, { 'KEY-1': { [main]: 5 } });
    expect((await reserve(database.db, events, { idempotencyKey: 'attempt-7', lines: [{ sku: 'KEY-1', quantity: 1 }] }, CHECKOUT)).ok).toBe(true);
    const reused = await reserve(database.db, events, { idempotencyKey: 'attempt-7', lines: [{ sku: 'KEY-1', quantity: 4 }] }, CHECKOUT);
    expect(reused).toEqual({ ok: false, error: { type: 'IdempotencyKeyReused', idempotencyKey: 'attempt-7' } });
    expect(await levelOf(database.db, 'KEY-1', main)).toEqual({ onHand: 5, reserved: 1 });
  });

  it('releases an expired reservation exactly once, even with two sweepers at once, and the units can be sold again', async () => {
    await givenStock(database.db, { 'TTL-1': { [main]: 3 } });
    const held = await reserve(database.db, events, { idempotencyKey: 'short-lived', lines: [{ sku: 'TTL-1', quantity: 3 }], ttlSeconds: 1 }, CHECKOUT);
    expect(held.ok).toBe(true);
    expect((await reserveOne('too-early', 'TTL-1')).ok).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const swept = await Promise.all([expireReservations(database.db, events), expireReservations(database.db, events)]);
    expect(swept[0] + swept[1]).toBe(1);
    expect(await expireReservations(database.db, events)).toBe(0);
    expect(await levelOf(database.db, 'TTL-1', main)).toEqual({ onHand: 3, reserved: 0 });
    expect((await reserveOne('after-expiry', 'TTL-1')).ok).toBe(true);
    if (held.ok) expect(await commit(database.db, events, { reservationId: held.value.reservation.id }, CHECKOUT)).toMatchObject({ ok: false, error: { type: 'ReservationNotActive', status: 'expired' } });
    expect(await auditLedger(database.db)).toEqual([]);
  });

  it('commits a reservation once: on hand and reserved drop together, and a second commit changes nothing', async () => {
    await givenStock(database.db, { 'SHIP-1': { [main]: 4 } });
    const held = await reserveOne('to-commit', 'SHIP-1', 3);
    if (!held.ok) throw new Error('reservation failed');
    const id = held.value.reservation.id;
    const [a, b] = await Promise.all([commit(database.db, events, { reservationId: id }, CHECKOUT), commit(database.db, events, { reservationId: id }, CHECKOUT)]);
    expect(a.ok && b.ok).toBe(true);
    expect(await levelOf(database.db, 'SHIP-1', main)).toEqual({ onHand: 1, reserved: 0 });
    expect(await release(database.db, events, { reservationId: id }, CHECKOUT)).toMatchObject({ ok: false, error: { type: 'ReservationNotActive', status: 'committed' } });
  });

  it('takes the whole request from one location when one can fulfil it, else splits by priority', async () => {
    await givenStock(database.db, { 'LOC-A': { [main]: 1, [east]: 5 }, 'LOC-B': { [main]: 5, [east]: 5 } });
    const whole = await reserve(database.db, events, { idempotencyKey: 'one-place', lines: [{ sku: 'LOC-A', quantity: 2 }, { sku: 'LOC-B', quantity: 2 }] }, CHECKOUT);
    expect(whole.ok && whole.value.reservation.lines.flatMap((line) => line.held.map((held) => held.locationId))).toEqual([east, east]);
    const split = await reserve(database.db, events, { idempotencyKey: 'split', lines: [{ sku: 'LOC-A', quantity: 4 }] }, CHECKOUT);
    expect(split.ok && split.value.reservation.lines[0]?.held).toEqual([
      { locationId: main, quantity: 1, backordered: 0, restocked: 0 },
      { locationId: east, quantity: 3, backordered: 0, restocked: 0 },
    ]);
  });

  it('publishes an availability change when a reservation takes a SKU to zero, and when its release brings it back', async () => {
    await givenStock(database.db, { 'LAST-1': { [main]: 2 } });
    events.published.length = 0;
    const held = await reserveOne('take-all', 'LAST-1', 2);
    expect(events.published).toEqual([
      { type: 'inventory.availability-changed', payload: expect.objectContaining({ sku: 'LAST-1', inStock: false, status: 'out_of_stock', previousStatus: 'low_stock', available: 0 }) },
    ]);
    if (held.ok) await release(database.db, events, { reservationId: held.value.reservation.id, reason: 'payment_failed' }, CHECKOUT);
    expect(events.published.at(-1)).toEqual({ type: 'inventory.availability-changed', payload: expect.objectContaining({ sku: 'LAST-1', inStock: true, status: 'low_stock' }) });
  });
});
