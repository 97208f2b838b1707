import { inject } from 'vitest';
import { inTransaction } from '@emporium/platform-db';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { eventsMigrationSet } from '@emporium/platform-events';
import { getLiveLabel, listLabelAttempts, markLabelCancelled, openLabelAttempt, resolveLabelAttempt, saveLabel } from './labels';
import { createShipment, findShipmentByTrackingNumber, getShipment, listShipments, lockShipment, lockShipmentByTrackingNumber, type NewShipment, setTrackingNumbers, updateShipmentStatus } from './shipments';
import { shippingMigrationSet } from './shipping.migrations';
import { listTrackingEvents, recordTrackingEvent } from './tracking-events';

const address = { name: 'Ada Lovelace', line1: '1 Main St', city: 'Springfield', postalCode: '94103', country: 'US' };

const newShipment = (orderRef = 'ORD-1'): NewShipment => ({
  orderRef,
  carrier: 'sandbox-carrier',
  service: 'ground',
  shipFrom: { ...address, name: 'Warehouse' },
  shipTo: address,
  currency: 'USD',
  lines: [
    { lineId: 'l1', sku: 'MUG', title: 'Mug', quantity: 2, unitWeightGrams: 400 },
    { lineId: 'l2', sku: 'TEE', title: 'T-shirt', quantity: 1, unitWeightGrams: 200 },
  ],
  parcels: [
    { index: 1, weightGrams: 800, contents: [{ lineId: 'l1', sku: 'MUG', quantity: 2 }] },
    { index: 2, weightGrams: 200, contents: [{ lineId: 'l2', sku: 'TEE', quantity: 1 }] },
  ],
});

