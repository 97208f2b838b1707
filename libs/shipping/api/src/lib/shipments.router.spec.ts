import { inject } from 'vitest';
import { startSandboxCarrier, type SandboxCarrier } from '@emporium/sandbox-carrier';
import { shippingMigrationSet, shippingDb } from '@emporium/shipping-data-access';
import { parseConfig } from '@emporium/platform-config';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import type { EventBus } from '@emporium/platform-events';
import { createCallerFactory, type Role } from '@emporium/platform-trpc';
import { outcome, testContext } from '@emporium/platform-trpc/testing';
import { shippingRouter } from './shipping.router';

const API_KEY = 'sk_test_shipments';
const warehouse = { name: 'Emporium Warehouse', line1: '500 Terry Francine St', city: 'San Francisco', region: 'CA', postalCode: '94158', country: 'US' };
const WAREHOUSE_ID = '11111111-1111-4111-8111-111111111111';
const RETURNS_ID = '22222222-2222-4222-8222-222222222222';
const CLOSED_ID = '33333333-3333-4333-8333-333333333333';
const NO_ADDRESS_ID = '44444444-4444-4444-8444-444444444444';
/** The inventory service's answers for its locations (the real one is exercised over HTTP in apps/api). */
const inventoryLocations = new Map([
  [WAREHOUSE_ID, { code: 'MAIN', name: warehouse.name, active: true, address: { line1: warehouse.line1, line2: null, city: warehouse.city, region: 'CA', postalCode: '94158', countryCode: 'US' } }],
  [RETURNS_ID, { code: 'RET', name: 'Returns Centre', active: true, address: { line1: '9 Dock Rd', line2: 'Bay 4', city: 'Reno', region: 'NV', postalCode: '89501', countryCode: 'US' } }],
  [CLOSED_ID, { code: 'OLD', name: 'Old Depot', active: false, address: { line1: '1 Old Rd', line2: null, city: 'Fresno', region: 'CA', postalCode: '93650', countryCode: 'US' } }],
  [NO_ADDRESS_ID, { code: 'POP', name: 'Pop-up', active: true, address: { line1: null, line2: null, city: null, region: null, postalCode: null, countryCode: null } }],
]);
const inventory = { locations: { get: { query: async ({ locationId }: { locationId: string }) => inventoryLocations.get(locationId) ?? null } } };
const customer = { name: 'Ada Lovelace', line1: '1 Main St', city: 'Oakland', region: 'CA', postalCode: '94612', country: 'US' };

