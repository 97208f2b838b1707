import { describe, expect, it } from 'vitest';
import { labelRequest, methods, quoteRequest, usd, warehouse, zones } from '../testing/fixtures';
import type { CarrierTrackingEvent, LabelDocument } from './carrier';
import { CarrierRejected } from './carrier-errors';
import { randomTrackingDigits, tableRateCarrier, type TableRateDeps } from './table-rate-carrier';

function setup(overrides: Partial<TableRateDeps> = {}) {
  const rendered: LabelDocument[] = [];
  let next = 100000000000;
  const carrier = tableRateCarrier({
    rates: async () => ({ zones, methods }),
    renderLabel: async (document) => {
      rendered.push(document);
      return Buffer.from('%PDF-1.7 fake');
    },
    newTrackingNumber: () => String(next++),
    now: () => new Date('2025-03-03T09:00:00Z'),
    ...overrides,
  });
  return { carrier, rendered };
}

describe('table-rate carrier', () => {
  it("quotes the merchant's methods for the parcels' total weight, cheapest first", async () => {
    const { carrier } = setup();
    const quotes = await carrier.quote(quoteRequest({ parcels: [{ weightGrams: 700 }, { weightGrams: 800 }], subtotal: usd(3000) }));
    expect(quotes).toEqual([
      { carrier: 'table-rate', service: 'us-standard', name: 'Standard', amount: usd(900), transitDays: { min: 3, max: 5 }, free: false },
      { carrier: 'table-rate', service: 'us-express', name: 'Express', amount: usd(2500), transitDays: { min: 1, max: 2 }, free: false },
    ]);
  });

  it('applies the free-shipping threshold to the subtotal', async () => {
    const { carrier } = setup();
    const [standard] = await carrier.quote(quoteRequest({ subtotal: usd(5000) }));
    expect(standard).toMatchObject({ service: 'us-standard', amount: usd(0), free: true });
  });

  it('leaves out a method that cannot carry the weight', async () => {
    const { carrier } = setup();
    const quotes = await carrier.quote(quoteRequest({ parcels: [{ weightGrams: 4000 }, { weightGrams: 4000 }] }));
    expect(quotes.map((quote) => quote.service)).toEqual(['us-express']);
  });

  it('offers nothing where the merchant does not ship', async () => {
    const { carrier } = setup();
    expect(await carrier.quote(quoteRequest({ shipTo: { country: 'FR', postalCode: '75001' } }))).toEqual([]);
  });

  it('refuses an address that does not validate as CarrierRejected', async () => {
    const { carrier } = setup();
    await expect(carrier.quote(quoteRequest({ shipTo: { country: 'US', postalCode: 'ABC' } }))).rejects.toBeInstanceOf(CarrierRejected);
  });

  it('draws its own label: EMP tracking numbers per parcel, the shop as sender, the PDF rendered, nothing charged', async () => {
    const { carrier, rendered } = setup();
    const label = await carrier.createLabel(
      labelRequest({ service: 'us-standard', serviceName: 'Standard', parcels: [{ weightGrams: 500 }, { weightGrams: 900 }] }),
    );
    expect(label.parcels).toEqual([{ trackingNumber: 'EMP100000000000' }, { trackingNumber: 'EMP100000000001' }]);
    expect(label.trackingNumber).toBe('EMP100000000000');
    expect(label.labelId).toBe(label.trackingNumber);
    expect(label.amount).toEqual(usd(0));
    expect(label.pdf?.toString()).toBe('%PDF-1.7 fake');
    expect(rendered).toHaveLength(1);
    expect(rendered[0]).toMatchObject({ carrier: 'Emporium', service: 'Standard', shipFrom: warehouse, reference: 'order-1001' });
    expect(rendered[0]?.parcels.map((parcel) => [parcel.index, parcel.count, parcel.weightGrams])).toEqual([
      [1, 2, 500],
      [2, 2, 900],
    ]);
  });

  it('refuses tracking digits that are not digits', async () => {
    const { carrier } = setup({ newTrackingNumber: () => 'EMP123' });
    await expect(carrier.createLabel(labelRequest())).rejects.toThrow(RangeError);
    expect(randomTrackingDigits()).toMatch(/^\d{12}$/);
  });

  it('always cancels (nothing was bought) and takes no webhooks', async () => {
    const { carrier } = setup();
    expect(await carrier.cancelLabel({ labelId: 'EMP1' })).toEqual({ cancelled: true });
    expect(carrier.parseWebhook({ headers: new Headers(), rawBody: '{}', now: new Date() })).toEqual({ ok: false, reason: 'malformed' });
  });

  it('tracks with the events the shop recorded, or reports nothing without a lookup', async () => {
    const event = (id: string, status: CarrierTrackingEvent['status'], at: string): CarrierTrackingEvent => ({
      id,
      carrier: 'table-rate',
      trackingNumber: 'EMP1',
      status,
      carrierStatus: status,
      occurredAt: new Date(at),
      description: status,
      location: null,
    });
    const recorded = [event('e2', 'delivered', '2025-03-05T12:00:00Z'), event('e1', 'in_transit', '2025-03-03T12:00:00Z')];
    const withLookup = setup({ trackingEvents: async () => recorded }).carrier;
    const report = await withLookup.track('EMP1');
    expect(report.status).toBe('delivered');
    expect(report.events.map((recordedEvent) => recordedEvent.id)).toEqual(['e1', 'e2']);

    expect(await setup().carrier.track('EMP1')).toEqual({ carrier: 'table-rate', trackingNumber: 'EMP1', status: null, events: [] });
  });
});
