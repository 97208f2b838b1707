import { expireReservations } from '@emporium/inventory-data-access';
import { recordingPublisher } from '@emporium/inventory-data-access/testing';
import type { Role } from '@emporium/platform-trpc';
import { type InventoryCaller, NO_ADDRESS, outcome, UNKNOWN_ID, useInventoryHarness } from './inventory.harness.test';

describe('inventory router: availability, and holding, committing and returning stock', () => {
  const harness = useInventoryHarness();
  const { as, service, state } = harness;
  let main: string;
  let east: string;

  beforeAll(async () => {
    main = await harness.givenLocation('MAIN', 10);
    east = await harness.givenLocation('EAST', 20);
  });

  /** Reserves (and optionally commits) as the checkout would; returns the reservation id. */
  async function placed(key: string, lines: Array<{ sku: string; quantity: number }>, options: { commit?: boolean; ttlSeconds?: number } = {}): Promise<string> {
    const { reservation } = await service().reserve({ idempotencyKey: key, lines, ttlSeconds: options.ttlSeconds });
    if (options.commit) await service().commit({ reservationId: reservation.id });
    return reservation.id;
  }

  describe('who may call what', () => {
    it('answers availability for anyone, signed in or not', async () => {
      await harness.givenStock({ 'PUB-1': { [main]: 12 } });
      for (const role of [null, 'customer', 'staff', 'admin'] as const) {
        expect(await as(role).availability({ skus: ['PUB-1', 'NOPE-404'] })).toEqual({
          skus: [{ sku: 'PUB-1', status: 'in_stock', inStock: true, available: 12, allowBackorder: false }],
          unknown: ['NOPE-404'],
        });
      }
    });

    /** One well-formed call of every internal procedure. */
    const everyInternalProcedure = (caller: InventoryCaller, ids: { active: string; committed: string }) => ({
      reserve: () => caller.reserve({ idempotencyKey: 'hijack-attempt', lines: [{ sku: 'INT-1', quantity: 1 }] }),
      release: () => caller.release({ reservationId: ids.active }),
      commit: () => caller.commit({ reservationId: ids.active }),
      restock: () => caller.restock({ reservationId: ids.committed, idempotencyKey: 'hijack-restock', lines: [{ sku: 'INT-1', quantity: 1 }], reason: 'return' }),
      reservation: () => caller.reservation({ reservationId: ids.active }),
      'locations.get': () => caller.locations.get({ locationId: main }),
      'locations.active': () => caller.locations.active(),
    });

    it('refuses reserve, release, commit, restock, reservation and locations.get to every caller that is not a service — admins included — writing nothing', async () => {
      await harness.givenStock({ 'INT-1': { [main]: 10 } });
      const ids = { active: await placed('int-active', [{ sku: 'INT-1', quantity: 1 }]), committed: await placed('int-committed', [{ sku: 'INT-1', quantity: 1 }], { commit: true }) };
      const before = await state();
      for (const role of [null, 'customer', 'staff', 'admin'] as const) {
        for (const [name, call] of Object.entries(everyInternalProcedure(as(role), ids))) {
          const seen = await outcome(call);
          expect({ role, name, code: seen.code, message: seen.message }).toEqual({ role, name, code: 'FORBIDDEN', message: 'This operation is only available to Emporium services' });
        }
      }
      expect(await state()).toBe(before);
    });

    it('tells another service where a location is, and null for one that does not exist', async () => {
      expect(await service().locations.get({ locationId: main })).toEqual({ id: main, code: 'MAIN', name: 'MAIN warehouse', priority: 10, active: true, address: NO_ADDRESS });
      expect(await service().locations.get({ locationId: UNKNOWN_ID })).toBeNull();
      const active = await service().locations.active();
      expect(active.map((location) => location.code).slice(0, 2)).toEqual(['MAIN', 'EAST']);
      expect(active.every((location) => location.active)).toBe(true);
      expect(await outcome(service().locations.get({ locationId: 'main' }))).toMatchObject({ code: 'BAD_REQUEST' });
    });

    it('refuses them before looking at the input', async () => {
      expect((await outcome(as('admin').reserve({ idempotencyKey: 'x', lines: [{ sku: 'INT-1', quantity: -1 }] }))).code).toBe('FORBIDDEN');
      expect((await outcome(as(null).commit({ reservationId: 'not-a-uuid' }))).code).toBe('FORBIDDEN');
    });

    it('lets another service reserve, read, commit, restock and release, with or without a shopper signed in', async () => {
      await harness.givenStock({ 'SVC-1': { [main]: 10 } });
      for (const [index, role] of ([null, 'customer'] as Array<Role | null>).entries()) {
        const checkout = service(role);
        const held = await checkout.reserve({ idempotencyKey: `svc-order-${index}`, lines: [{ sku: 'SVC-1', quantity: 3 }], reference: `order-${index}` });
        expect(held).toMatchObject({ replayed: false, reservation: { status: 'active', reference: `order-${index}`, lines: [{ sku: 'SVC-1', quantity: 3, held: [{ locationId: main, quantity: 3 }] }] } });
        expect(await checkout.reservation({ reservationId: held.reservation.id })).toEqual(held.reservation);
        expect(await checkout.commit({ reservationId: held.reservation.id })).toMatchObject({ status: 'committed' });
        const returned = await checkout.restock({ reservationId: held.reservation.id, idempotencyKey: `svc-return-${index}`, lines: [{ sku: 'SVC-1', quantity: 1 }], reason: 'return' });
        expect(returned).toMatchObject({ replayed: false, restocked: [{ sku: 'SVC-1', locationId: main, quantity: 1 }] });

        const abandoned = await checkout.reserve({ idempotencyKey: `svc-abandon-${index}`, lines: [{ sku: 'SVC-1', quantity: 2 }] });
        expect(await checkout.release({ reservationId: abandoned.reservation.id, reason: 'payment_failed' })).toMatchObject({ status: 'released', closedReason: 'payment_failed' });
      }
      // Two orders of 3 shipped, one unit of each came back.
      expect((await as(null).availability({ skus: ['SVC-1'] })).skus[0]?.available).toBe(6);
    });
  });

  describe('bad input', () => {
    const BAD_QUANTITIES: ReadonlyArray<[string, unknown]> = [
      ['zero', 0],
      ['negative', -1],
      ['fractional', 1.5],
      ['a numeric string', '5'],
      ['a word', 'abc'],
      ['above 1,000,000', 1_000_001],
      ['not a number', Number.NaN],
      ['infinite', Number.POSITIVE_INFINITY],
      ['null', null],
    ];

    it.each(BAD_QUANTITIES)('refuses a reservation line whose quantity is %s, naming the field, writing nothing', async (_, quantity) => {
      await harness.givenStock({ 'QTY-1': { [main]: 5 } });
      const before = await state();
      const seen = await outcome(service().reserve({ idempotencyKey: 'bad-quantity', lines: [{ sku: 'QTY-1', quantity: 1 }, { sku: 'QTY-1', quantity: quantity as number }] }));
      expect({ code: seen.code, fields: seen.fields }).toEqual({ code: 'BAD_REQUEST', fields: ['lines.1.quantity'] });
      expect(seen.message).toMatch(/^Invalid input: lines\.1\.quantity: /);
      expect(await state()).toBe(before);
    });

    it.each(BAD_QUANTITIES)('refuses a restock line whose quantity is %s, naming the field, writing nothing', async (_, quantity) => {
      await harness.givenStock({ 'QTY-1': { [main]: 5 } });
      const committed = await placed(`qty-restock-${String(quantity)}`, [{ sku: 'QTY-1', quantity: 1 }], { commit: true });
      const before = await state();
      const seen = await outcome(service().restock({ reservationId: committed, idempotencyKey: 'bad-restock-qty', lines: [{ sku: 'QTY-1', quantity: quantity as number }], reason: 'return' }));
      expect({ code: seen.code, fields: seen.fields }).toEqual({ code: 'BAD_REQUEST', fields: ['lines.0.quantity'] });
      expect(await state()).toBe(before);
    });

    it('accepts the bounds: 1 and 1,000,000', async () => {
      await harness.givenStock({ 'BOUND-1': { [main]: 1 } });
      expect((await service().reserve({ idempotencyKey: 'bound-low', lines: [{ sku: 'BOUND-1', quantity: 1 }] })).replayed).toBe(false);
      expect((await outcome(service().reserve({ idempotencyKey: 'bound-high', lines: [{ sku: 'BOUND-1', quantity: 1_000_000 }] }))).reason).toBe('OUT_OF_STOCK');
    });

    it('names every other malformed field of the internal procedures, writing nothing', async () => {
      const line = [{ sku: 'QTY-1', quantity: 1 }];
      const before = await state();
      const cases: Array<[() => Promise<unknown>, string[]]> = [
        [() => service().reserve({ idempotencyKey: 'short', lines: line }), ['idempotencyKey']],
        [() => service().reserve({ idempotencyKey: '', lines: line }), ['idempotencyKey']],
        [() => service().reserve({ idempotencyKey: 'has spaces in it', lines: line }), ['idempotencyKey']],
        [() => service().reserve({ idempotencyKey: 'bad-lines', lines: [] }), ['lines']],
        [() => service().reserve({ idempotencyKey: 'too-many-lines', lines: Array.from({ length: 201 }, () => line[0] ?? { sku: 'x', quantity: 1 }) }), ['lines']],
        [() => service().reserve({ idempotencyKey: 'bad-sku-line', lines: [{ sku: 'no spaces allowed', quantity: 1 }] }), ['lines.0.sku']],
        [() => service().reserve({ idempotencyKey: 'bad-ttl-line', lines: line, ttlSeconds: 0 }), ['ttlSeconds']],
        [() => service().reserve({ idempotencyKey: 'long-ttl-line', lines: line, ttlSeconds: 86_401 }), ['ttlSeconds']],
        [() => service().reserve({ idempotencyKey: 'extra-key-1', lines: [{ sku: 'QTY-1', quantity: 1, price: 0 } as never] }), ['lines.0']],
        [() => service().release({ reservationId: 'not-a-uuid' }), ['reservationId']],
        [() => service().commit({ reservationId: '' }), ['reservationId']],
        [() => service().reservation({ reservationId: `${UNKNOWN_ID}x` }), ['reservationId']],
        [() => service().restock({ reservationId: UNKNOWN_ID, idempotencyKey: 'bad-location', lines: line, reason: 'return', locationId: 'main' }), ['locationId']],
        [() => service().restock({ reservationId: UNKNOWN_ID, idempotencyKey: 'bad-reason', lines: line, reason: 'gift' as never }), ['reason']],
        [() => as(null).availability({ skus: [] }), ['skus']],
        [() => as(null).availability({ skus: Array.from({ length: 251 }, (_, index) => `SKU-${index}`) }), ['skus']],
        [() => as(null).availability({ skus: ['OK-1', 'not ok'] }), ['skus.1']],
      ];
      for (const [call, fields] of cases) {
        const seen = await outcome(call);
        expect({ code: seen.code, fields: seen.fields }).toEqual({ code: 'BAD_REQUEST', fields });
      }
      expect(await state()).toBe(before);
    });
  });

  describe('refusals, as typed errors', () => {
    it('refuses SKUs the inventory does not know, naming them all', async () => {
      await harness.givenStock({ 'KNOWN-1': { [main]: 5 } });
      const before = await state();
      const seen = await outcome(service().reserve({ idempotencyKey: 'unknown-skus', lines: [{ sku: 'KNOWN-1', quantity: 1 }, { sku: 'NOPE-1', quantity: 1 }, { sku: 'NOPE-2', quantity: 1 }] }));
      expect(seen).toMatchObject({ code: 'NOT_FOUND', reason: 'SKU_NOT_FOUND', details: { skus: ['NOPE-1', 'NOPE-2'] } });
      expect(await state()).toBe(before);
    });

    it('refuses more than is available as OUT_OF_STOCK with the shortfall per SKU', async () => {
      await harness.givenStock({ 'SHORT-1': { [main]: 2, [east]: 1 }, 'SHORT-2': { [main]: 10 }, 'SHORT-3': {} });
      const before = await state();
      const seen = await outcome(service().reserve({ idempotencyKey: 'too-many', lines: [{ sku: 'SHORT-1', quantity: 5 }, { sku: 'SHORT-2', quantity: 1 }, { sku: 'SHORT-3', quantity: 1 }] }));
      expect(seen).toMatchObject({
        code: 'CONFLICT',
        reason: 'OUT_OF_STOCK',
        details: { shortfalls: [{ sku: 'SHORT-1', requested: 5, available: 3 }, { sku: 'SHORT-3', requested: 1, available: 0 }] },
      });
      expect(seen.message).toBe('Out of stock: Only 3 of SHORT-1 left (you asked for 5); SHORT-3 is out of stock (you asked for 1)');
      expect(await state()).toBe(before);

      expect(await outcome(service().reserve({ idempotencyKey: 'no-split', lines: [{ sku: 'SHORT-1', quantity: 3 }], allowSplit: false }))).toMatchObject({
        code: 'CONFLICT',
        reason: 'SPLIT_REQUIRED',
        details: { skus: ['SHORT-1'] },
      });
      expect(await state()).toBe(before);
    });

    it('replays the same request for a key, and refuses a different one as IDEMPOTENCY_KEY_REUSED', async () => {
      await harness.givenStock({ 'IDEM-1': { [main]: 5 } });
      const first = await service().reserve({ idempotencyKey: 'checkout-idem-1', lines: [{ sku: 'IDEM-1', quantity: 2 }] });
      const again = await service().reserve({ idempotencyKey: 'checkout-idem-1', lines: [{ sku: 'idem-1', quantity: 2 }] });
      expect(again).toEqual({ reservation: first.reservation, replayed: true });
      const before = await state();
      for (const changed of [{ lines: [{ sku: 'IDEM-1', quantity: 3 }] }, { lines: [{ sku: 'IDEM-1', quantity: 2 }], ttlSeconds: 60 }]) {
        expect(await outcome(service().reserve({ idempotencyKey: 'checkout-idem-1', ...changed }))).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
      }
      await service().commit({ reservationId: first.reservation.id });
      await service().restock({ reservationId: first.reservation.id, idempotencyKey: 'return-idem-1', lines: [{ sku: 'IDEM-1', quantity: 1 }], reason: 'return' });
      const afterReturn = await state();
      expect(await outcome(service().restock({ reservationId: first.reservation.id, idempotencyKey: 'return-idem-1', lines: [{ sku: 'IDEM-1', quantity: 1 }], reason: 'cancellation' }))).toMatchObject({
        code: 'CONFLICT',
        reason: 'IDEMPOTENCY_KEY_REUSED',
      });
      expect(await state()).toBe(afterReturn);
      expect(before).not.toBe(afterReturn);
    });

    it('refuses to commit an expired reservation as RESERVATION_EXPIRED, and one that was released as RESERVATION_NOT_ACTIVE', async () => {
      await harness.givenStock({ 'EXP-1': { [main]: 5 } });
      const expiring = await placed('exp-1-checkout', [{ sku: 'EXP-1', quantity: 2 }], { ttlSeconds: 1 });
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect(await expireReservations(harness.database().db, recordingPublisher())).toBe(1);
      const released = await placed('exp-1-released', [{ sku: 'EXP-1', quantity: 1 }]);
      await service().release({ reservationId: released });
      const before = await state();
      const seen = await outcome(service().commit({ reservationId: expiring }));
      expect(seen).toEqual({ code: 'CONFLICT', fields: [], reason: 'RESERVATION_EXPIRED', details: { status: 'expired' }, message: 'This reservation has expired, so it can no longer be committed' });
      expect(await outcome(service().commit({ reservationId: released }))).toMatchObject({ code: 'CONFLICT', reason: 'RESERVATION_NOT_ACTIVE', details: { status: 'released' } });
      expect(await state()).toBe(before);
      // Releasing what expired or was released changes nothing and is no error.
      expect(await service().release({ reservationId: expiring })).toMatchObject({ status: 'expired' });
      expect(await state()).toBe(before);
    });

    it('refuses to release a committed reservation, and to restock one that was not committed', async () => {
      await harness.givenStock({ 'FLOW-1': { [main]: 5 } });
      const committed = await placed('flow-1-committed', [{ sku: 'FLOW-1', quantity: 2 }], { commit: true });
      const active = await placed('flow-1-active', [{ sku: 'FLOW-1', quantity: 1 }]);
      const before = await state();
      expect(await outcome(service().release({ reservationId: committed }))).toMatchObject({ code: 'CONFLICT', reason: 'RESERVATION_NOT_ACTIVE', details: { status: 'committed' } });
      expect(await outcome(service().restock({ reservationId: active, idempotencyKey: 'flow-1-early', lines: [{ sku: 'FLOW-1', quantity: 1 }], reason: 'cancellation' }))).toMatchObject({
        code: 'CONFLICT',
        reason: 'RESERVATION_NOT_ACTIVE',
        details: { status: 'active' },
      });
      expect(await outcome(service().restock({ reservationId: committed, idempotencyKey: 'flow-1-too-many', lines: [{ sku: 'FLOW-1', quantity: 3 }], reason: 'return' }))).toMatchObject({
        code: 'CONFLICT',
        reason: 'RESTOCK_EXCEEDS_COMMITTED',
        details: { sku: 'FLOW-1', committed: 2, restocked: 0 },
      });
      expect(await outcome(service().restock({ reservationId: committed, idempotencyKey: 'flow-1-other-sku', lines: [{ sku: 'KNOWN-1', quantity: 1 }], reason: 'return' }))).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'SKU_NOT_FOUND',
      });
      expect(await outcome(service().restock({ reservationId: committed, idempotencyKey: 'flow-1-nowhere', lines: [{ sku: 'FLOW-1', quantity: 1 }], reason: 'return', locationId: UNKNOWN_ID }))).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'LOCATION_NOT_FOUND',
        details: { locationId: UNKNOWN_ID },
      });
      expect(await state()).toBe(before);
    });

    it('answers RESERVATION_NOT_FOUND for a reservation that does not exist', async () => {
      const before = await state();
      for (const call of [
        () => service().reservation({ reservationId: UNKNOWN_ID }),
        () => service().commit({ reservationId: UNKNOWN_ID }),
        () => service().release({ reservationId: UNKNOWN_ID }),
        () => service().restock({ reservationId: UNKNOWN_ID, idempotencyKey: 'ghost-restock', lines: [{ sku: 'FLOW-1', quantity: 1 }], reason: 'return' }),
      ]) {
        expect(await outcome(call)).toMatchObject({ code: 'NOT_FOUND', reason: 'RESERVATION_NOT_FOUND', details: { reservationId: UNKNOWN_ID } });
      }
      expect(await state()).toBe(before);
    });
  });
});
