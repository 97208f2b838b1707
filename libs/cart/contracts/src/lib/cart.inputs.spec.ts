import { addToCartInput, setLineQuantityInput } from './cart.inputs';
import { couponCodeSchema, normalizeCouponCode } from './coupon-code';
import { promotionFieldsSchema } from './promotion.inputs';

describe('cart inputs', () => {
  it.each([0, -1, 1.5, 'abc', 1e9, null])('refuses the quantity %s when adding, naming the field', (quantity) => {
    const parsed = addToCartInput.safeParse({ variantId: '0b8f7a4e-3c1d-4e2a-9f6b-1a2b3c4d5e6f', quantity });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['quantity']);
  });

  it('allows 0 when setting a quantity (it removes the line) but not below', () => {
    const variantId = '0b8f7a4e-3c1d-4e2a-9f6b-1a2b3c4d5e6f';
    expect(setLineQuantityInput.safeParse({ variantId, quantity: 0 }).success).toBe(true);
    expect(setLineQuantityInput.safeParse({ variantId, quantity: -1 }).success).toBe(false);
  });

  it('drops a client-sent price, total or discount: the server never reads them', () => {
    const parsed = addToCartInput.parse({ variantId: '0b8f7a4e-3c1d-4e2a-9f6b-1a2b3c4d5e6f', quantity: 1, unitPrice: 1, total: 0, discount: 999 });
    expect(parsed).toEqual({ variantId: '0b8f7a4e-3c1d-4e2a-9f6b-1a2b3c4d5e6f', quantity: 1 });
  });
});

describe('coupon codes', () => {
  it('compares codes trimmed and upper-cased', () => {
    expect(normalizeCouponCode('  save10 ')).toBe('SAVE10');
    expect(couponCodeSchema.parse(' Welcome-10\t')).toBe('WELCOME-10');
  });

  it('refuses an empty code and characters a code never has', () => {
    expect(couponCodeSchema.safeParse('   ').success).toBe(false);
    expect(couponCodeSchema.safeParse("SAVE'; DROP").success).toBe(false);
  });
});

describe('promotion fields', () => {
  const base = { name: 'Spring', trigger: 'automatic', discount: { kind: 'percentage', basisPoints: 1000 } } as const;

  it('refuses usage limits on an automatic promotion, which has no codes to count', () => {
    const parsed = promotionFieldsSchema.safeParse({ ...base, usageLimit: 100, perCustomerLimit: 1 });
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['usageLimit', 'perCustomerLimit']);
    expect(promotionFieldsSchema.safeParse({ ...base, trigger: 'code', usageLimit: 100 }).success).toBe(true);
  });

  it('refuses an end before the start', () => {
    const parsed = promotionFieldsSchema.safeParse({ ...base, startsAt: '2026-12-01T00:00:00Z', endsAt: '2026-11-01T00:00:00Z' });
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['endsAt']);
  });
});
