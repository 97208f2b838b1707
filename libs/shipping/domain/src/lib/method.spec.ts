import { method } from '../testing/shipping-fixtures';
import { validateMethod, type WeightBand } from './method';

const issuesOf = (result: ReturnType<typeof validateMethod>) => (result.ok ? [] : result.error.issues.map((issue) => [issue.path, issue.code]));

describe('validateMethod', () => {
  it('accepts each kind of method as it is', () => {
    const methods = [
      method('flat', { kind: 'flat', amounts: { USD: 500, JPY: 800 } }, { freeFrom: { USD: 5000 } }),
      method('w', { kind: 'weight_bands', bands: [{ upToGrams: 500, amounts: { EUR: 400 } }, { upToGrams: null, amounts: { EUR: 900 } }] }),
      method('w-bounded', { kind: 'weight_bands', bands: [{ upToGrams: 30_000, amounts: { EUR: 900 } }] }),
      method('p', { kind: 'price_bands', bands: { USD: [{ upTo: 0, amount: 0 }, { upTo: 4999, amount: 799 }, { upTo: null, amount: 0 }] } }),
      method('same-day', { kind: 'flat', amounts: { USD: 0 } }, { minDays: 0, maxDays: 0 }),
    ];
    for (const each of methods) expect(validateMethod(each)).toEqual({ ok: true, value: each });
  });

  it('refuses weight bands that repeat a bound, come out of order or are open before the last', () => {
    const bands: WeightBand[] = [
      { upToGrams: 500, amounts: { EUR: 400 } },
      { upToGrams: 500, amounts: { EUR: 500 } },
      { upToGrams: 300, amounts: { EUR: 600 } },
      { upToGrams: null, amounts: { EUR: 700 } },
      { upToGrams: 2000, amounts: { EUR: 800 } },
    ];
    expect(issuesOf(validateMethod(method('w', { kind: 'weight_bands', bands })))).toEqual([
      ['pricing.bands[1].upToGrams', 'overlapping'],
      ['pricing.bands[2].upToGrams', 'unsorted'],
      ['pricing.bands[3].upToGrams', 'open_band_not_last'],
    ]);
  });

  it('refuses weight bounds that are not whole grams above zero and bands priced in different currencies', () => {
    const bands: WeightBand[] = [
      { upToGrams: 0, amounts: { EUR: 400, USD: 450 } },
      { upToGrams: 10.5, amounts: { EUR: 500, USD: 550 } },
      { upToGrams: null, amounts: { EUR: 700 } },
    ];
    expect(issuesOf(validateMethod(method('w', { kind: 'weight_bands', bands })))).toEqual([
      ['pricing.bands[0].upToGrams', 'invalid_bound'],
      ['pricing.bands[1].upToGrams', 'invalid_bound'],
      ['pricing.bands[2].amounts', 'currencies_differ'],
    ]);
  });

  it('refuses negative or fractional amounts, bad currency codes and missing prices', () => {
    expect(issuesOf(validateMethod(method('f', { kind: 'flat', amounts: { USD: -1, eur: 100, JPY: 1.5 } }, { freeFrom: { USD: -5 } })))).toEqual([
      ['pricing.amounts.USD', 'invalid_amount'],
      ['pricing.amounts.eur', 'invalid_currency'],
      ['pricing.amounts.JPY', 'invalid_amount'],
      ['freeFrom.USD', 'invalid_amount'],
    ]);
    expect(issuesOf(validateMethod(method('f', { kind: 'flat', amounts: {} })))).toEqual([['pricing.amounts', 'required']]);
    expect(issuesOf(validateMethod(method('w', { kind: 'weight_bands', bands: [] })))).toEqual([['pricing.bands', 'required']]);
    expect(issuesOf(validateMethod(method('p', { kind: 'price_bands', bands: {} })))).toEqual([['pricing.bands', 'required']]);
  });

  it('refuses price bands that overlap, are unsorted, negative or empty, per currency', () => {
    const result = validateMethod(
      method('p', {
        kind: 'price_bands',
        bands: {
          USD: [{ upTo: 1000, amount: 500 }, { upTo: 1000, amount: 400 }, { upTo: null, amount: -1 }],
          EUR: [{ upTo: 2000, amount: 500 }, { upTo: 1000, amount: 400 }],
          JPY: [],
          usd: [{ upTo: -1, amount: 0 }],
        },
      }),
    );
    expect(issuesOf(result)).toEqual([
      ['pricing.bands.USD[1].upTo', 'overlapping'],
      ['pricing.bands.USD[2].amount', 'invalid_amount'],
      ['pricing.bands.EUR[1].upTo', 'unsorted'],
      ['pricing.bands.JPY', 'required'],
      ['pricing.bands.usd', 'invalid_currency'],
      ['pricing.bands.usd[0].upTo', 'invalid_bound'],
    ]);
  });

  it('refuses missing names and transit days that are negative, fractional or reversed', () => {
    const result = validateMethod(method('', { kind: 'flat', amounts: { USD: 1 } }, { zoneId: ' ', minDays: 5, maxDays: 2.5 }));
    expect(issuesOf(result)).toEqual([
      ['id', 'required'],
      ['zoneId', 'required'],
      ['maxDays', 'invalid_days'],
      ['maxDays', 'invalid_days'],
    ]);
    expect(issuesOf(validateMethod(method('d', { kind: 'flat', amounts: { USD: 1 } }, { minDays: -1, maxDays: 0 })))).toEqual([['minDays', 'invalid_days']]);
  });
});
