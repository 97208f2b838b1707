import { percentLabel, taxLineLabel, type TotalsFacts, totalsRows } from './totals-rows';

const usd = (amount: number) => ({ amount, currency: 'USD' });
const eur = (amount: number) => ({ amount, currency: 'EUR' });

describe('percentLabel', () => {
  it('writes whole and fractional rates without trailing zeros', () => {
    expect(percentLabel(1900)).toBe('19 %');
    expect(percentLabel(725)).toBe('7.25 %');
    expect(percentLabel(750)).toBe('7.5 %');
    expect(percentLabel(0)).toBe('0 %');
  });
});

describe('taxLineLabel', () => {
  it('names the tax and its rate, and says when the prices already include it', () => {
    expect(taxLineLabel({ label: 'VAT', basisPoints: 1900 }, 'exclusive')).toBe('VAT 19 %');
    expect(taxLineLabel({ label: 'VAT', basisPoints: 1900 }, 'inclusive')).toBe('includes VAT 19 %');
    expect(taxLineLabel({ label: 'Sales tax', basisPoints: 725 }, 'exclusive')).toBe('Sales tax 7.25 %');
  });
});

/** What the rows the shopper sees add up to: the included tax is inside the prices, so it is not added again. */
function shownSum(totals: TotalsFacts): number {
  return totalsRows(totals)
    .filter((row) => row.kind !== 'total' && row.kind !== 'included-tax')
    .reduce((sum, row) => sum + row.amount.amount, 0);
}

describe('totalsRows', () => {
  const exclusive: TotalsFacts = {
    taxMode: 'exclusive',
    subtotal: usd(5000),
    discounts: [{ code: 'WELCOME10', label: 'WELCOME10', kind: 'percentage', amount: usd(500) }],
    shipping: usd(599),
    shippingDiscount: usd(0),
    taxes: [{ label: 'Sales tax', basisPoints: 725, tax: usd(326) }],
    total: usd(5425),
  };

  it('lists subtotal, each discount as a negative amount, shipping, each tax and the total, in that order', () => {
    expect(totalsRows(exclusive)).toEqual([
      { kind: 'subtotal', label: 'Subtotal', amount: usd(5000) },
      { kind: 'discount', label: 'WELCOME10', amount: usd(-500) },
      { kind: 'shipping', label: 'Shipping', amount: usd(599), before: null, free: false },
      { kind: 'tax', label: 'Sales tax 7.25 %', amount: usd(326) },
      { kind: 'total', label: 'Total', amount: usd(5425) },
    ]);
    expect(shownSum(exclusive)).toBe(exclusive.total.amount);
  });

  it('shows a free-shipping discount on the shipping row, as free, and not again among the discounts', () => {
    const freeShipping: TotalsFacts = {
      ...exclusive,
      discounts: [...exclusive.discounts, { code: 'FREESHIP', label: 'FREESHIP', kind: 'free_shipping', amount: usd(599) }],
      shippingDiscount: usd(599),
      total: usd(4826),
    };
    const rows = totalsRows(freeShipping);
    expect(rows.filter((row) => row.kind === 'discount').map((row) => row.label)).toEqual(['WELCOME10']);
    expect(rows.find((row) => row.kind === 'shipping')).toEqual({ kind: 'shipping', label: 'Shipping (FREESHIP)', amount: usd(0), before: usd(599), free: true });
    expect(shownSum(freeShipping)).toBe(freeShipping.total.amount);
  });

  it('says shipping is free when it costs nothing without a discount', () => {
    const row = totalsRows({ ...exclusive, shipping: usd(0), total: usd(4826) }).find((candidate) => candidate.kind === 'shipping');
    expect(row).toMatchObject({ label: 'Shipping', free: true, before: null });
  });

  it('puts taxes included in the prices after the total and does not add them', () => {
    const inclusive: TotalsFacts = {
      taxMode: 'inclusive',
      subtotal: eur(11900),
      discounts: [],
      shipping: eur(490),
      shippingDiscount: eur(0),
      taxes: [{ label: 'VAT', basisPoints: 1900, tax: eur(1978) }],
      total: eur(12390),
    };
    const rows = totalsRows(inclusive);
    expect(rows.map((row) => row.kind)).toEqual(['subtotal', 'shipping', 'total', 'included-tax']);
    expect(rows.at(-1)).toEqual({ kind: 'included-tax', label: 'includes VAT 19 %', amount: eur(1978) });
    expect(shownSum(inclusive)).toBe(inclusive.total.amount);
  });

  it('leaves out a discount that takes nothing off', () => {
    const rows = totalsRows({ ...exclusive, discounts: [{ code: 'SAVE5', label: 'SAVE5', kind: 'fixed_amount', amount: usd(0) }], total: usd(5925) });
    expect(rows.some((row) => row.kind === 'discount')).toBe(false);
  });
});
