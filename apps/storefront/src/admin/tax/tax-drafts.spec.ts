import { byCountry, checkCurrency, checkRegion, checkTaxClass, countryName, currencyDraft, regionDraft, regionField } from './tax-drafts';
import type { CurrencySettings, TaxRegion } from './tax-types';

const CLASSES = [
  { code: 'standard', name: 'Standard rate' },
  { code: 'reduced', name: 'Reduced rate' },
  { code: 'zero', name: 'Zero rate' },
];
const ORDER = CLASSES.map((taxClass) => taxClass.code);
const REGION_ID = '00000000-0000-4000-8000-000000000001';

const california: TaxRegion = {
  id: REGION_ID,
  country: 'US',
  region: 'CA',
  name: 'California',
  rates: [
    { taxClass: 'reduced', basisPoints: 725, label: 'Sales tax' },
    { taxClass: 'standard', basisPoints: 725, label: 'Sales tax' },
  ],
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('regions', () => {
  it('round-trips a stored region, one row per class in the classes’ order', () => {
    const draft = regionDraft(california, CLASSES);
    expect(draft.rates).toEqual({ standard: { percent: '7.25', label: 'Sales tax' }, reduced: { percent: '7.25', label: 'Sales tax' }, zero: { percent: '', label: 'Sales tax' } });
    expect(checkRegion(draft, ORDER, REGION_ID)).toEqual({
      result: {
        ok: true,
        data: {
          id: REGION_ID,
          country: 'US',
          region: 'CA',
          name: 'California',
          rates: [
            { taxClass: 'standard', basisPoints: 725, label: 'Sales tax' },
            { taxClass: 'reduced', basisPoints: 725, label: 'Sales tax' },
          ],
        },
      },
      sentClasses: ['standard', 'reduced'],
    });
  });

  it('reads percents into basis points exactly and upper-cases the codes', () => {
    const draft = { country: 'de', region: '', name: 'Germany', rates: { standard: { percent: '19', label: 'VAT' }, reduced: { percent: '7', label: 'VAT' }, zero: { percent: '0', label: '' } } };
    expect(checkRegion(draft, ORDER).result).toEqual({
      ok: true,
      data: {
        country: 'DE',
        region: null,
        name: 'Germany',
        rates: [
          { taxClass: 'standard', basisPoints: 1900, label: 'VAT' },
          { taxClass: 'reduced', basisPoints: 700, label: 'VAT' },
          { taxClass: 'zero', basisPoints: 0, label: 'Tax' },
        ],
      },
    });
  });

  it('puts problems at the class’s row', () => {
    const draft = { country: 'USA', region: '', name: '', rates: { standard: { percent: '7.255', label: 'Sales tax' }, reduced: { percent: '120', label: 'Sales tax' }, zero: { percent: '', label: '' } } };
    expect(checkRegion(draft, ORDER).result).toEqual({
      ok: false,
      problems: {
        country: 'Use a two-letter country code, like US',
        name: 'Enter a name',
        'rates.standard.percent': 'Use at most 2 decimal places, like 7.25',
        'rates.reduced.percent': 'Enter at most 100 %',
      },
    });
  });

  it('maps the server’s rate paths to the class that was sent at that index', () => {
    expect(regionField('rates.1.taxClass', ['standard', 'zero'])).toBe('rates.zero.percent');
    expect(regionField('rates.0.label', ['standard'])).toBe('rates.standard.label');
    expect(regionField('rates.reduced.percent', [])).toBe('rates.reduced.percent');
    expect(regionField('region', [])).toBe('region');
    expect(regionField('rates.4.label', ['standard'])).toBeNull();
    expect(regionField('id', [])).toBeNull();
  });

  it('groups regions by country in the order given', () => {
    const rows = [{ country: 'US', name: 'United States' }, { country: 'US', name: 'California' }, { country: 'DE', name: 'Germany' }];
    expect(byCountry(rows).map((group) => [group.country, group.regions.length])).toEqual([
      ['US', 2],
      ['DE', 1],
    ]);
    expect(countryName('DE')).toBe('Germany');
  });
});

describe('tax classes', () => {
  it('checks a new class with the API’s schema', () => {
    expect(checkTaxClass({ code: ' Luxury ', name: 'Luxury goods' })).toEqual({ ok: true, data: { code: 'luxury', name: 'Luxury goods' } });
    expect(checkTaxClass({ code: '9lives', name: '' })).toMatchObject({ ok: false, problems: { name: 'Enter a name' } });
  });
});

describe('currency settings', () => {
  const usd: CurrencySettings = {
    currency: 'USD' as CurrencySettings['currency'],
    taxMode: 'exclusive',
    rounding: 'half-up',
    defaultCountry: 'US',
    shippingEstimate: 599,
    freeShippingFrom: 7500,
    shippingTaxClass: 'standard',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };

  it('round-trips amounts in the currency’s minor units', () => {
    expect(currencyDraft(usd)).toMatchObject({ shippingEstimate: '5.99', freeShippingFrom: '75.00' });
    expect(checkCurrency('USD', { ...currencyDraft(usd), freeShippingFrom: '' })).toEqual({
      ok: true,
      data: { currency: 'USD', taxMode: 'exclusive', rounding: 'half-up', defaultCountry: 'US', shippingEstimate: 599, freeShippingFrom: null, shippingTaxClass: 'standard' },
    });
  });

  it('reports unreadable amounts at their fields', () => {
    expect(checkCurrency('JPY', { ...currencyDraft(usd), shippingEstimate: '8.5', freeShippingFrom: '8000', defaultCountry: 'Japan' })).toEqual({
      ok: false,
      problems: { shippingEstimate: 'JPY has no decimals', defaultCountry: 'Use a two-letter country code, like US' },
    });
  });
});
