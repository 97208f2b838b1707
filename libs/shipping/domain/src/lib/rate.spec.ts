import { EUR, JPY, m, method, USD } from '../testing/shipping-fixtures';
import { isFree, rateFor } from './rate';

const flat = method('flat', { kind: 'flat', amounts: { USD: 500, JPY: 800 } }, { freeFrom: { USD: 5000 } });
const weight = method('w', {
  kind: 'weight_bands',
  bands: [
    { upToGrams: 500, amounts: { EUR: 400 } },
    { upToGrams: 2000, amounts: { EUR: 700 } },
    { upToGrams: 10_000, amounts: { EUR: 1200 } },
  ],
});
const price = method('p', { kind: 'price_bands', bands: { USD: [{ upTo: 2499, amount: 799 }, { upTo: 9999, amount: 499 }] } }, { freeFrom: { USD: 15_000 } });

describe('rateFor', () => {
  it('charges a flat amount in the subtotal’s currency', () => {
    expect(rateFor(flat, { subtotal: m(1000), weightGrams: 100 })).toEqual({ ok: true, value: m(500) });
    expect(rateFor(flat, { subtotal: m(1000, JPY), weightGrams: 100 })).toEqual({ ok: true, value: m(800, JPY) });
  });

  it('is free from the threshold on, inclusive, and only in the threshold’s currency', () => {
    expect(rateFor(flat, { subtotal: m(4999), weightGrams: 100 })).toEqual({ ok: true, value: m(500) });
    expect(rateFor(flat, { subtotal: m(5000), weightGrams: 100 })).toEqual({ ok: true, value: m(0) });
    expect(rateFor(flat, { subtotal: m(50_000, JPY), weightGrams: 100 })).toEqual({ ok: true, value: m(800, JPY) });
    expect(isFree(flat, m(5000))).toBe(true);
    expect(isFree(flat, m(5000, JPY))).toBe(false);
  });

  it('uses the band whose upper bound is at or above the weight', () => {
    const at = (weightGrams: number) => rateFor(weight, { subtotal: m(0, EUR), weightGrams });
    expect(at(1)).toEqual({ ok: true, value: m(400, EUR) });
    expect(at(500)).toEqual({ ok: true, value: m(400, EUR) });
    expect(at(501)).toEqual({ ok: true, value: m(700, EUR) });
    expect(at(10_000)).toEqual({ ok: true, value: m(1200, EUR) });
  });

  it('refuses a parcel heavier than a bounded table, even when the order would ship free', () => {
    const free = { ...weight, freeFrom: { EUR: 0 } };
    expect(rateFor(free, { subtotal: m(0, EUR), weightGrams: 10_001 })).toEqual({
      ok: false,
      error: { type: 'TooHeavy', methodId: 'w', weightGrams: 10_001, maxGrams: 10_000 },
    });
  });

  it('uses price bands of the subtotal’s currency, inclusive upper bounds', () => {
    const at = (amount: number) => rateFor(price, { subtotal: m(amount), weightGrams: 1 });
    expect(at(0)).toEqual({ ok: true, value: m(799) });
    expect(at(2499)).toEqual({ ok: true, value: m(799) });
    expect(at(2500)).toEqual({ ok: true, value: m(499) });
    expect(at(9999)).toEqual({ ok: true, value: m(499) });
    expect(at(10_000)).toEqual({ ok: false, error: { type: 'NoBandForSubtotal', methodId: 'p', subtotal: m(10_000), maxSubtotal: m(9999) } });
    expect(at(15_000)).toEqual({ ok: true, value: m(0) });
  });

  it('refuses a currency the method has no price in', () => {
    for (const each of [flat, weight, price]) {
      expect(rateFor(each, { subtotal: m(100, each === weight ? USD : EUR), weightGrams: 100 })).toEqual({
        ok: false,
        error: { type: 'NoPriceInCurrency', methodId: each.id, currency: each === weight ? 'USD' : 'EUR' },
      });
    }
  });

  it('refuses a weight that is zero, negative, fractional or not a number, for every kind', () => {
    for (const weightGrams of [0, -1, 0.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(rateFor(flat, { subtotal: m(100), weightGrams })).toEqual({ ok: false, error: { type: 'InvalidWeight', weightGrams } });
    }
  });

  it('refuses an inactive method', () => {
    expect(rateFor({ ...flat, active: false }, { subtotal: m(100), weightGrams: 1 })).toEqual({ ok: false, error: { type: 'MethodInactive', methodId: 'flat' } });
  });

  it('throws on a subtotal that breaks the contract', () => {
    expect(() => rateFor(flat, { subtotal: m(-1), weightGrams: 1 })).toThrow(RangeError);
    expect(() => rateFor(flat, { subtotal: m(1.5), weightGrams: 1 })).toThrow(RangeError);
  });
});
