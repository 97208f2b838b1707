import { signSandboxWebhook, startSandboxCarrier, type SandboxCarrier } from '@emporium/sandbox-carrier';
import { sql } from 'kysely';
import { BrowserClient } from '../testing/browser-client';
import { startTestApi, type TestApi } from '../testing/test-api';

const API_KEY = 'sk_test_webhooks';
const SECRET = 'whsec_test_webhooks';
const warehouse = { name: 'Emporium Warehouse', line1: '500 Terry Francine St', city: 'San Francisco', region: 'CA', postalCode: '94158', country: 'US' };
const customer = { name: 'Grace Hopper', line1: '1 Navy Way', city: 'Arlington', region: 'VA', postalCode: '22202-1234', country: 'US' };

interface ShipmentView {
  id: string;
  status: string;
  parcels: Array<{ trackingNumber: string | null }>;
  events: Array<{ id: string; status: string }>;
}

describe('carrier webhooks and public tracking, over HTTP', () => {
  let api: TestApi;
  let sandbox: SandboxCarrier;
  let staff: BrowserClient;
  let orders = 0;

  beforeAll(async () => {
    sandbox = await startSandboxCarrier({ apiKey: API_KEY, port: 0, timeline: { stepMs: 0 }, webhook: { url: 'http://127.0.0.1:9/unused', secret: SECRET, retry: { attempts: 3, baseDelayMs: 20 } } });
    api = await startTestApi({ SANDBOX_CARRIER_URL: sandbox.url, SANDBOX_CARRIER_API_KEY: API_KEY, SANDBOX_CARRIER_WEBHOOK_SECRET: SECRET });
    sandbox.control.setWebhook({ url: `${api.url}/webhooks/shipping/sandbox`, secret: SECRET });
    staff = new BrowserClient(api.url);
    await staff.ok(staff.mutate('user.auth.login', { email: 'admin@example.com', password: 'emporium-admin-demo' }));
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
        shipFrom: warehouse,
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
});
