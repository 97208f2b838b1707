import { freeFromSummary, orderCurrencies, pricedCurrencies, pricingSummary, transitLabel, weightLabel } from './pricing-summary';

describe('pricing summary', () => {
  it('words weight bands from lightest to the open last band', () => {
    const pricing = {
      kind: 'weight_bands' as const,
      bands: [
        { upToGrams: 2000, amounts: { USD: 599, EUR: 549 } },
        { upToGrams: 5000, amounts: { USD: 899, EUR: 849 } },
        { upToGrams: null, amounts: { USD: 1499, EUR: 1399 } },
      ],
    };
    expect(pricingSummary(pricing)).toBe('Up to 2 kg $5.99 · up to 5 kg $8.99 · above $14.99');
    expect(pricingSummary(pricing, 'EUR')).toBe('Up to 2 kg €5.49 · up to 5 kg €8.49 · above €13.99');
    expect(pricingSummary(pricing, 'GBP')).toBe('Up to 2 kg no GBP price · up to 5 kg no GBP price · above no GBP price');
  });

  it('says when heavier parcels are not carried', () => {
    expect(pricingSummary({ kind: 'weight_bands', bands: [{ upToGrams: 500, amounts: { USD: 0 } }, { upToGrams: 2500, amounts: { USD: 350 } }] })).toBe(
      'Up to 500 g free · up to 2.5 kg $3.50 · nothing above 2.5 kg',
    );
  });

  it('words flat and price-band methods', () => {
    expect(pricingSummary({ kind: 'flat', amounts: { GBP: 399, USD: 599 } })).toBe('Flat $5.99');
    expect(pricingSummary({ kind: 'flat', amounts: { GBP: 399 } }, 'USD')).toBe('No USD price');
    expect(pricingSummary({ kind: 'price_bands', bands: { USD: [{ upTo: 5000, amount: 599 }, { upTo: null, amount: 0 }] } })).toBe('Subtotal up to $50.00 $5.99 · above free');
    expect(pricingSummary({ kind: 'price_bands', bands: { USD: [{ upTo: 5000, amount: 599 }] } }, 'EUR')).toBe('No EUR price');
  });

  it('lists currencies USD, EUR, GBP first, then the rest alphabetically', () => {
    expect(orderCurrencies(['JPY', 'GBP', 'CAD', 'USD'])).toEqual(['USD', 'GBP', 'CAD', 'JPY']);
    expect(pricedCurrencies({ kind: 'price_bands', bands: { EUR: [], USD: [] } })).toEqual(['USD', 'EUR']);
  });

  it('words weights, thresholds and transit days', () => {
    expect(weightLabel(750)).toBe('750 g');
    expect(weightLabel(1000)).toBe('1 kg');
    expect(freeFromSummary({ EUR: 7000, USD: 7500 })).toBe('$75.00 · €70.00');
    expect(freeFromSummary({})).toBe('—');
    expect(transitLabel(2, 5)).toBe('2–5 days');
    expect(transitLabel(1, 1)).toBe('1 day');
    expect(transitLabel(0, 0)).toBe('Same day');
  });
});
