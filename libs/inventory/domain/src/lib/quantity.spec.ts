import { assertWholeQuantity, isValidQuantity, MAX_QUANTITY } from './quantity';

describe('isValidQuantity', () => {
  it('accepts whole numbers from 1 to a million', () => {
    expect(MAX_QUANTITY).toBe(1_000_000);
    for (const value of [1, 2, 999, MAX_QUANTITY]) expect(isValidQuantity(value)).toBe(true);
  });

  it('refuses zero, negatives, fractions, non-numbers and anything above the maximum', () => {
    for (const value of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, MAX_QUANTITY + 1]) expect(isValidQuantity(value)).toBe(false);
  });
});

describe('assertWholeQuantity', () => {
  it('throws a RangeError for a broken contract and passes whole numbers at or above the minimum', () => {
    expect(() => assertWholeQuantity(0, 0, 'q')).not.toThrow();
    expect(() => assertWholeQuantity(0, 1, 'q')).toThrow(RangeError);
    expect(() => assertWholeQuantity(2.5, 0, 'q')).toThrow(RangeError);
    expect(() => assertWholeQuantity(-1, 0, 'q')).toThrow(RangeError);
  });
});
