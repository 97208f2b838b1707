import { EUR, m, method, USD } from '../testing/shipping-fixtures';
import { quoteMethods } from './quote';
import type { ShippingZone } from './zone';

const zones: ShippingZone[] = [
  { id: 'us', name: 'United States', countries: ['US'] },
  { id: 'us-remote', name: 'Alaska and Hawaii', countries: ['US'], regions: { US: ['AK', 'HI'] } },
  { id: 'eu', name: 'Europe', countries: ['DE', 'FR'] },
];
const methods = [
  method('ground', { kind: 'flat', amounts: { USD: 599 } }, { zoneId: 'us', name: 'Ground', freeFrom: { USD: 5000 }, minDays: 3, maxDays: 5 }),
  method('express', { kind: 'flat', amounts: { USD: 1999 } }, { zoneId: 'us', name: 'Express', minDays: 1, maxDays: 1 }),
  method('economy', { kind: 'flat', amounts: { USD: 599 } }, { zoneId: 'us', name: 'Economy', minDays: 5, maxDays: 8 }),
  method('freight', { kind: 'weight_bands', bands: [{ upToGrams: 1000, amounts: { USD: 900 } }] }, { zoneId: 'us', name: 'Letter' }),
  method('old', { kind: 'flat', amounts: { USD: 100 } }, { zoneId: 'us', name: 'Old', active: false }),
  method('broken', { kind: 'flat', amounts: { USD: -1 } }, { zoneId: 'us', name: 'Broken' }),
  method('remote', { kind: 'flat', amounts: { USD: 2500 } }, { zoneId: 'us-remote', name: 'Remote' }),
  method('eu-std', { kind: 'flat', amounts: { EUR: 900 } }, { zoneId: 'eu', name: 'Standard' }),
];

describe('quoteMethods', () => {
  it('offers the matching zone’s methods, cheapest first then by name, with what was skipped and why', () => {
    const result = quoteMethods(zones, methods, { address: { country: 'us', postalCode: '10001' }, subtotal: m(2000), weightGrams: 1500 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.zone).toEqual({ id: 'us', name: 'United States', matchedBy: 'country' });
    expect(result.value.options.map((o) => [o.methodId, o.amount.amount, o.free])).toEqual([
      ['economy', 599, false],
      ['ground', 599, false],
      ['express', 1999, false],
    ]);
    expect(result.value.options[1]).toMatchObject({ carrier: 'Post', service: 'standard', transitDays: { min: 3, max: 5 } });
    expect(result.value.options[1]).not.toHaveProperty('delivery');
    expect(result.value.skipped.map((s) => [s.methodId, s.reason.type])).toEqual([
      ['broken', 'InvalidMethod'],
      ['freight', 'TooHeavy'],
      ['old', 'MethodInactive'],
    ]);
  });

  it('marks a method free at its threshold and puts it first', () => {
    const result = quoteMethods(zones, methods, { address: { country: 'US' }, subtotal: m(5000), weightGrams: 500 });
    expect(result.ok && result.value.options.map((o) => [o.methodId, o.amount.amount, o.free])).toEqual([
      ['ground', 0, true],
      ['economy', 599, false],
      ['freight', 900, false],
      ['express', 1999, false],
    ]);
  });

  it('uses the more specific zone and gives each option a delivery window', () => {
    const result = quoteMethods(zones, methods, {
      address: { country: 'US', region: 'hi', postalCode: '96801' },
      subtotal: m(2000),
      weightGrams: 500,
      delivery: { orderedAt: { date: '2026-06-05', minutes: 16 * 60 }, cutOffMinutes: 14 * 60 },
    });
    expect(result.ok && result.value.zone.id).toBe('us-remote');
    expect(result.ok && result.value.options.map((o) => [o.methodId, o.delivery])).toEqual([
      ['remote', { shipsOn: '2026-06-08', earliest: '2026-06-10', latest: '2026-06-12' }],
    ]);
  });

  it('skips a method without a price in the currency rather than failing the quote', () => {
    const result = quoteMethods(zones, methods, { address: { country: 'DE', postalCode: '10115' }, subtotal: m(2000, USD), weightGrams: 500 });
    expect(result.ok && result.value.options).toEqual([]);
    expect(result.ok && result.value.skipped).toEqual([
      { methodId: 'eu-std', name: 'Standard', reason: { type: 'NoPriceInCurrency', methodId: 'eu-std', currency: 'USD' } },
    ]);
    const inEuro = quoteMethods(zones, methods, { address: { country: 'DE' }, subtotal: m(2000, EUR), weightGrams: 500 });
    expect(inEuro.ok && inEuro.value.options.map((o) => o.amount)).toEqual([m(900, EUR)]);
  });

  it('refuses a bad address, a bad weight and an address no zone covers', () => {
    const input = { subtotal: m(100), weightGrams: 100 };
    expect(quoteMethods(zones, methods, { ...input, address: { country: 'XX' } })).toEqual({ ok: false, error: { type: 'UnknownCountry', country: 'XX' } });
    expect(quoteMethods(zones, methods, { ...input, address: { country: 'US', postalCode: 'SW1A 1AA' } })).toEqual({
      ok: false,
      error: { type: 'PostcodeMismatch', country: 'US', postalCode: 'SW1A 1AA' },
    });
    expect(quoteMethods(zones, methods, { ...input, weightGrams: 0, address: { country: 'US' } })).toEqual({ ok: false, error: { type: 'InvalidWeight', weightGrams: 0 } });
    expect(quoteMethods(zones, methods, { ...input, address: { country: 'gb', postalCode: 'sw1a1aa' } })).toEqual({
      ok: false,
      error: { type: 'NoZoneForAddress', country: 'GB', postalCode: 'SW1A1AA' },
    });
  });
});
