import { sql } from 'kysely';
import { inject } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { eventsMigrationSet } from '@emporium/platform-events';
import { CHECKOUT, givenLocation, givenStock, recordingPublisher, STAFF } from '../testing/inventory-fixtures';
import { adjust, transfer } from './adjustments';
import { inventoryMigrationSet } from './inventory.migrations';
import { auditLedger } from './ledger-audit';
import { updateLocation } from './locations';
import { commit, expireReservations, release, reserve } from './reservations';
import { restock } from './restock';

describe('the ledger audit', () => {
  let database: TestDatabase;
  let main: string;
  let east: string;
  const events = recordingPublisher();

  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [eventsMigrationSet, inventoryMigrationSet]);
    main = await givenLocation(database.db, 'MAIN', 10);
    east = await givenLocation(database.db, 'EAST', 20);
  });
  afterEach(() => database.destroy());

  const ok = <T extends { ok: boolean }>(result: T): T => {
    if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
    return result;
  };
  const reservationId = (result: Awaited<ReturnType<typeof reserve>>): string => {
    if (!result.ok) throw new Error(`expected a reservation, got ${result.error.type}`);
    return result.value.reservation.id;
  };

  /** Every kind of movement, refusals included, over two SKUs and two locations. */
  async function aMixOfOperations(): Promise<void> {
    await givenStock(database.db, { 'MIX-1': { [main]: 10, [east]: 4 }, 'MIX-2': { [main]: 3 } });
    ok(await adjust(database.db, events, { sku: 'MIX-1', locationId: main, mode: 'add', quantity: 5, reason: 'received' }, STAFF));
    ok(await adjust(database.db, events, { sku: 'MIX-1', locationId: east, mode: 'remove', quantity: 1, reason: 'damaged' }, STAFF));
    ok(await transfer(database.db, events, { sku: 'MIX-1', fromLocationId: main, toLocationId: east, quantity: 3 }, STAFF));
    const shipped = reservationId(await reserve(database.db, events, { idempotencyKey: 'mix-ship', lines: [{ sku: 'MIX-1', quantity: 14 }, { sku: 'MIX-2', quantity: 2 }] }, CHECKOUT));
    ok(await commit(database.db, events, { reservationId: shipped }, CHECKOUT));
    ok(await restock(database.db, events, { reservationId: shipped, idempotencyKey: 'mix-return', lines: [{ sku: 'MIX-1', quantity: 2 }], reason: 'return', locationId: east }, CHECKOUT));
    const abandoned = reservationId(await reserve(database.db, events, { idempotencyKey: 'mix-abandon', lines: [{ sku: 'MIX-2', quantity: 1 }] }, CHECKOUT));
    ok(await release(database.db, events, { reservationId: abandoned, reason: 'payment_failed' }, CHECKOUT));
    ok(await reserve(database.db, events, { idempotencyKey: 'mix-expire', lines: [{ sku: 'MIX-1', quantity: 1 }], ttlSeconds: 1 }, CHECKOUT));
    // Refused operations write nothing, to the levels or the ledger.
    expect((await adjust(database.db, events, { sku: 'MIX-2', locationId: main, mode: 'remove', quantity: 99, reason: 'lost' }, STAFF)).ok).toBe(false);
    expect((await reserve(database.db, events, { idempotencyKey: 'mix-too-many', lines: [{ sku: 'MIX-2', quantity: 99 }] }, CHECKOUT)).ok).toBe(false);
    ok(await updateLocation(database.db, events, east, { code: 'EAST', name: 'East', priority: 20, active: false, address: { line1: null, line2: null, city: null, region: null, postalCode: null, countryCode: null } }));
    ok(await adjust(database.db, events, { sku: 'MIX-2', locationId: main, mode: 'set', quantity: 0, reason: 'stock_count' }, STAFF));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await expireReservations(database.db, events)).toBe(1);
  }

  it('finds nothing to report after a mix of every kind of operation', async () => {
    await aMixOfOperations();
    expect(await auditLedger(database.db)).toEqual([]);
    expect(await auditLedger(database.db, 'mix-1')).toEqual([]);
    expect(await auditLedger(database.db, 'NOT-A-SKU')).toEqual([]);
  });

  it('reports a level changed behind the ledger’s back, for that SKU and location only', async () => {
    await aMixOfOperations();
    const [level] = (await sql<{ on_hand: number; reserved: number }>`
      SELECT l.on_hand, l.reserved FROM inventory.stock_level l JOIN inventory.item i ON i.id = l.item_id WHERE i.sku = 'MIX-1' AND l.location_id = ${east}::uuid`.execute(database.db)).rows;
    if (!level) throw new Error('no level');
    await sql`
      UPDATE inventory.stock_level SET on_hand = on_hand + 7, reserved = reserved + 1
      WHERE location_id = ${east}::uuid AND item_id = (SELECT id FROM inventory.item WHERE sku = 'MIX-1')`.execute(database.db);

    const expected = [{ sku: 'MIX-1', locationId: east, recorded: { onHand: level.on_hand + 7, reserved: level.reserved + 1 }, rebuilt: { onHand: level.on_hand, reserved: level.reserved } }];
    expect(await auditLedger(database.db)).toEqual(expected);
    expect(await auditLedger(database.db, 'Mix-1')).toEqual(expected);
    expect(await auditLedger(database.db, 'MIX-2')).toEqual([]);
  });

  it('reports a level removed, or created, behind the ledger’s back', async () => {
    await givenStock(database.db, { 'GONE-1': { [main]: 6 }, 'BORN-1': {} });
    await sql`DELETE FROM inventory.stock_level WHERE item_id = (SELECT id FROM inventory.item WHERE sku = 'GONE-1')`.execute(database.db);
    await sql`INSERT INTO inventory.stock_level (item_id, location_id, on_hand) SELECT id, ${east}::uuid, 4 FROM inventory.item WHERE sku = 'BORN-1'`.execute(database.db);
    expect(await auditLedger(database.db)).toEqual([
      { sku: 'BORN-1', locationId: east, recorded: { onHand: 4, reserved: 0 }, rebuilt: { onHand: 0, reserved: 0 } },
      { sku: 'GONE-1', locationId: main, recorded: { onHand: 0, reserved: 0 }, rebuilt: { onHand: 6, reserved: 0 } },
    ]);
  });

  it('keeps the ledger append-only: its rows cannot be changed or removed', async () => {
    await givenStock(database.db, { 'FIXED-1': { [main]: 2 } });
    await expect(sql`UPDATE inventory.movement SET on_hand_delta = 100`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM inventory.movement`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE inventory.movement CASCADE`.execute(database.db)).rejects.toThrow(/append-only/);
    expect(await auditLedger(database.db)).toEqual([]);
  });
});
