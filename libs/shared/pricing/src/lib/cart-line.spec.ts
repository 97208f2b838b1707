import type { CurrencyCode } from '@emporium/money';
import { type CartLine, lineSubtotal } from './cart-line';
import { isEligible } from './eligibility';

const JPY = 'JPY' as CurrencyCode;
const line = (unit: number, quantity: number): CartLine => ({ id: 'a', productId: 'p', categoryIds: ['c'], unitPrice: { amount: unit, currency: JPY }, quantity, taxClass: 'std' });

describe('lineSubtotal', () => {
  it('is unit price × quantity in the same currency', () => {
    expect(lineSubtotal(line(298, 3))).toEqual({ amount: 894, currency: JPY });
  });

  it('is null past the safe integer range or for a fractional quantity', () => {
    expect(lineSubtotal(line(Number.MAX_SAFE_INTEGER, 2))).toBeNull();
    expect(lineSubtotal(line(100, 1.5))).toBeNull();
  });
});

describe('isEligible', () => {
  it('takes every line when the coupon is not restricted', () => {
    expect(isEligible(line(1, 1), undefined)).toBe(true);
    expect(isEligible(line(1, 1), { productIds: [], categoryIds: [] })).toBe(true);
  });

  it('takes a line whose product or one of whose categories is listed', () => {
    expect(isEligible(line(1, 1), { productIds: ['p'] })).toBe(true);
    expect(isEligible(line(1, 1), { categoryIds: ['x', 'c'] })).toBe(true);
    expect(isEligible(line(1, 1), { productIds: ['q'], categoryIds: ['x'] })).toBe(false);
  });
});
