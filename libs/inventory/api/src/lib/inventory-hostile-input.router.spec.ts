import { NO_ADDRESS, outcome, useInventoryHarness } from './inventory.harness.test';

const TEN_KB = 'A'.repeat(10_240);
const TEN_KB_EMOJI = '📦'.repeat(5_120);
const SQL = "x'; DROP TABLE inventory.item; --";
const UNICODE_NOTE = 'Zählung 📦 — 日本語の在庫 ñ \u202Eevil\u202C e\u0301';

describe('inventory router: hostile input', () => {
  const harness = useInventoryHarness();
  const { as, service, state } = harness;
  let main: string;

  beforeAll(async () => {
    main = await harness.givenLocation('MAIN', 10);
    await harness.givenStock({ 'HOST-1': { [main]: 50 }, 'HOST-2': { [main]: 50 } });
  });

  it('refuses oversized, malformed and mistyped values with the field named — never an internal error — writing nothing', async () => {
    const staff = as('staff').admin;
    const admin = as('admin').admin;
    const adjustment = { sku: 'HOST-1', locationId: main, mode: 'add' as const, quantity: 1, reason: 'found' as const };
    const reservation = { idempotencyKey: 'hostile-checkout', lines: [{ sku: 'HOST-1', quantity: 1 }] };
    const location = { code: 'HOSTILE', name: 'Hostile', priority: 1, active: true, address: NO_ADDRESS };
    let deep: unknown = 'HOST-1';
    for (let depth = 0; depth < 10_000; depth++) deep = { sku: deep };
    const cases: Array<[string, () => Promise<unknown>, string[]]> = [
      ['10 kB SKU asked about', () => as(null).availability({ skus: [TEN_KB] }), ['skus.0']],
      ['10 kB of emoji as a SKU', () => as(null).availability({ skus: [TEN_KB_EMOJI] }), ['skus.0']],
      ['10 kB SKU looked up', () => staff.stock.get({ sku: TEN_KB }), ['sku']],
      ['10 kB SKU adjusted', () => staff.stock.adjust({ ...adjustment, sku: TEN_KB }), ['sku']],
      ['10 kB SKU in the ledger', () => staff.stock.movements({ sku: TEN_KB }), ['sku']],
      ['10 kB SKU audited', () => staff.audit({ sku: TEN_KB }), ['sku']],
      ['10 kB SKU reserved', () => service().reserve({ ...reservation, lines: [{ sku: TEN_KB, quantity: 1 }] }), ['lines.0.sku']],
      ['10 kB search', () => staff.stock.list({ search: TEN_KB }), ['search']],
      ['10 kB cursor', () => staff.stock.list({ after: TEN_KB }), ['after']],
      ['10 kB note', () => staff.stock.adjust({ ...adjustment, note: TEN_KB }), ['note']],
      ['501 characters of note', () => staff.stock.adjust({ ...adjustment, note: 'x'.repeat(501) }), ['note']],
      ['10 kB idempotency key', () => service().reserve({ ...reservation, idempotencyKey: TEN_KB }), ['idempotencyKey']],
      ['10 kB reference', () => service().reserve({ ...reservation, reference: TEN_KB }), ['reference']],
      ['10 kB release reason', () => service().release({ reservationId: main, reason: TEN_KB }), ['reason']],
      ['10 kB location name', () => admin.locations.create({ ...location, name: TEN_KB }), ['name']],
      ['10 kB location city', () => admin.locations.create({ ...location, address: { ...NO_ADDRESS, city: TEN_KB } }), ['address.city']],
      ['SQL as a SKU', () => staff.stock.get({ sku: SQL }), ['sku']],
      ['SQL as a location id', () => staff.stock.adjust({ ...adjustment, locationId: `${main}' OR '1'='1` }), ['locationId']],
      ['SQL as a movement cursor', () => staff.stock.movements({ sku: 'HOST-1', before: '1 OR 1=1' }), ['before']],
      ['a cursor beyond any ledger id', () => staff.stock.movements({ sku: 'HOST-1', before: '9999999999999999999' }), ['before']],
      ['SQL as a location code', () => admin.locations.create({ ...location, code: "A'; --" }), ['code']],
      ['a non-ASCII SKU', () => staff.stock.get({ sku: 'ŠKU-1' }), ['sku']],
      ['emoji in an idempotency key', () => service().reserve({ ...reservation, idempotencyKey: 'checkout-📦-1' }), ['idempotencyKey']],
      ['a non-ASCII location code', () => admin.locations.create({ ...location, code: 'ÅRHUS' }), ['code']],
      ['NUL in a note', () => staff.stock.adjust({ ...adjustment, note: 'before\u0000after' }), ['note']],
      ['NUL in a search', () => staff.stock.list({ search: '\u0000' }), ['search']],
      ['NUL in a SKU', () => as(null).availability({ skus: ['HOST-1', 'HOST\u00002'] }), ['skus.1']],
      ['an object for a SKU', () => staff.stock.get({ sku: { $ne: null } as never }), ['sku']],
      ['a string for the SKU list', () => as(null).availability({ skus: 'HOST-1' as never }), ['skus']],
      ['an array for a quantity', () => service().reserve({ ...reservation, lines: [{ sku: 'HOST-1', quantity: [1] as never }] }), ['lines.0.quantity']],
      ['an object for the lines', () => service().reserve({ ...reservation, lines: { 0: { sku: 'HOST-1', quantity: 1 } } as never }), ['lines']],
      ['a __proto__ key', () => staff.stock.get(JSON.parse('{"sku":"HOST-1","__proto__":{"admin":true}}') as never), ['']],
      ['a SKU nested 10,000 deep', () => staff.stock.get(deep as never), ['sku']],
      ['100,000 SKUs at once', () => as(null).availability({ skus: Array.from({ length: 100_000 }, () => 'HOST-1') }), ['skus']],
    ];
    const before = await state();
    for (const [label, call, fields] of cases) {
      const seen = await outcome(call);
      expect({ label, code: seen.code, fields: seen.fields }).toEqual({ label, code: 'BAD_REQUEST', fields });
      expect(seen.message).not.toMatch(/postgres|syntax|relation|sql|stack/i);
    }
    expect(await state()).toBe(before);
  });

  it('searches stock and pages for SQL-looking text, LIKE wildcards and unicode literally, finding nothing and changing nothing', async () => {
    const staff = as('staff').admin;
    const before = await state();
    expect((await staff.stock.list({ search: 'host' })).rows.map((row) => row.sku)).toEqual(['HOST-1', 'HOST-2']);
    for (const search of [SQL, "' OR '1'='1", '%', '_', '%%', 'HOST_1', '\\', '\\%', '📦', 'Ünïcödé', '日本', '\u202E', 'e\u0301']) {
      expect({ search, rows: (await staff.stock.list({ search })).rows }).toEqual({ search, rows: [] });
    }
    for (const after of [SQL, "' OR 1=1 --", '📦', '%']) {
      const seen = await outcome(staff.stock.list({ after }));
      expect(seen.code).toBe('OK');
    }
    // The ledger's cursor takes any id PostgreSQL can hold.
    expect((await staff.stock.movements({ sku: 'HOST-1', before: '9223372036854775807' })).rows).toHaveLength(1);
    expect((await staff.stock.movements({ sku: 'HOST-1', before: '0' })).rows).toEqual([]);
    expect((await as(null).availability({ skus: ['HOST-1'] })).skus[0]?.available).toBe(50);
    expect(await state()).toBe(before);
  });

  it('keeps SQL-looking and unicode text in notes, references, reasons and names exactly as written', async () => {
    const staff = as('staff').admin;
    const admin = as('admin').admin;
    await staff.stock.adjust({ sku: 'HOST-2', locationId: main, mode: 'add', quantity: 1, reason: 'found', note: `  ${UNICODE_NOTE}  ` });
    await staff.stock.adjust({ sku: 'HOST-2', locationId: main, mode: 'add', quantity: 1, reason: 'found', note: SQL });
    // 250 emoji are 500 UTF-16 units: the most a note may hold.
    await staff.stock.adjust({ sku: 'HOST-2', locationId: main, mode: 'add', quantity: 1, reason: 'found', note: '📦'.repeat(250) });
    const notes = (await staff.stock.movements({ sku: 'HOST-2', limit: 3 })).rows.map((row) => row.note);
    expect(notes).toEqual(['📦'.repeat(250), SQL, UNICODE_NOTE]);

    const held = await service().reserve({ idempotencyKey: 'hostile-reference', lines: [{ sku: 'HOST-2', quantity: 1 }], reference: `${SQL} 📦` });
    expect(held.reservation.reference).toBe(`${SQL} 📦`);
    expect(await service().release({ reservationId: held.reservation.id, reason: `${UNICODE_NOTE} ${SQL}` })).toMatchObject({ closedReason: `${UNICODE_NOTE} ${SQL}` });

    const created = await admin.locations.create({ code: 'EMOJI-1', name: `Lager 📦 ${SQL}`, priority: 5, active: true, address: { ...NO_ADDRESS, line1: '東京都 1-2-3', city: 'Zürich' } });
    expect((await admin.locations.list()).find((location) => location.id === created.id)).toMatchObject({ name: `Lager 📦 ${SQL}`, address: { line1: '東京都 1-2-3', city: 'Zürich' } });

    // A lone surrogate cannot be stored as such; it comes back replaced, never as an error.
    expect((await outcome(staff.stock.adjust({ sku: 'HOST-2', locationId: main, mode: 'add', quantity: 1, reason: 'found', note: 'half \uD83D' }))).code).toBe('OK');
    expect((await as('staff').admin.audit({})).discrepancies).toEqual([]);
  });
});