describe('shipments, label attempts and tracking events', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [eventsMigrationSet, shippingMigrationSet]);
  });
  afterEach(() => database.destroy());
  const inTrx = <T>(work: Parameters<typeof inTransaction<T>>[1]) => inTransaction(database.db, work);

  it('keeps a shipment with its lines and packed parcels, pending and without tracking numbers', async () => {
    const created = await inTrx((trx) => createShipment(trx, newShipment()));
    expect(created).toMatchObject({ orderRef: 'ORD-1', status: 'pending', carrier: 'sandbox-carrier', shipTo: address, decidedBy: null });
    expect(created.lines.map((line) => [line.lineId, line.quantity])).toEqual([
      ['l1', 2],
      ['l2', 1],
    ]);
    expect(created.parcels.map((parcel) => [parcel.index, parcel.weightGrams, parcel.trackingNumber])).toEqual([
      [1, 800, null],
      [2, 200, null],
    ]);
    expect(await getShipment(database.db, created.id)).toEqual(created);
  });

  it('finds a shipment by a parcel tracking number at its carrier, and records the deciding event with the status', async () => {
    const { id } = await inTrx((trx) => createShipment(trx, newShipment()));
    await inTrx((trx) => setTrackingNumbers(trx, id, ['SBX1', 'SBX2']));
    const occurredAt = new Date('2026-01-02T03:04:05.000Z');
    await inTrx(async (trx) => {
      expect((await lockShipmentByTrackingNumber(trx, 'sandbox-carrier', 'SBX2'))?.id).toBe(id);
      expect(await lockShipmentByTrackingNumber(trx, 'table-rate', 'SBX2')).toBeNull();
      expect((await findShipmentByTrackingNumber(trx, 'SBX1'))?.id).toBe(id);
      expect(await findShipmentByTrackingNumber(trx, 'SBX3')).toBeNull();
      await updateShipmentStatus(trx, id, 'in_transit', { id: 'ev-1', status: 'in_transit', occurredAt });
    });
    const after = await inTrx((trx) => lockShipment(trx, id));
    expect(after).toMatchObject({ status: 'in_transit', decidedBy: { id: 'ev-1', status: 'in_transit', occurredAt } });
  });

  it('refuses the same tracking number twice at one carrier', async () => {
    const first = await inTrx((trx) => createShipment(trx, newShipment('ORD-1')));
    const second = await inTrx((trx) => createShipment(trx, newShipment('ORD-2')));
    await inTrx((trx) => setTrackingNumbers(trx, first.id, ['SBX1']));
    await expect(inTrx((trx) => setTrackingNumbers(trx, second.id, ['SBX1']))).rejects.toThrow(/unique|duplicate/i);
  });

  it('re-uses an unresolved attempt and its idempotency key; a failed attempt lets the next one take a new key', async () => {
    const { id } = await inTrx((trx) => createShipment(trx, newShipment()));
    const first = await inTrx((trx) => openLabelAttempt(trx, id));
    expect(first).toMatchObject({ attemptNo: 1, idempotencyKey: `${id}:label:1`, outcome: 'pending' });
    // The process died (still pending) or the call timed out (unknown): the same key again.
    expect((await inTrx((trx) => openLabelAttempt(trx, id))).idempotencyKey).toBe(first.idempotencyKey);
    await resolveLabelAttempt(database.db, first.id, 'unknown', { error: 'timeout' });
    expect((await inTrx((trx) => openLabelAttempt(trx, id))).id).toBe(first.id);
    await resolveLabelAttempt(database.db, first.id, 'failed', { error: 'invalid address' });
    const second = await inTrx((trx) => openLabelAttempt(trx, id));
    expect(second).toMatchObject({ attemptNo: 2, idempotencyKey: `${id}:label:2` });
    expect((await listLabelAttempts(database.db, id)).map((attempt) => attempt.outcome)).toEqual(['failed', 'pending']);
  });

  it('keeps one live label per shipment; a replayed label is stored once; a cancelled one is no longer live', async () => {
    const { id } = await inTrx((trx) => createShipment(trx, newShipment()));
    const attempt = await inTrx((trx) => openLabelAttempt(trx, id));
    const label = { shipmentId: id, carrier: 'sandbox-carrier', labelId: 'lbl-1', attemptId: attempt.id, pdf: Buffer.from('%PDF'), document: { reference: 'ORD-1' }, amount: 750, currency: 'USD' };
    await inTrx((trx) => saveLabel(trx, label));
    await inTrx((trx) => saveLabel(trx, label));
    expect(await getLiveLabel(database.db, id)).toMatchObject({ labelId: 'lbl-1', amount: 750, pdf: Buffer.from('%PDF'), document: { reference: 'ORD-1' } });
    await expect(inTrx((trx) => saveLabel(trx, { ...label, labelId: 'lbl-2' }))).rejects.toThrow();
    await inTrx((trx) => markLabelCancelled(trx, 'sandbox-carrier', 'lbl-1'));
    expect(await getLiveLabel(database.db, id)).toBeNull();
    await inTrx((trx) => saveLabel(trx, { ...label, labelId: 'lbl-2' }));
    expect((await getLiveLabel(database.db, id))?.labelId).toBe('lbl-2');
  });

  it('stores a tracking event once per carrier event id, and lists the timeline in the order things happened', async () => {
    const { id } = await inTrx((trx) => createShipment(trx, newShipment()));
    const event = (eventId: string, minute: number, status: 'in_transit' | 'delivered') => ({
      carrier: 'sandbox-carrier',
      eventId,
      shipmentId: id,
      trackingNumber: 'SBX1',
      status,
      carrierStatus: status,
      occurredAt: new Date(Date.UTC(2026, 0, 1, 0, minute)),
      description: status,
      location: { city: 'Oakland', country: 'US' },
    });
    expect(await inTrx((trx) => recordTrackingEvent(trx, event('e2', 5, 'delivered')))).toBe(true);
    expect(await inTrx((trx) => recordTrackingEvent(trx, event('e1', 1, 'in_transit')))).toBe(true);
    expect(await inTrx((trx) => recordTrackingEvent(trx, event('e1', 1, 'in_transit')))).toBe(false);
    const timeline = await listTrackingEvents(database.db, id);
    expect(timeline.map((stored) => [stored.eventId, stored.status, stored.location?.city])).toEqual([
      ['e1', 'in_transit', 'Oakland'],
      ['e2', 'delivered', 'Oakland'],
    ]);
  });

  it('lists shipments newest first, filtered by status and order reference, a page at a time', async () => {
    const one = await inTrx((trx) => createShipment(trx, newShipment('ORD-1')));
    await inTrx((trx) => createShipment(trx, newShipment('ORD-2')));
    await inTrx((trx) => createShipment(trx, newShipment('ORD-3')));
    await inTrx((trx) => updateShipmentStatus(trx, one.id, 'cancelled'));
    const all = await listShipments(database.db, { page: 1, pageSize: 2 });
    expect(all.total).toBe(3);
    expect(all.items).toHaveLength(2);
    expect((await listShipments(database.db, { page: 2, pageSize: 2 })).items).toHaveLength(1);
    expect((await listShipments(database.db, { status: 'cancelled', page: 1, pageSize: 10 })).items.map((item) => item.orderRef)).toEqual(['ORD-1']);
    expect((await listShipments(database.db, { orderRef: 'ORD-2', page: 1, pageSize: 10 })).total).toBe(1);
  });
});
