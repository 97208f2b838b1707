import { sql } from 'kysely';
import { NO_ADDRESS, outcome, UNKNOWN_ID, useInventoryHarness } from './inventory.harness.test';

describe('inventory admin router', () => {
  const harness = useInventoryHarness();
  const { as, service, state } = harness;
  let main: string;
  let east: string;

  beforeAll(async () => {
    main = await harness.givenLocation('MAIN', 10);
    east = await harness.givenLocation('EAST', 20);
    await harness.givenStock({ 'ADM-1': { [main]: 10 } });
  });

  describe('who may run stock', () => {
    /** One well-formed call of every admin procedure, as the given caller. */
    const everyProcedure = (admin: ReturnType<typeof as>['admin']) => ({
      'locations.list': () => admin.locations.list(),
      'locations.create': () => admin.locations.create({ code: 'HIJACK', name: 'Hijacked', priority: 1, active: true, address: NO_ADDRESS }),
      'locations.update': () => admin.locations.update({ id: main, code: 'MAIN', name: 'Hijacked', priority: 1, active: false, address: NO_ADDRESS }),
      'stock.list': () => admin.stock.list({}),
      'stock.get': () => admin.stock.get({ sku: 'ADM-1' }),
      'stock.adjust': () => admin.stock.adjust({ sku: 'ADM-1', locationId: main, mode: 'add', quantity: 1, reason: 'found' }),
      'stock.transfer': () => admin.stock.transfer({ sku: 'ADM-1', fromLocationId: main, toLocationId: east, quantity: 1 }),
      'stock.setPolicy': () => admin.stock.setPolicy({ sku: 'ADM-1', tracked: false, allowBackorder: true, lowStockThreshold: 0 }),
      'stock.movements': () => admin.stock.movements({ sku: 'ADM-1' }),
      alerts: () => admin.alerts({}),
      audit: () => admin.audit({}),
    });

    it('refuses anonymous callers and customers every admin procedure — even when calling as a service — and nothing changes', async () => {
      const before = await state();
      for (const [caller, label, code] of [
        [as(null), 'anonymous', 'UNAUTHORIZED'],
        [service(null), 'anonymous service call', 'UNAUTHORIZED'],
        [as('customer'), 'customer', 'FORBIDDEN'],
        [service('customer'), 'customer via a service', 'FORBIDDEN'],
      ] as const) {
        for (const [name, call] of Object.entries(everyProcedure(caller.admin))) {
          expect({ label, name, code: (await outcome(call)).code }).toEqual({ label, name, code });
        }
      }
      expect(await state()).toBe(before);
    });

    it('refuses them before looking at the input', async () => {
      expect((await outcome(as(null).admin.stock.adjust({ sku: 'x y', locationId: 'nope', mode: 'add', quantity: -1, reason: 'found' }))).code).toBe('UNAUTHORIZED');
      expect((await outcome(as('customer').admin.locations.create({} as never))).code).toBe('FORBIDDEN');
      expect((await outcome(as('staff').admin.locations.create({} as never))).code).toBe('FORBIDDEN');
    });

    it('lets staff run stock, but not create or change locations', async () => {
      const staff = as('staff').admin;
      expect((await staff.locations.list()).map((location) => location.code)).toEqual(['MAIN', 'EAST']);
      expect(await staff.stock.adjust({ sku: 'ADM-1', locationId: main, mode: 'add', quantity: 2, reason: 'received', note: 'Pallet 7' })).toEqual({
        sku: 'ADM-1',
        locationId: main,
        onHand: 12,
        reserved: 0,
        available: 12,
      });
      expect(await staff.stock.transfer({ sku: 'ADM-1', fromLocationId: main, toLocationId: east, quantity: 4 })).toMatchObject({ from: { onHand: 8 }, to: { onHand: 4 } });
      expect((await staff.stock.list({ search: 'adm' })).rows.map((row) => [row.sku, row.onHand])).toEqual([['ADM-1', 12]]);
      expect(await staff.stock.get({ sku: 'adm-1' })).toMatchObject({ sku: 'ADM-1', onHand: 12, available: 12, levels: [{ locationId: main, onHand: 8 }, { locationId: east, onHand: 4 }] });
      // The ledger names the member of staff who did it.
      const [latest, , adjusted] = (await staff.stock.movements({ sku: 'ADM-1' })).rows;
      expect(latest).toMatchObject({ kind: 'transfer_in', actor: 'user:test-staff', actorLabel: 'staff@example.com' });
      expect(adjusted).toMatchObject({ kind: 'adjustment', onHandDelta: 2, reason: 'received', note: 'Pallet 7', actor: 'user:test-staff', actorLabel: 'staff@example.com' });
      expect(await staff.audit({})).toEqual({ discrepancies: [] });
      expect(Array.isArray(await staff.alerts({}))).toBe(true);

      const before = await state();
      expect((await outcome(staff.locations.create({ code: 'STAFF-LOC', name: 'By staff', priority: 1, active: true, address: NO_ADDRESS }))).code).toBe('FORBIDDEN');
      expect((await outcome(staff.locations.update({ id: east, code: 'EAST', name: 'Renamed by staff', priority: 20, active: false, address: NO_ADDRESS }))).code).toBe('FORBIDDEN');
      expect(await state()).toBe(before);
    });

    it('lets admins create and change locations', async () => {
      const admin = as('admin').admin;
      const created = await admin.locations.create({ code: ' north-1 ', name: 'North depot', priority: 30, active: true, address: { ...NO_ADDRESS, city: 'Minneapolis', countryCode: 'us' } });
      expect(created).toEqual({ id: expect.any(String), code: 'NORTH-1', name: 'North depot', priority: 30, active: true, address: { ...NO_ADDRESS, city: 'Minneapolis', countryCode: 'US' }, skuCount: 0, onHand: 0, reserved: 0 });
      expect(await admin.locations.update({ id: created.id, code: 'NORTH-1', name: 'North depot (closed)', priority: 30, active: false, address: NO_ADDRESS })).toMatchObject({
        id: created.id,
        name: 'North depot (closed)',
        active: false,
      });
      expect((await admin.locations.list()).map((location) => location.code)).toContain('NORTH-1');
    });
  });

  describe('bad input', () => {
    const BAD_QUANTITIES: ReadonlyArray<[string, unknown]> = [
      ['negative', -1],
      ['fractional', 1.5],
      ['a numeric string', '5'],
      ['a word', 'abc'],
      ['above 1,000,000', 1_000_001],
      ['not a number', Number.NaN],
      ['missing', undefined],
    ];

    it.each(BAD_QUANTITIES)('refuses an adjustment or a transfer whose quantity is %s, naming the field, writing nothing', async (_, quantity) => {
      const staff = as('staff').admin;
      const before = await state();
      for (const mode of ['set', 'add', 'remove'] as const) {
        const seen = await outcome(staff.stock.adjust({ sku: 'ADM-1', locationId: main, mode, quantity: quantity as number, reason: 'correction' }));
        expect({ mode, code: seen.code, fields: seen.fields }).toEqual({ mode, code: 'BAD_REQUEST', fields: ['quantity'] });
      }
      const seen = await outcome(staff.stock.transfer({ sku: 'ADM-1', fromLocationId: main, toLocationId: east, quantity: quantity as number }));
      expect({ code: seen.code, fields: seen.fields }).toEqual({ code: 'BAD_REQUEST', fields: ['quantity'] });
      expect(await state()).toBe(before);
    });

    it('refuses 0 units to add, remove or transfer, but takes a count of 0', async () => {
      const staff = as('staff').admin;
      const before = await state();
      for (const call of [
        () => staff.stock.adjust({ sku: 'ADM-1', locationId: main, mode: 'add', quantity: 0, reason: 'found' }),
        () => staff.stock.adjust({ sku: 'ADM-1', locationId: main, mode: 'remove', quantity: 0, reason: 'lost' }),
        () => staff.stock.transfer({ sku: 'ADM-1', fromLocationId: main, toLocationId: east, quantity: 0 }),
      ]) {
        expect(await outcome(call)).toMatchObject({ code: 'BAD_REQUEST', fields: ['quantity'] });
      }
      expect(await state()).toBe(before);
      await harness.givenStock({ 'EMPTY-1': { [main]: 3 } });
      expect(await staff.stock.adjust({ sku: 'EMPTY-1', locationId: main, mode: 'set', quantity: 0, reason: 'stock_count' })).toMatchObject({ onHand: 0 });
    });

    it('names every other malformed field, writing nothing', async () => {
      const staff = as('staff').admin;
      const admin = as('admin').admin;
      const location = { code: 'GOOD', name: 'Good', priority: 1, active: true, address: NO_ADDRESS };
      const before = await state();
      const cases: Array<[() => Promise<unknown>, string[]]> = [
        [() => staff.stock.adjust({ sku: 'ADM-1', locationId: 'not-a-uuid', mode: 'add', quantity: 1, reason: 'found' }), ['locationId']],
        [() => staff.stock.adjust({ sku: 'ADM-1', locationId: main, mode: 'double' as never, quantity: 1, reason: 'found' }), ['mode']],
        [() => staff.stock.adjust({ sku: 'ADM-1', locationId: main, mode: 'add', quantity: 1, reason: 'because' as never }), ['reason']],
        [() => staff.stock.adjust({ sku: '', locationId: main, mode: 'add', quantity: 1, reason: 'found' }), ['sku']],
        [() => staff.stock.transfer({ sku: 'ADM-1', fromLocationId: main, toLocationId: main, quantity: 1 }), ['toLocationId']],
        [() => staff.stock.transfer({ sku: 'ADM-1', fromLocationId: '12345', toLocationId: east, quantity: 1 }), ['fromLocationId']],
        [() => staff.stock.setPolicy({ sku: 'ADM-1', tracked: true, allowBackorder: false, lowStockThreshold: -1 }), ['lowStockThreshold']],
        [() => staff.stock.list({ locationId: 'main' }), ['locationId']],
        [() => staff.stock.list({ limit: 101 }), ['limit']],
        [() => staff.stock.movements({ sku: 'ADM-1', before: 'last' }), ['before']],
        [() => staff.alerts({ limit: 0 }), ['limit']],
        [() => admin.locations.create({ ...location, code: 'no spaces' }), ['code']],
        [() => admin.locations.create({ ...location, name: '  ' }), ['name']],
        [() => admin.locations.create({ ...location, priority: 1.5 }), ['priority']],
        [() => admin.locations.create({ ...location, address: { ...NO_ADDRESS, countryCode: 'USA' } }), ['address.countryCode']],
        [() => admin.locations.update({ ...location, id: 'not-a-uuid' }), ['id']],
      ];
      for (const [call, fields] of cases) {
        const seen = await outcome(call);
        expect({ code: seen.code, fields: seen.fields }).toEqual({ code: 'BAD_REQUEST', fields });
      }
      expect(await state()).toBe(before);
    });
  });

  describe('refusals, as typed errors', () => {
    it('refuses an unknown SKU as SKU_NOT_FOUND, and an unknown location as LOCATION_NOT_FOUND', async () => {
      const staff = as('staff').admin;
      const before = await state();
      for (const call of [
        () => staff.stock.get({ sku: 'NOPE-1' }),
        () => staff.stock.movements({ sku: 'NOPE-1' }),
        () => staff.stock.adjust({ sku: 'NOPE-1', locationId: main, mode: 'add', quantity: 1, reason: 'found' }),
        () => staff.stock.transfer({ sku: 'NOPE-1', fromLocationId: main, toLocationId: east, quantity: 1 }),
        () => staff.stock.setPolicy({ sku: 'NOPE-1', tracked: true, allowBackorder: false, lowStockThreshold: 3 }),
      ]) {
        expect(await outcome(call)).toMatchObject({ code: 'NOT_FOUND', reason: 'SKU_NOT_FOUND', details: { skus: ['NOPE-1'] }, message: expect.stringContaining('NOPE-1') });
      }
      for (const call of [
        () => staff.stock.adjust({ sku: 'ADM-1', locationId: UNKNOWN_ID, mode: 'add', quantity: 1, reason: 'found' }),
        () => staff.stock.transfer({ sku: 'ADM-1', fromLocationId: main, toLocationId: UNKNOWN_ID, quantity: 1 }),
        () => as('admin').admin.locations.update({ id: UNKNOWN_ID, code: 'GHOST', name: 'Ghost', priority: 1, active: true, address: NO_ADDRESS }),
      ]) {
        expect(await outcome(call)).toMatchObject({ code: 'NOT_FOUND', reason: 'LOCATION_NOT_FOUND', details: { locationId: UNKNOWN_ID } });
      }
      expect(await state()).toBe(before);
    });

    it('refuses to take on hand below zero as NEGATIVE_ON_HAND, naming the current level', async () => {
      await harness.givenStock({ 'NEG-1': { [main]: 3 } });
      const before = await state();
      expect(await outcome(as('staff').admin.stock.adjust({ sku: 'NEG-1', locationId: main, mode: 'remove', quantity: 5, reason: 'lost' }))).toEqual({
        code: 'CONFLICT',
        fields: [],
        reason: 'NEGATIVE_ON_HAND',
        details: { onHand: 3, change: -5 },
        message: 'On hand at this location is 3; removing 5 would make it negative',
      });
      expect(await state()).toBe(before);
    });

    it('refuses to go below reserved units, or to move them, as BELOW_RESERVED and INSUFFICIENT_AT_SOURCE', async () => {
      await harness.givenStock({ 'HELD-1': { [main]: 5 } });
      await service().reserve({ idempotencyKey: 'held-1-checkout', lines: [{ sku: 'HELD-1', quantity: 4 }] });
      const staff = as('staff').admin;
      const before = await state();
      expect(await outcome(staff.stock.adjust({ sku: 'HELD-1', locationId: main, mode: 'set', quantity: 2, reason: 'stock_count' }))).toMatchObject({
        code: 'CONFLICT',
        reason: 'BELOW_RESERVED',
        details: { onHand: 5, reserved: 4 },
        message: '4 units are reserved for open checkouts; on hand cannot go below that (asked for 2)',
      });
      expect(await outcome(staff.stock.transfer({ sku: 'HELD-1', fromLocationId: main, toLocationId: east, quantity: 2 }))).toMatchObject({
        code: 'CONFLICT',
        reason: 'INSUFFICIENT_AT_SOURCE',
        details: { available: 1, requested: 2 },
      });
      expect(await state()).toBe(before);
    });

    it('refuses a second location with the same code as a BAD_REQUEST on the code', async () => {
      const admin = as('admin').admin;
      const before = await state();
      expect(await outcome(admin.locations.create({ code: 'main', name: 'Second main', priority: 1, active: true, address: NO_ADDRESS }))).toMatchObject({
        code: 'BAD_REQUEST',
        fields: ['code'],
        message: 'Invalid input: code: Another location already uses the code MAIN',
      });
      expect(await outcome(admin.locations.update({ id: east, code: 'MAIN', name: 'East', priority: 20, active: true, address: NO_ADDRESS }))).toMatchObject({ code: 'BAD_REQUEST', fields: ['code'] });
      expect(await state()).toBe(before);
    });

    it('reports a level changed behind the ledger’s back in the audit', async () => {
      await harness.givenStock({ 'DRIFT-1': { [main]: 6 } });
      expect(await as('staff').admin.audit({ sku: 'DRIFT-1' })).toEqual({ discrepancies: [] });
      await sql`UPDATE inventory.stock_level SET on_hand = 9 WHERE item_id = (SELECT id FROM inventory.item WHERE sku = 'DRIFT-1')`.execute(harness.database().db);
      const expected = [{ sku: 'DRIFT-1', locationId: main, recorded: { onHand: 9, reserved: 0 }, rebuilt: { onHand: 6, reserved: 0 } }];
      expect(await as('staff').admin.audit({ sku: 'drift-1' })).toEqual({ discrepancies: expected });
      expect(await as('admin').admin.audit({})).toEqual({ discrepancies: expected });
      await sql`UPDATE inventory.stock_level SET on_hand = 6 WHERE item_id = (SELECT id FROM inventory.item WHERE sku = 'DRIFT-1')`.execute(harness.database().db);
    });
  });
});
