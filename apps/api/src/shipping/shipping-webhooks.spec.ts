import { signSandboxWebhook, startSandboxCarrier, type SandboxCarrier } from '@emporium/sandbox-carrier';
import { TRACKING_GUESS_POLICY } from '@emporium/shipping-data-access';
import { sql } from 'kysely';
import { BrowserClient } from '../testing/browser-client';
import { startTestApi, type TestApi } from '../testing/test-api';

const API_KEY = 'sk_test_webhooks';
const SECRET = 'whsec_test_webhooks';
const customer = { name: 'Grace Hopper', line1: '1 Navy Way', city: 'Arlington', region: 'VA', postalCode: '22202-1234', country: 'US' };

interface ShipmentView {
  id: string;
  kind: string;
  status: string;
  shipFrom: { name: string; postalCode: string };
  shipTo: { name: string; postalCode: string };
  returnable: Array<{ lineId: string; quantity: number }>;
  parcels: Array<{ trackingNumber: string | null }>;
  events: Array<{ id: string; status: string }>;
}

describe('carrier webhooks and public tracking, over HTTP', () => {
  let api: TestApi;
  let sandbox: SandboxCarrier;
  let staff: BrowserClient;
  let orders = 0;
  /** The demo's main warehouse, as the inventory service knows it. */
  let mainWarehouse: string;

  beforeAll(async () => {
    sandbox = await startSandboxCarrier({ apiKey: API_KEY, port: 0, timeline: { stepMs: 0 }, webhook: { url: 'http://127.0.0.1:9/unused', secret: SECRET, retry: { attempts: 3, baseDelayMs: 20 } } });
    api = await startTestApi({ SANDBOX_CARRIER_URL: sandbox.url, SANDBOX_CARRIER_API_KEY: API_KEY, SANDBOX_CARRIER_WEBHOOK_SECRET: SECRET });
    sandbox.control.setWebhook({ url: `${api.url}/webhooks/shipping/sandbox`, secret: SECRET });
    staff = new BrowserClient(api.url);
    await staff.ok(staff.mutate('user.auth.login', { email: 'admin@example.com', password: 'emporium-admin-demo' }));
    const locations = await staff.ok(staff.query<Array<{ id: string; code: string }>>('inventory.admin.locations.list'));
    mainWarehouse = locations.find((location) => location.code === 'MAIN')?.id ?? '';
  });
  afterAll(async () => {
    await sandbox?.stop();
    await api?.close();
  });

  /** A shipment with a sandbox label: its id and tracking number (the label_created webhook already received). */
  async function shipped(): Promise<{ id: string; trackingNumber: string }> {
    orders++;
    const created = await staff.ok(
      staff.mutate<ShipmentView>('shipping.admin.shipments.create', {
        orderRef: `ORD-WH-${orders}`,
        carrier: 'sandbox',
        service: 'ground',
        shipFromLocationId: mainWarehouse,
        shipTo: customer,
        lines: [{ lineId: 'l1', sku: 'MUG', title: 'Mug', quantity: 1, unitWeightGrams: 400 }],
      }),
    );
    const bought = await staff.ok(staff.mutate<ShipmentView>('shipping.admin.shipments.buyLabel', { shipmentId: created.id }));
    return { id: created.id, trackingNumber: bought.parcels[0]?.trackingNumber ?? '' };
  }
  const view = (id: string) => staff.ok(staff.query<ShipmentView>('shipping.admin.shipments.get', { id }));
  const rows = async (trackingNumber: string) =>
    (await sql<{ event_id: string; status: string }>`SELECT event_id, status FROM shipping.tracking_event WHERE tracking_number = ${trackingNumber} ORDER BY occurred_at`.execute(api.database.db)).rows;
  // After the label was bought (its label_created event is "now"): later scans, some of them delivered late.
  const minutesAhead = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

  it('follows the timeline delivered in order to delivered, one row per event', async () => {
    const { id, trackingNumber } = await shipped();
    const pushed = await sandbox.control.deliver(trackingNumber);
    expect(pushed.map((result) => result.delivery?.statusCode)).toEqual([200, 200, 200]);
    const shipment = await view(id);
    expect(shipment.status).toBe('delivered');
    expect(shipment.events.map((event) => event.status)).toEqual(['label_purchased', 'in_transit', 'out_for_delivery', 'delivered']);
    expect(await rows(trackingNumber)).toHaveLength(4);
  });

  it('ends with the right status after duplicate and out-of-order deliveries, storing each event once', async () => {
    const { id, trackingNumber } = await shipped();
    const outForDelivery = await sandbox.control.pushEvent({ trackingNumber, status: 'out_for_delivery', occurredAt: minutesAhead(20) });
    // An older scan arriving late never moves the status back.
    const inTransit = await sandbox.control.pushEvent({ trackingNumber, status: 'in_transit', occurredAt: minutesAhead(5) });
    await sandbox.control.pushEvent({ trackingNumber, status: 'out_for_delivery', duplicateOf: outForDelivery.event.id });
    expect((await view(id)).status).toBe('out_for_delivery');
    await sandbox.control.pushEvent({ trackingNumber, status: 'delivered', occurredAt: minutesAhead(40) });
    await sandbox.control.pushEvent({ trackingNumber, status: 'in_transit', duplicateOf: inTransit.event.id });
    await sandbox.control.pushEvent({ trackingNumber, status: 'exception', occurredAt: minutesAhead(10) });
    await sandbox.control.webhooksSettled();
    expect((await view(id)).status).toBe('delivered');
    const stored = await rows(trackingNumber);
    expect(stored.map((row) => row.status)).toEqual(['label_purchased', 'in_transit', 'exception', 'out_for_delivery', 'delivered']);
    expect(new Set(stored.map((row) => row.event_id)).size).toBe(stored.length);
    expect(sandbox.control.webhookAttempts().filter((attempt) => attempt.trackingNumber === trackingNumber).every((attempt) => attempt.statusCode === 200)).toBe(true);
  });

  it('cancels a label while the carrier posts its own cancelled event, ending cancelled with the label void', async () => {
    const { id, trackingNumber } = await shipped();
    const cancelled = await staff.ok(staff.mutate<ShipmentView & { label: unknown }>('shipping.admin.shipments.cancelLabel', { shipmentId: id }));
    expect([cancelled.status, cancelled.label, cancelled.parcels[0]?.trackingNumber]).toEqual(['cancelled', null, null]);
    await sandbox.control.webhooksSettled();
    expect((await view(id)).status).toBe('cancelled');
    expect((await rows(trackingNumber)).map((row) => row.status)).toEqual(['label_purchased', 'cancelled']);
  });

  it('refuses a forged signature and a stale timestamp with 400 and changes nothing', async () => {
    const { id, trackingNumber } = await shipped();
    const before = [await rows(trackingNumber), (await view(id)).status];
    const body = JSON.stringify({
      id: 'evt_forged_1',
      type: 'tracking.updated',
      trackingNumber,
      status: 'delivered',
      occurredAt: new Date().toISOString(),
      description: 'Delivered',
      location: { city: 'Arlington', country: 'US' },
    });
    const post = (signature: string) =>
      fetch(`${api.url}/webhooks/shipping/sandbox`, { method: 'POST', headers: { 'content-type': 'application/json', 'sandbox-signature': signature }, body });
    const forged = await post(signSandboxWebhook('not-the-secret', body, Date.now() / 1000));
    expect([forged.status, await forged.json()]).toEqual([400, { error: 'bad_signature' }]);
    const stale = await post(signSandboxWebhook(SECRET, body, Date.now() / 1000 - 600));
    expect([stale.status, await stale.json()]).toEqual([400, { error: 'stale_timestamp' }]);
    const unsigned = await fetch(`${api.url}/webhooks/shipping/sandbox`, { method: 'POST', body });
    expect(unsigned.status).toBe(400);
    expect([await rows(trackingNumber), (await view(id)).status]).toEqual(before);
    // The same body, genuinely signed, is accepted: the refusals were about the signature and the time only.
    const genuine = await post(signSandboxWebhook(SECRET, body, Date.now() / 1000));
    expect(genuine.status).toBe(200);
    expect((await view(id)).status).toBe('delivered');
    expect((await fetch(`${api.url}/webhooks/shipping/nope`, { method: 'POST', body })).status).toBe(404);
  });

  it('tracks a parcel by its number and the destination postcode, without order details; a wrong postcode is NOT_FOUND', async () => {
    const { trackingNumber } = await shipped();
    await sandbox.control.deliver(trackingNumber);
    const shopper = new BrowserClient(api.url);
    const tracked = await shopper.ok(shopper.query<Record<string, unknown>>('shipping.track', { trackingNumber, postalCode: '22202 1234' }));
    expect(tracked).toMatchObject({ trackingNumber, status: 'delivered' });
    expect(Object.keys(tracked).sort()).toEqual(['events', 'status', 'trackingNumber']);
    const text = JSON.stringify(tracked);
    for (const secret of ['Grace', 'Navy Way', 'ORD-WH', 'MUG']) expect(text).not.toContain(secret);
    expect((tracked['events'] as unknown[]).length).toBe(4);
    const wrong = await shopper.query('shipping.track', { trackingNumber, postalCode: '94158' });
    expect(wrong.ok ? 'answered' : wrong.error.code).toBe('NOT_FOUND');
    const unknown = await shopper.query('shipping.track', { trackingNumber: 'SBX000000000000', postalCode: '22202' });
    expect(unknown.ok ? 'answered' : unknown.error.code).toBe('NOT_FOUND');
  });

  it("ships from the inventory service's location, and sends a return back there with its own label and tracking", async () => {
    const { id, trackingNumber } = await shipped();
    const outbound = await view(id);
    expect(outbound.shipFrom).toMatchObject({ name: 'Main warehouse', postalCode: '43217' });
    await sandbox.control.deliver(trackingNumber);
    const made = await staff.ok(staff.mutate<ShipmentView>('shipping.admin.shipments.createReturn', { shipmentId: id, lines: [{ lineId: 'l1', quantity: 1 }], reason: 'Too small' }));
    expect(made).toMatchObject({ kind: 'return', shipFrom: { name: 'Grace Hopper' }, shipTo: { name: 'Main warehouse', postalCode: '43217' } });
    const bought = await staff.ok(staff.mutate<ShipmentView>('shipping.admin.shipments.buyLabel', { shipmentId: made.id }));
    const returnNumber = bought.parcels[0]?.trackingNumber ?? '';
    await sandbox.control.deliver(returnNumber);
    expect((await view(made.id)).status).toBe('delivered');
    expect((await view(id)).returnable).toEqual([{ lineId: 'l1', quantity: 0 }]);
    const shopper = new BrowserClient(api.url);
    expect(await shopper.ok(shopper.query('shipping.track', { trackingNumber: returnNumber, postalCode: customer.postalCode }))).toMatchObject({ status: 'delivered' });
    const closed = await staff.query<Array<{ id: string; code: string }>>('inventory.admin.locations.list');
    const popUp = (closed.ok ? closed.data : []).find((location) => location.code === 'POPUP')?.id;
    const refused = await staff.mutate('shipping.admin.shipments.create', {
      orderRef: 'ORD-WH-CLOSED',
      carrier: 'sandbox',
      service: 'ground',
      shipFromLocationId: popUp,
      shipTo: customer,
      lines: [{ lineId: 'l1', sku: 'MUG', title: 'Mug', quantity: 1, unitWeightGrams: 400 }],
    });
    expect(refused.ok ? 'created' : [refused.error.status, refused.error.fieldErrors?.map((error) => error.path)]).toEqual([400, ['shipFromLocationId']]);
  });

  // Last: it leaves this address limited.
  it('stops an address that looks up too many parcels that do not exist, with Retry-After', async () => {
    const { trackingNumber } = await shipped();
    const shopper = new BrowserClient(api.url);
    let misses = 0;
    for (;;) {
      const miss = await shopper.query('shipping.track', { trackingNumber: `SBX${String(misses).padStart(12, '0')}`, postalCode: '22202' });
      if (!miss.ok && miss.error.status === 429) break;
      expect(miss.ok ? 'found' : miss.error.reason).toBe('TRACKING_NOT_FOUND');
      misses += 1;
      expect(misses).toBeLessThanOrEqual(TRACKING_GUESS_POLICY.points);
    }
    // Earlier tests in this file missed twice from the same address.
    expect(misses).toBeGreaterThan(TRACKING_GUESS_POLICY.points - 5);
    const limited = await shopper.query('shipping.track', { trackingNumber, postalCode: customer.postalCode });
    expect(limited.ok ? 'answered' : [limited.error.status, limited.error.reason]).toEqual([429, 'TRACKING_GUESSES_LIMITED']);
    expect(limited.ok ? null : Number(limited.error.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
