import type { CurrencyCode } from '@emporium/money';
import fc from 'fast-check';
import { method } from '../testing/shipping-fixtures';
import { type MethodPricing, type ShippingMethod, validateMethod } from './method';
import { rateFor } from './rate';

const CURRENCIES = ['USD', 'EUR', 'JPY'] as const;
const currencyArb = fc.constantFrom(...CURRENCIES);
const amountArb = fc.integer({ min: 0, max: 100_000 });
const amountsArb = fc.record({ USD: amountArb, EUR: amountArb, JPY: amountArb });

/** Strictly rising bounds from distinct positive integers; the last one open or not. */
const boundsArb = (min: number) =>
  fc.tuple(fc.uniqueArray(fc.integer({ min, max: 50_000 }), { minLength: 1, maxLength: 6 }), fc.boolean()).map(([bounds, open]) => {
    const sorted: (number | null)[] = [...bounds].sort((a, b) => a - b);
    if (open) sorted[sorted.length - 1] = null;
    return sorted;
  });

const pricingArb: fc.Arbitrary<MethodPricing> = fc.oneof(
  amountsArb.map((amounts): MethodPricing => ({ kind: 'flat', amounts })),
  boundsArb(1).chain((bounds) =>
    fc.array(amountsArb, { minLength: bounds.length, maxLength: bounds.length }).map(
      (amounts): MethodPricing => ({ kind: 'weight_bands', bands: bounds.map((upToGrams, i) => ({ upToGrams, amounts: amounts[i]! })) }),
    ),
  ),
  fc.tuple(boundsArb(0), boundsArb(0), boundsArb(0)).chain((tables) =>
    fc.tuple(...tables.map((bounds) => fc.array(amountArb, { minLength: bounds.length, maxLength: bounds.length }))).map(
      (amounts): MethodPricing => ({
        kind: 'price_bands',
        bands: Object.fromEntries(CURRENCIES.map((c, t) => [c, tables[t]!.map((upTo, i) => ({ upTo, amount: amounts[t]![i]! }))])),
      }),
    ),
  ),
);

const methodArb: fc.Arbitrary<ShippingMethod> = fc
  .record({ pricing: pricingArb, freeFrom: fc.option(amountsArb, { nil: undefined }) })
  .map(({ pricing, freeFrom }) => method('m', pricing, freeFrom ? { freeFrom } : {}));

const inputArb = fc.record({ currency: currencyArb, subtotal: fc.integer({ min: 0, max: 200_000 }), weightGrams: fc.integer({ min: 1, max: 60_000 }) });
const rate = (m: ShippingMethod, currency: string, subtotal: number, weightGrams: number) =>
  rateFor(m, { subtotal: { amount: subtotal, currency: currency as CurrencyCode }, weightGrams });
const withoutFree = ({ freeFrom: _free, ...m }: ShippingMethod): ShippingMethod => m;

describe('rateFor properties', () => {
  it('generates only methods validateMethod accepts', () => {
    fc.assert(fc.property(methodArb, (m) => {
      expect(validateMethod(m)).toEqual({ ok: true, value: m });
    }));
  });

  it('never charges a negative or fractional amount, and charges in the subtotal’s currency', () => {
    fc.assert(
      fc.property(methodArb, inputArb, (m, { currency, subtotal, weightGrams }) => {
        const result = rate(m, currency, subtotal, weightGrams);
        if (!result.ok) return;
        expect(result.value.amount).toBeGreaterThanOrEqual(0);
        expect(Number.isSafeInteger(result.value.amount)).toBe(true);
        expect(result.value.currency).toBe(currency);
      }),
    );
  });

  it('is free at exactly the threshold and the normal rate one minor unit below it', () => {
    fc.assert(
      fc.property(methodArb, currencyArb, fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 60_000 }), (m, currency, threshold, weightGrams) => {
        const free: ShippingMethod = { ...m, freeFrom: { [currency]: threshold } };
        const normalBelow = rate(withoutFree(m), currency, threshold - 1, weightGrams);
        expect(rate(free, currency, threshold - 1, weightGrams)).toEqual(normalBelow);
        const atThreshold = rate(free, currency, threshold, weightGrams);
        if (atThreshold.ok) expect(atThreshold.value.amount).toBe(0);
        else expect(atThreshold.error.type).toBe('TooHeavy');
        const above = rate(free, currency, threshold + 1, weightGrams);
        expect(above.ok ? above.value.amount : above.error.type).toBe(atThreshold.ok ? 0 : 'TooHeavy');
      }),
    );
  });

  it('rates a weight exactly on a band’s upper bound with that band, and one gram more with the next', () => {
    fc.assert(
      fc.property(methodArb, currencyArb, fc.nat(), (m, currency, pick) => {
        if (m.pricing.kind !== 'weight_bands') return;
        const bands = m.pricing.bands;
        const i = pick % bands.length;
        const bound = bands[i]!.upToGrams;
        if (bound === null) return;
        const plain = withoutFree(m);
        expect(rate(plain, currency, 0, bound)).toEqual({ ok: true, value: { amount: bands[i]!.amounts[currency], currency } });
        const next = bands[i + 1];
        expect(rate(plain, currency, 0, bound + 1)).toEqual(
          next ? { ok: true, value: { amount: next.amounts[currency], currency } } : { ok: false, error: { type: 'TooHeavy', methodId: 'm', weightGrams: bound + 1, maxGrams: bound } },
        );
      }),
    );
  });

  it('rates a subtotal exactly on a price band’s upper bound with that band', () => {
    fc.assert(
      fc.property(methodArb, currencyArb, fc.nat(), (m, currency, pick) => {
        if (m.pricing.kind !== 'price_bands') return;
        const bands = m.pricing.bands[currency]!;
        const band = bands[pick % bands.length]!;
        if (band.upTo === null) return;
        expect(rate(withoutFree(m), currency, band.upTo, 1)).toEqual({ ok: true, value: { amount: band.amount, currency } });
      }),
    );
  });

  it('charges only amounts from the method’s own table, or 0 when free', () => {
    fc.assert(
      fc.property(methodArb, inputArb, (m, { currency, subtotal, weightGrams }) => {
        const result = rate(m, currency, subtotal, weightGrams);
        if (!result.ok) return;
        const p = m.pricing;
        const configured =
          p.kind === 'flat' ? [p.amounts[currency]] : p.kind === 'weight_bands' ? p.bands.map((b) => b.amounts[currency]) : p.bands[currency]!.map((b) => b.amount);
        expect([0, ...configured]).toContain(result.value.amount);
      }),
    );
  });
});