describe('shipments for staff', () => {
  let database: TestDatabase;
  let sandbox: SandboxCarrier;
  let published: { type: string; payload: unknown }[];

  beforeAll(async () => {
    sandbox = await startSandboxCarrier({ apiKey: API_KEY, port: 0, timeline: { stepMs: 0 }, hangMs: 1_000 });
  });
  afterAll(() => sandbox.stop());
  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [shippingMigrationSet]);
    published = [];
    sandbox.control.clearFailures();
  });
  afterEach(() => database.destroy());

  const config = parseConfig({
    NODE_ENV: 'test',
    SANDBOX_CARRIER_URL: 'http://127.0.0.1:1',
    SANDBOX_CARRIER_API_KEY: API_KEY,
    SANDBOX_CARRIER_WEBHOOK_SECRET: 'whsec_test',
    SANDBOX_CARRIER_TIMEOUT_MS: '250',
    SHIPPING_MAX_PARCEL_GRAMS: '2000',
  });
  const events = {
    publish: async (_trx: unknown, type: string, payload: unknown) => {
      published.push({ type, payload });
      return { type, payload };
    },
  } as unknown as EventBus;
  const shipping = (role: Role | null, timeoutMs = config.SANDBOX_CARRIER_TIMEOUT_MS) =>
    createCallerFactory(shippingRouter)(
      testContext({
        db: database.db,
        role,
        events,
        config: { ...config, SANDBOX_CARRIER_URL: sandbox.url, SANDBOX_CARRIER_TIMEOUT_MS: timeoutMs },
        services: { client: ((name: string) => (name === 'inventory' ? inventory : undefined)) as never },
      }),
    );
  const as = (role: Role | null, timeoutMs?: number) => shipping(role, timeoutMs).admin.shipments;

  const create = (carrier: 'sandbox' | 'table-rate' = 'sandbox', orderRef = 'ORD-1001') =>
    as('staff').create({
      orderRef,
      carrier,
      service: 'ground',
      shipFromLocationId: WAREHOUSE_ID,
      shipTo: customer,
      lines: [
        { lineId: 'l1', sku: 'MUG-BLUE', title: 'Blue mug', quantity: 3, unitWeightGrams: 600 },
        { lineId: 'l2', sku: 'TEE-M', title: 'T-shirt (M)', quantity: 1, unitWeightGrams: 250 },
      ],
    });

  it('packs the lines into parcels under the weight limit and keeps the shipment pending', async () => {
    const shipment = await create();
    expect(shipment).toMatchObject({ orderRef: 'ORD-1001', status: 'pending', carrier: 'sandbox-carrier', label: null, events: [] });
    // 3 × 600 g + 250 g under 2 kg a parcel: two parcels.
    expect(shipment.parcels.map((parcel) => parcel.weightGrams)).toEqual([1800, 250]);
    expect(shipment.lines).toHaveLength(2);
    const tooHeavy = await outcome(
      as('staff').create({ orderRef: 'X', carrier: 'sandbox', service: 'ground', shipFromLocationId: WAREHOUSE_ID, shipTo: customer, lines: [{ lineId: 'a', sku: 'ANVIL', title: 'Anvil', quantity: 1, unitWeightGrams: 5000 }] }),
    );
    expect([tooHeavy.code, tooHeavy.fields]).toEqual(['BAD_REQUEST', ['lines.0.unitWeightGrams']]);
  });

  it('buys a sandbox label: tracking numbers on the parcels, label_purchased, the event published, the label PDF drawn from the document', async () => {
    const { id } = await create();
    const bought = await as('staff').buyLabel({ shipmentId: id });
    expect(bought.status).toBe('label_purchased');
    expect(bought.parcels.every((parcel) => /^SBX\d{12}$/.test(parcel.trackingNumber ?? ''))).toBe(true);
    expect(bought.label?.amount.amount).toBeGreaterThan(0);
    expect(sandbox.labels().filter((label) => label.reference === 'ORD-1001')).toHaveLength(1);
    expect(sandbox.labels().find((label) => label.reference === 'ORD-1001')?.idempotencyKey).toBe(`${id}:label:1`);
    expect(published).toEqual([{ type: 'shipment.label_purchased', payload: expect.objectContaining({ shipmentId: id, orderRef: 'ORD-1001', trackingNumbers: bought.parcels.map((parcel) => parcel.trackingNumber) }) }]);
    const pdf = await as('staff').labelPdf({ id });
    expect(pdf).toMatchObject({ filename: 'label-ORD-1001.pdf', contentType: 'application/pdf' });
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const again = await outcome(as('staff').buyLabel({ shipmentId: id }));
    expect([again.code, again.reason]).toEqual(['CONFLICT', 'TRANSITION_REFUSED']);
  });

  it('after a lost response, buying again sends the same key and ends with one label at the carrier and one stored', async () => {
    const { id } = await create('sandbox', 'ORD-LOST');
    // The carrier sells the label and the answer is lost; the adapter's two retries time out as well.
    sandbox.control.failNext({ next: 1, mode: 'succeed_then_timeout', path: '/v1/labels' });
    sandbox.control.failNext({ next: 2, mode: 'timeout', path: '/v1/labels' });
    const lost = await outcome(as('staff').buyLabel({ shipmentId: id }));
    expect([lost.code, lost.reason]).toEqual(['SERVICE_UNAVAILABLE', 'CARRIER_UNAVAILABLE']);
    expect((await as('staff').get({ id })).status).toBe('pending');
    expect(published).toEqual([]);

    const retried = await as('staff').buyLabel({ shipmentId: id });
    expect(retried.status).toBe('label_purchased');
    const atCarrier = sandbox.labels().filter((label) => label.reference === 'ORD-LOST');
    expect(atCarrier).toHaveLength(1);
    expect(atCarrier[0]?.idempotencyKey).toBe(`${id}:label:1`);
    expect(retried.parcels[0]?.trackingNumber).toBe(atCarrier[0]?.trackingNumber);
    const stored = await shippingDb(database.db).selectFrom('label').select(['label_id']).where('shipment_id', '=', id).execute();
    expect(stored).toEqual([{ label_id: atCarrier[0]?.labelId }]);
    const attempts = await shippingDb(database.db).selectFrom('label_attempt').select(['idempotency_key', 'outcome']).where('shipment_id', '=', id).execute();
    expect(attempts).toEqual([{ idempotency_key: `${id}:label:1`, outcome: 'succeeded' }]);
    expect(published.map((event) => event.type)).toEqual(['shipment.label_purchased']);
  });

  it('a refused purchase fails the attempt, and the next purchase takes a new key', async () => {
    const { id } = await as('staff').create({
      orderRef: 'ORD-BAD',
      carrier: 'sandbox',
      service: 'overnight-by-owl',
      shipFromLocationId: WAREHOUSE_ID,
      shipTo: customer,
      lines: [{ lineId: 'l1', sku: 'MUG', title: 'Mug', quantity: 1, unitWeightGrams: 300 }],
    });
    const refused = await outcome(as('staff').buyLabel({ shipmentId: id }));
    expect([refused.code, refused.reason]).toEqual(['BAD_REQUEST', 'CARRIER_REJECTED']);
    await outcome(as('staff').buyLabel({ shipmentId: id }));
    const keys = await shippingDb(database.db).selectFrom('label_attempt').select(['idempotency_key', 'outcome']).where('shipment_id', '=', id).orderBy('attempt_no').execute();
    expect(keys).toEqual([
      { idempotency_key: `${id}:label:1`, outcome: 'failed' },
      { idempotency_key: `${id}:label:2`, outcome: 'failed' },
    ]);
  });

  it('draws a table-rate label at purchase, stores its PDF, and gives the packing slip listing the lines', async () => {
    const { id } = await create('table-rate', 'ORD-TR');
    const bought = await as('staff').buyLabel({ shipmentId: id });
    expect(bought.parcels.every((parcel) => /^EMP\d{12}$/.test(parcel.trackingNumber ?? ''))).toBe(true);
    const stored = await shippingDb(database.db).selectFrom('label').select(['pdf']).where('shipment_id', '=', id).executeTakeFirstOrThrow();
    const label = await as('staff').labelPdf({ id });
    expect(Buffer.from(label.base64, 'base64').equals(stored.pdf as Buffer)).toBe(true);
    const slip = await as('staff').packingSlipPdf({ id });
    expect(slip).toMatchObject({ filename: 'packing-slip-ORD-TR.pdf', contentType: 'application/pdf' });
    expect(Buffer.from(slip.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('marks a shipment shipped by hand (shipment.shipped), cancels labels at the carrier, and refuses what the status does not allow', async () => {
    const first = await create('sandbox', 'ORD-SHIP');
    await as('staff').buyLabel({ shipmentId: first.id });
    const shipped = await as('staff').markShipped({ shipmentId: first.id });
    expect(shipped.status).toBe('in_transit');
    expect(published.map((event) => event.type)).toEqual(['shipment.label_purchased', 'shipment.shipped']);
    const late = await outcome(as('staff').cancelLabel({ shipmentId: first.id }));
    expect([late.code, late.reason, late.details]).toEqual(['CONFLICT', 'TRANSITION_REFUSED', { from: 'in_transit', action: 'cancel' }]);

    const second = await create('sandbox', 'ORD-CANCEL');
    const bought = await as('staff').buyLabel({ shipmentId: second.id });
    const cancelled = await as('staff').cancelLabel({ shipmentId: second.id });
    expect([cancelled.status, cancelled.label, cancelled.parcels[0]?.trackingNumber]).toEqual(['cancelled', null, null]);
    expect(sandbox.labels().find((label) => label.trackingNumber === bought.parcels[0]?.trackingNumber)?.status).toBe('cancelled');
    expect((await outcome(as('staff').markShipped({ shipmentId: second.id }))).reason).toBe('TRANSITION_REFUSED');
    expect((await outcome(as('staff').get({ id: '00000000-0000-4000-8000-000000000000' }))).reason).toBe('SHIPMENT_NOT_FOUND');
  });

  it('voids a label that arrives after the shipment was cancelled meanwhile, keeping a record of it', async () => {
    const { id } = await create('sandbox', 'ORD-RACE');
    sandbox.control.setLatency(400);
    try {
      const purchase = outcome(as('staff', 5_000).buyLabel({ shipmentId: id }));
      await new Promise((resolve) => setTimeout(resolve, 150));
      // No label yet: staff cancel the shipment while the carrier is still selling it.
      expect((await as('staff').cancelLabel({ shipmentId: id })).status).toBe('cancelled');
      const refused = await purchase;
      expect([refused.code, refused.reason]).toEqual(['CONFLICT', 'TRANSITION_REFUSED']);
    } finally {
      sandbox.control.setLatency(0);
    }
    const atCarrier = sandbox.labels().filter((label) => label.reference === 'ORD-RACE');
    expect(atCarrier.map((label) => label.status)).toEqual(['cancelled']);
    const stored = await shippingDb(database.db).selectFrom('label').select(['label_id', 'cancelled_at']).where('shipment_id', '=', id).execute();
    expect(stored).toEqual([{ label_id: atCarrier[0]?.labelId, cancelled_at: expect.any(Date) }]);
    const shipment = await as('staff').get({ id });
    expect([shipment.status, shipment.label, shipment.parcels[0]?.trackingNumber]).toEqual(['cancelled', null, null]);
    expect(published).toEqual([]);
  });

  it('lists shipments by status and order reference, a page at a time', async () => {
    const { id } = await create('table-rate', 'ORD-A');
    await create('table-rate', 'ORD-B');
    await as('staff').buyLabel({ shipmentId: id });
    expect((await as('staff').list({})).total).toBe(2);
    expect((await as('staff').list({ status: 'label_purchased' })).items.map((item) => item.orderRef)).toEqual(['ORD-A']);
    expect((await as('staff').list({ orderRef: 'ORD-B' })).items.map((item) => item.status)).toEqual(['pending']);
    expect((await as('staff').list({ page: 2 })).items).toEqual([]);
  });

  describe('where a shipment leaves from', () => {
    it("prints the inventory location's address as the sender and keeps the location", async () => {
      const shipment = await create();
      expect(shipment.shipFrom).toEqual({ name: warehouse.name, line1: warehouse.line1, city: warehouse.city, region: 'CA', postalCode: '94158', country: 'US' });
      expect(shipment.locationId).toBe(WAREHOUSE_ID);
    });

    it('refuses a location that does not exist, is inactive or has no address, and an address that cannot be shipped to, writing nothing', async () => {
      const attempt = (overrides: Record<string, unknown>) =>
        outcome(
          as('staff').create({
            orderRef: 'ORD-NOPE',
            carrier: 'table-rate',
            service: 'ground',
            shipFromLocationId: WAREHOUSE_ID,
            shipTo: customer,
            lines: [{ lineId: 'l1', sku: 'MUG', title: 'Mug', quantity: 1, unitWeightGrams: 300 }],
            ...overrides,
          }),
        );
      const cases: Array<[Record<string, unknown>, string, RegExp]> = [
        [{ shipFromLocationId: '00000000-0000-4000-8000-000000000000' }, 'shipFromLocationId', /No such inventory location/],
        [{ shipFromLocationId: CLOSED_ID }, 'shipFromLocationId', /Old Depot \(OLD\) is inactive/],
        [{ shipFromLocationId: NO_ADDRESS_ID }, 'shipFromLocationId', /Pop-up \(POP\) has no complete address/],
        [{ shipFromLocationId: 'MAIN' }, 'shipFromLocationId', /Choose the location it ships from/],
        [{ shipTo: { ...customer, country: 'XX' } }, 'shipTo.country', /not a country code we know/],
        [{ shipTo: { ...customer, postalCode: 'SW1A 1AA' } }, 'shipTo.postalCode', /not a valid postcode for US/],
      ];
      for (const [overrides, field, message] of cases) {
        const refused = await attempt(overrides);
        expect({ code: refused.code, fields: refused.fields }).toEqual({ code: 'BAD_REQUEST', fields: [field] });
        expect(refused.message).toMatch(message);
      }
      expect((await as('staff').list({})).total).toBe(0);
    });
  });

  describe('returns', () => {
    /** An outbound shipment of 3 mugs and a T-shirt, handed to the carrier. */
    async function shipped(carrier: 'sandbox' | 'table-rate' = 'sandbox', orderRef = 'ORD-RET') {
      const { id } = await create(carrier, orderRef);
      await as('staff').buyLabel({ shipmentId: id });
      await as('staff').markShipped({ shipmentId: id });
      published = [];
      return id;
    }

    it('sends lines back from the customer to the location they left from, as a shipment of its own with a RETURN label', async () => {
      const id = await shipped();
      const created = await as('staff').createReturn({ shipmentId: id, lines: [{ lineId: 'l1', quantity: 2 }], reason: 'Chipped' });
      expect(created).toMatchObject({
        kind: 'return',
        returnOf: id,
        returnReason: 'Chipped',
        locationId: WAREHOUSE_ID,
        orderRef: 'ORD-RET',
        status: 'pending',
        carrier: 'sandbox-carrier',
        shipFrom: customer,
        shipTo: { name: warehouse.name, postalCode: '94158' },
        lines: [{ lineId: 'l1', sku: 'MUG-BLUE', quantity: 2, unitWeightGrams: 600 }],
      });
      expect(created.parcels.map((parcel) => parcel.weightGrams)).toEqual([1200]);

      const bought = await as('staff').buyLabel({ shipmentId: created.id });
      expect(bought.status).toBe('label_purchased');
      expect(published).toEqual([{ type: 'shipment.label_purchased', payload: expect.objectContaining({ shipmentId: created.id, kind: 'return', returnOf: id, orderRef: 'ORD-RET' }) }]);
      const stored = await shippingDb(database.db).selectFrom('label').select(['document']).where('shipment_id', '=', created.id).executeTakeFirstOrThrow();
      expect(stored.document).toMatchObject({ isReturn: true, shipFrom: { name: customer.name }, shipTo: { name: warehouse.name } });

      const outbound = await as('staff').get({ id });
      expect(outbound.returns).toEqual([{ id: created.id, status: 'label_purchased', createdAt: expect.any(Date) }]);
      expect(outbound.returnable).toEqual([
        { lineId: 'l1', quantity: 1 },
        { lineId: 'l2', quantity: 1 },
      ]);
      expect((await as('staff').list({ kind: 'return' })).items.map((item) => [item.id, item.kind])).toEqual([[created.id, 'return']]);
    });

    it("tracks a return by the customer's own postcode, and never by the warehouse's", async () => {
      const id = await shipped('table-rate', 'ORD-TRK');
      const created = await as('staff').createReturn({ shipmentId: id, lines: [{ lineId: 'l2', quantity: 1 }] });
      const bought = await as('staff').buyLabel({ shipmentId: created.id });
      const trackingNumber = bought.parcels[0]?.trackingNumber ?? '';
      expect(await shipping(null).track({ trackingNumber, postalCode: customer.postalCode })).toMatchObject({ trackingNumber, status: 'label_purchased' });
      expect((await outcome(shipping(null).track({ trackingNumber, postalCode: warehouse.postalCode }))).reason).toBe('TRACKING_NOT_FOUND');
    });

    it('goes to another location when staff choose one, and refuses one that cannot take it', async () => {
      const id = await shipped('table-rate', 'ORD-ELSEWHERE');
      const created = await as('staff').createReturn({ shipmentId: id, lines: [{ lineId: 'l2', quantity: 1 }], locationId: RETURNS_ID, carrier: 'table-rate', service: 'returns' });
      expect(created).toMatchObject({ locationId: RETURNS_ID, service: 'returns', shipTo: { name: 'Returns Centre', line1: '9 Dock Rd', line2: 'Bay 4', city: 'Reno', country: 'US' } });
      const refused = await outcome(as('staff').createReturn({ shipmentId: id, lines: [{ lineId: 'l1', quantity: 1 }], locationId: CLOSED_ID }));
      expect([refused.code, refused.fields]).toEqual(['BAD_REQUEST', ['locationId']]);
    });

    it('never sends back more than was shipped, counting the other returns, and a cancelled return gives its units back', async () => {
      const id = await shipped();
      const first = await as('staff').createReturn({ shipmentId: id, lines: [{ lineId: 'l1', quantity: 3 }] });
      const more = await outcome(as('staff').createReturn({ shipmentId: id, lines: [{ lineId: 'l2', quantity: 1 }, { lineId: 'l1', quantity: 1 }] }));
      expect([more.code, more.fields]).toEqual(['BAD_REQUEST', ['lines.1.quantity']]);
      expect(more.message).toContain('Every unit of this line is already being returned');
      const tooMany = await outcome(as('staff').createReturn({ shipmentId: id, lines: [{ lineId: 'l2', quantity: 2 }] }));
      expect(tooMany.fields).toEqual(['lines.0.quantity']);
      expect(tooMany.message).toContain('At most 1 of this line can still be returned');
      const unknown = await outcome(as('staff').createReturn({ shipmentId: id, lines: [{ lineId: 'l9', quantity: 1 }] }));
      expect(unknown.fields).toEqual(['lines.0.lineId']);
      expect(unknown.message).toContain('Not a line of this shipment');
      expect((await as('staff').get({ id })).returns).toHaveLength(1);

      await as('staff').cancelLabel({ shipmentId: first.id });
      expect((await as('staff').get({ id })).returnable).toEqual([
        { lineId: 'l1', quantity: 3 },
        { lineId: 'l2', quantity: 1 },
      ]);
      expect((await as('staff').createReturn({ shipmentId: id, lines: [{ lineId: 'l1', quantity: 3 }] })).status).toBe('pending');
    });

    it('makes exactly as many returns as there are units when staff ask at once', async () => {
      const id = await shipped('table-rate', 'ORD-RUSH');
      const tries = await Promise.all(Array.from({ length: 6 }, () => outcome(as('staff').createReturn({ shipmentId: id, lines: [{ lineId: 'l1', quantity: 1 }] }))));
      expect(tries.filter((result) => result.code === 'OK')).toHaveLength(3);
      expect(tries.filter((result) => result.code !== 'OK').map((result) => result.fields)).toEqual(Array.from({ length: 3 }, () => ['lines.0.quantity']));
      expect((await as('staff').list({ kind: 'return' })).total).toBe(3);
    });

    it('refuses a return before the goods left, after they bounced home, and of a return', async () => {
      const pending = await create('table-rate', 'ORD-EARLY');
      const early = await outcome(as('staff').createReturn({ shipmentId: pending.id, lines: [{ lineId: 'l1', quantity: 1 }] }));
      expect([early.code, early.reason, early.message]).toEqual(['CONFLICT', 'RETURN_NOT_ALLOWED', 'Cannot return goods of a shipment that is pending']);
      const id = await shipped('table-rate', 'ORD-TWICE');
      const made = await as('staff').createReturn({ shipmentId: id, lines: [{ lineId: 'l1', quantity: 1 }] });
      const ofReturn = await outcome(as('staff').createReturn({ shipmentId: made.id, lines: [{ lineId: 'l1', quantity: 1 }] }));
      expect([ofReturn.code, ofReturn.reason]).toEqual(['CONFLICT', 'RETURN_NOT_ALLOWED']);
      const ghost = await outcome(as('staff').createReturn({ shipmentId: '00000000-0000-4000-8000-000000000000', lines: [{ lineId: 'l1', quantity: 1 }] }));
      expect(ghost.reason).toBe('SHIPMENT_NOT_FOUND');
      expect((await outcome(as('customer').createReturn({ shipmentId: id, lines: [{ lineId: 'l1', quantity: 1 }] }))).code).toBe('FORBIDDEN');
    });
  });

  it('is for staff only', async () => {
    const { id } = await create('table-rate');
    expect((await outcome(as('customer').list({}))).code).toBe('FORBIDDEN');
    expect((await outcome(as('customer').buyLabel({ shipmentId: id }))).code).toBe('FORBIDDEN');
    expect((await outcome(as('customer').labelPdf({ id }))).code).toBe('FORBIDDEN');
    expect((await outcome(as(null).create({} as never))).code).toBe('UNAUTHORIZED');
    expect((await as('staff').get({ id })).status).toBe('pending');
  });
});
