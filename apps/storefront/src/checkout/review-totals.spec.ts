import { totalsRows } from '../cart/totals-rows';
import { reviewTotalsFacts } from './review-totals';

const usd = (amount: number) => ({ amount, currency: 'USD' });

describe('reviewTotalsFacts', () => {
  it('gives rows that add up to the server’s total', () => {
    const rows = totalsRows(
      reviewTotalsFacts({
        taxMode: 'exclusive',
        shipping: { charge: usd(800), discount: usd(0) },
        discounts: [{ code: 'SAVE10', label: 'SAVE10 (10 % off)', amount: usd(500) }],
        taxes: [{ label: 'Sales tax', basisPoints: 725, tax: usd(363) }],
        totals: { subtotal: usd(5000), total: usd(5663) },
      }),
    );
    expect(rows.map((row) => [row.kind, row.amount.amount])).toEqual([
      ['subtotal', 5000],
      ['discount', -500],
      ['shipping', 800],
      ['tax', 363],
      ['total', 5663],
    ]);
    const added = rows.filter((row) => row.kind !== 'total').reduce((sum, row) => sum + row.amount.amount, 0);
    expect(added).toBe(5663);
  });

  it('shows free shipping on the shipping row, not as a discount', () => {
    const rows = totalsRows(
      reviewTotalsFacts({
        taxMode: 'inclusive',
        shipping: { charge: usd(500), discount: usd(500) },
        discounts: [{ code: 'FREESHIP', label: 'FREESHIP', amount: usd(0) }],
        taxes: [{ label: 'VAT', basisPoints: 1900, tax: usd(160) }],
        totals: { subtotal: usd(1000), total: usd(1000) },
      }),
    );
    expect(rows.find((row) => row.kind === 'shipping')).toMatchObject({ free: true, before: usd(500) });
    expect(rows.some((row) => row.kind === 'discount')).toBe(false);
    expect(rows.at(-1)).toMatchObject({ kind: 'included-tax', label: 'includes VAT 19 %' });
  });
});
