import { checkMethod, type MethodDraft, methodCurrencies, methodDraft, methodField } from './method-draft';
import type { StaffMethod } from './shipping-types';

const ZONE = '00000000-0000-4000-8000-000000000001';

const standard: StaffMethod = {
  id: '00000000-0000-4000-8000-000000000002',
  zoneId: ZONE,
  name: 'Standard',
  carrier: 'table-rate',
  service: 'standard',
  pricing: {
    kind: 'weight_bands',
    bands: [
      { upToGrams: 2000, amounts: { USD: 599, EUR: 549 } },
      { upToGrams: null, amounts: { USD: 1499, EUR: 1399 } },
    ],
  },
  freeFrom: { USD: 7500 },
  minDays: 3,
  maxDays: 5,
  active: true,
};

describe('method drafts', () => {
  it('round-trips stored weight bands through the rows, amounts in major units', () => {
    const draft = methodDraft(standard, 2);
    expect(draft.weightBands).toEqual([
      { upToGrams: '2000', amounts: { USD: '5.99', EUR: '5.49' } },
      { upToGrams: '', amounts: { USD: '14.99', EUR: '13.99' } },
    ]);
    expect(checkMethod(draft, ZONE)).toEqual({
      ok: true,
      data: { zoneId: ZONE, name: 'Standard', carrier: 'table-rate', service: 'standard', pricing: standard.pricing, freeFrom: { USD: 7500 }, minDays: 3, maxDays: 5, active: true, position: 2 },
    });
  });

  it('sends flat amounts and price-band tables per currency, leaving blank currencies out', () => {
    const flat = { ...methodDraft(undefined), name: 'Courier', service: 'express', kind: 'flat' as const, flat: { USD: '12', EUR: ' ', GBP: '9.5' } };
    expect(checkMethod(flat, ZONE)).toMatchObject({ ok: true, data: { pricing: { kind: 'flat', amounts: { USD: 1200, GBP: 950 } }, minDays: 2, maxDays: 5, position: 0 } });
    const banded = { ...flat, kind: 'price_bands' as const, priceBands: { USD: [{ upTo: '50', amount: '5.99' }, { upTo: '', amount: '0' }], EUR: [] } };
    expect(checkMethod(banded, ZONE)).toMatchObject({ ok: true, data: { pricing: { kind: 'price_bands', bands: { USD: [{ upTo: 5000, amount: 599 }, { upTo: null, amount: 0 }] } } } });
  });

  it('puts problems at the row and currency they belong to', () => {
    const draft: MethodDraft = {
      ...methodDraft(undefined),
      weightBands: [
        { upToGrams: '', amounts: { USD: '5' } },
        { upToGrams: '2.5', amounts: { USD: '5.999' } },
        { upToGrams: '', amounts: {} },
      ],
      minDays: '6',
      maxDays: '2',
    };
    expect(checkMethod(draft, ZONE)).toEqual({
      ok: false,
      problems: {
        name: 'Enter a name',
        service: 'Enter a service, like standard or express',
        'weightBands.0.upToGrams': 'Enter a weight; only the last band has no limit',
        'weightBands.1.upToGrams': 'Enter a whole number from 1 to 1000000000',
        'weightBands.1.USD': 'USD has 2 decimal places at most',
        'weightBands.2': 'Enter a price in at least one currency',
        maxDays: 'Enter at least the fewest days',
      },
    });
  });

  it('maps the server’s paths to the form’s fields', () => {
    expect(methodField('fields.pricing.bands.1.upToGrams')).toBe('weightBands.1.upToGrams');
    expect(methodField('fields.pricing.bands.1.amounts.USD')).toBe('weightBands.1.USD');
    expect(methodField('fields.pricing.bands.1.amounts')).toBe('weightBands.1');
    expect(methodField('pricing.bands.EUR.0.upTo')).toBe('priceBands.EUR.0.upTo');
    expect(methodField('fields.pricing.bands.EUR')).toBe('priceBands.EUR');
    expect(methodField('fields.pricing.amounts.GBP')).toBe('flat.GBP');
    expect(methodField('fields.pricing')).toBe('pricing');
    expect(methodField('fields.freeFrom.USD')).toBe('freeFrom.USD');
    expect(methodField('fields.maxDays')).toBe('maxDays');
    expect(methodField('fields.zoneId')).toBeNull();
  });

  it('offers USD, EUR and GBP, and any other currency the method has', () => {
    expect(methodCurrencies()).toEqual(['USD', 'EUR', 'GBP']);
    expect(methodCurrencies({ ...standard, freeFrom: { JPY: 8000 } })).toEqual(['USD', 'EUR', 'GBP', 'JPY']);
  });
});
