import { billableGrams, distance, quoteRates } from './rates';

const us = (postalCode: string) => ({ country: 'US', postalCode });
const parcel = { weightGrams: 1200 };

describe('quoteRates', () => {
  it('quotes the same prices for the same shipment every time', () => {
    const first = quoteRates({ shipFrom: us('07102'), shipTo: us('97201') }, [parcel], 'USD');
    expect(quoteRates({ shipFrom: us('07102'), shipTo: us('97201') }, [parcel], 'USD')).toEqual(first);
    expect(first.map((rate) => rate.service)).toEqual(['ground', 'express']);
    expect(first.every((rate) => Number.isInteger(rate.amount) && rate.amount > 0)).toBe(true);
  });

  it('charges less within a country than across a region, and less across a region than overseas', () => {
    const ground = (to: { country: string; postalCode: string }) => quoteRates({ shipFrom: us('07102'), shipTo: to }, [parcel], 'USD')[0]!.amount;
    const domestic = ground(us('97201'));
    const regional = ground({ country: 'CA', postalCode: 'M5V 2T6' });
    const overseas = ground({ country: 'DE', postalCode: '10115' });
    expect(domestic).toBeLessThan(regional);
    expect(regional).toBeLessThan(overseas);
  });

  it('charges more for heavier parcels, more parcels and express', () => {
    const route = { shipFrom: us('07102'), shipTo: us('07302') };
    const [light] = quoteRates(route, [{ weightGrams: 400 }], 'USD');
    const [heavy, express] = quoteRates(route, [{ weightGrams: 4000 }], 'USD');
    const [two] = quoteRates(route, [{ weightGrams: 400 }, { weightGrams: 400 }], 'USD');
    expect(heavy!.amount).toBeGreaterThan(light!.amount);
    expect(two!.amount).toBe(2 * light!.amount);
    expect(express!.amount).toBeGreaterThan(heavy!.amount);
    expect(express!.transitDays.max).toBeLessThanOrEqual(heavy!.transitDays.min);
  });

  it('prices in the asked currency with its minor units (whole yen)', () => {
    const route = { shipFrom: us('07102'), shipTo: us('97201') };
    const [usd] = quoteRates(route, [parcel], 'USD');
    const [jpy] = quoteRates(route, [parcel], 'JPY');
    const [eur] = quoteRates(route, [parcel], 'EUR');
    expect(jpy).toMatchObject({ currency: 'JPY', amount: Math.round((usd!.amount / 100) * 150) });
    expect(eur).toMatchObject({ currency: 'EUR', amount: Math.round(usd!.amount * 0.92) });
  });
});

describe('billableGrams', () => {
  it('bills a large light box by its volume', () => {
    expect(billableGrams({ weightGrams: 500, lengthCm: 50, widthCm: 40, heightCm: 30 })).toBe(12_000);
    expect(billableGrams({ weightGrams: 500, lengthCm: 10 })).toBe(500);
  });
});

describe('distance', () => {
  it('counts domestic zones from the postal codes', () => {
    expect(distance({ shipFrom: us('07102'), shipTo: us('07302') })).toEqual({ kind: 'domestic', zones: 0 });
    expect(distance({ shipFrom: us('07102'), shipTo: us('97201') })).toEqual({ kind: 'domestic', zones: 9 });
    expect(distance({ shipFrom: { country: 'DE', postalCode: '1' }, shipTo: { country: 'FR', postalCode: '7' } })).toEqual({ kind: 'regional' });
  });
});
