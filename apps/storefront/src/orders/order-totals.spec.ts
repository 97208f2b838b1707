import { lineOptionsText } from './line-options';
import { orderTotalsRows } from './order-totals';

describe('orderTotalsRows', () => {
  it('gives rows that add up to the order’s total', () => {
    const rows = orderTotalsRows({
      currency: 'USD',
      taxMode: 'exclusive',
      discounts: [{ code: 'SAVE10', amount: 500 }],
      shipping: { charge: 800, discount: 0 },
      totals: { subtotal: 5000, taxTotal: 363, grandTotal: 5663 },
    });
    expect(rows.map((row) => [row.kind, row.label, row.amount.amount])).toEqual([
      ['subtotal', 'Subtotal', 5000],
      ['discount', 'SAVE10', -500],
      ['shipping', 'Shipping', 800],
      ['tax', 'Tax', 363],
      ['total', 'Total', 5663],
    ]);
  });

  it('says inclusive tax after the total and shows free shipping with its price before', () => {
    const rows = orderTotalsRows({
      currency: 'EUR',
      taxMode: 'inclusive',
      discounts: [{ code: 'FREESHIP', amount: 0 }],
      shipping: { charge: 500, discount: 500 },
      totals: { subtotal: 1190, taxTotal: 190, grandTotal: 1190 },
    });
    expect(rows.map((row) => row.kind)).toEqual(['subtotal', 'shipping', 'total', 'included-tax']);
    expect(rows[1]).toMatchObject({ free: true, before: { amount: 500, currency: 'EUR' } });
  });
});

describe('lineOptionsText', () => {
  it('names each option, or none', () => {
    expect(lineOptionsText([{ name: 'Size', value: 'M' }, { name: 'Colour', value: 'Black' }])).toBe('Size: M · Colour: Black');
    expect(lineOptionsText([])).toBeNull();
  });
});
