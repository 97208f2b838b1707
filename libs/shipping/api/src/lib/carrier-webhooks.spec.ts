import { inject } from 'vitest';
import { signSandboxWebhook } from '@emporium/sandbox-carrier';
import { createShipment, getShipment, setTrackingNumbers, shippingMigrationSet, updateShipmentStatus } from '@emporium/shipping-data-access';
import { parseConfig } from '@emporium/platform-config';
import { inTransaction } from '@emporium/platform-db';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import type { EventBus } from '@emporium/platform-events';
import { pino } from 'pino';
import { receiveCarrierWebhook } from './carrier-webhooks';

const SECRET = 'whsec_unit';
const address = { name: 'Ada Lovelace', line1: '1 Main St', city: 'Oakland', postalCode: '94612', country: 'US' };

describe('receiving carrier webhooks', () => {
  let database: TestDatabase;
  let published: { type: string; payload: Record<string, unknown> }[];
  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [shippingMigrationSet]);
    published = [];
  });
  afterEach(() => database.destroy());

  const config = parseConfig({ NODE_ENV: 'test', SANDBOX_CARRIER_URL: 'http://127.0.0.1:1', SANDBOX_CARRIER_API_KEY: 'key', SANDBOX_CARRIER_WEBHOOK_SECRET: SECRET });
  const events = {
    publish: async (_trx: unknown, type: string, payload: Record<string, unknown>) => {
      published.push({ type, payload });
    },
  } as unknown as EventBus;
  const deps = () => ({ config, db: database.db, events, logger: pino({ level: 'silent' }) });

  async function labelled(): Promise<string> {
    return inTransaction(database.db, async (trx) => {
      const shipment = await createShipment(trx, {
        orderRef: 'ORD-7',
        carrier: 'sandbox-carrier',
        service: 'ground',
        shipFrom: address,
        shipTo: address,
        currency: 'USD',
        lines: [{ lineId: 'l1', sku: 'MUG', title: 'Mug', quantity: 1, unitWeightGrams: 300 }],
        parcels: [{ index: 1, weightGrams: 300, contents: [{ lineId: 'l1', sku: 'MUG', quantity: 1 }] }],
      });
      await setTrackingNumbers(trx, shipment.id, ['SBX111111111111']);
      await updateShipmentStatus(trx, shipment.id, 'label_purchased');
      return shipment.id;
    });
  }

  const deliver = (id: string, status: string, minute: number) => {
    const rawBody = JSON.stringify({
      id,
      type: 'tracking.updated',
      trackingNumber: 'SBX111111111111',
      status,
      occurredAt: new Date(Date.UTC(2026, 10, 1, 12, minute)).toISOString(),
      description: status,
      location: { city: 'Oakland', country: 'US' },
    });
    const now = new Date();
    const headers = new Headers({ 'sandbox-signature': signSandboxWebhook(SECRET, rawBody, now.getTime() / 1000) });
    return receiveCarrierWebhook(deps(), { slug: 'sandbox', headers, rawBody, now });
  };

  it('publishes shipment.shipped, .exception and .delivered on those changes, once each, whatever the arrival order', async () => {
    const id = await labelled();
    expect(await deliver('e1', 'in_transit', 1)).toEqual({ status: 200, body: { received: 1, recorded: 1 } });
    expect(await deliver('e3', 'exception', 3)).toMatchObject({ status: 200 });
    expect(await deliver('e3', 'exception', 3)).toEqual({ status: 200, body: { received: 1, recorded: 0 } });
    expect(await deliver('e2', 'out_for_delivery', 2)).toMatchObject({ status: 200 });
    expect((await getShipment(database.db, id))?.status).toBe('exception');
    expect(await deliver('e4', 'delivered', 4)).toMatchObject({ status: 200 });
    expect(await deliver('e1', 'in_transit', 1)).toMatchObject({ status: 200 });
    expect((await getShipment(database.db, id))?.status).toBe('delivered');
    expect(published.map((event) => [event.type, event.payload['status'], event.payload['source']])).toEqual([
      ['shipment.shipped', 'in_transit', 'carrier'],
      ['shipment.exception', 'exception', 'carrier'],
      ['shipment.delivered', 'delivered', 'carrier'],
    ]);
  });

  it('refuses a bad signature and an unknown carrier without writing', async () => {
    await labelled();
    const rawBody = JSON.stringify({ id: 'x', type: 'tracking.updated', trackingNumber: 'SBX111111111111', status: 'delivered', occurredAt: new Date().toISOString(), description: 'x', location: null });
    const headers = new Headers({ 'sandbox-signature': signSandboxWebhook('wrong', rawBody, Date.now() / 1000) });
    expect(await receiveCarrierWebhook(deps(), { slug: 'sandbox', headers, rawBody, now: new Date() })).toEqual({ status: 400, body: { error: 'bad_signature' } });
    expect(await receiveCarrierWebhook(deps(), { slug: 'table-rate', headers, rawBody, now: new Date() })).toEqual({ status: 404, body: { error: 'unknown_carrier' } });
    expect(await receiveCarrierWebhook(deps(), { slug: 'constructor', headers, rawBody, now: new Date() })).toMatchObject({ status: 404 });
    expect(published).toEqual([]);
  });
});
