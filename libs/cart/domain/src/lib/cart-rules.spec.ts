import { cartRules, DEFAULT_CART_RULES, isValidLineQuantity } from './cart-rules';

describe('cartRules', () => {
  it('defaults to 99 per line and 100 lines', () => {
    expect(cartRules()).toEqual({ maxQuantityPerLine: 99, maxLines: 100 });
    expect(DEFAULT_CART_RULES).toEqual({ maxQuantityPerLine: 99, maxLines: 100 });
  });

  it('takes what configuration sets and defaults the rest', () => {
    expect(cartRules({ maxLines: 5 })).toEqual({ maxQuantityPerLine: 99, maxLines: 5 });
  });

  it('refuses a limit that is not a whole number of at least 1', () => {
    expect(() => cartRules({ maxLines: 0 })).toThrow(RangeError);
    expect(() => cartRules({ maxQuantityPerLine: 2.5 })).toThrow(RangeError);
    expect(() => cartRules({ maxQuantityPerLine: Number.NaN })).toThrow(RangeError);
  });
});

describe('isValidLineQuantity', () => {
  it('accepts whole numbers from 1 to the per-line maximum', () => {
    expect(isValidLineQuantity(1)).toBe(true);
    expect(isValidLineQuantity(99)).toBe(true);
    expect(isValidLineQuantity(5, cartRules({ maxQuantityPerLine: 5 }))).toBe(true);
  });

  it('refuses zero, negatives, fractions and anything above the maximum', () => {
    for (const quantity of [0, -1, 1.5, 100, Number.NaN, Number.POSITIVE_INFINITY]) expect(isValidLineQuantity(quantity)).toBe(false);
    expect(isValidLineQuantity(6, cartRules({ maxQuantityPerLine: 5 }))).toBe(false);
  });
});
