import fc from 'fast-check';
import { basisPointsOf, divideRounded, scaleRounded } from './rounding';

describe('divideRounded', () => {
  it('rounds an exact half up with half-up', () => {
    expect(divideRounded(5n, 2n, 'half-up')).toBe(3n);
    expect(divideRounded(1n, 2n, 'half-up')).toBe(1n);
  });

  it('rounds an exact half to the even neighbour with half-even', () => {
    expect(divideRounded(1n, 2n, 'half-even')).toBe(0n);
    expect(divideRounded(5n, 2n, 'half-even')).toBe(2n);
    expect(divideRounded(7n, 2n, 'half-even')).toBe(4n);
  });

  it('rounds anything but a half to the nearest whole in both modes', () => {
    for (const mode of ['half-up', 'half-even'] as const) {
      expect(divideRounded(14n, 10n, mode)).toBe(1n);
      expect(divideRounded(16n, 10n, mode)).toBe(2n);
      expect(divideRounded(20n, 10n, mode)).toBe(2n);
    }
  });

  it('refuses a negative numerator or a zero denominator', () => {
    expect(() => divideRounded(-1n, 2n, 'half-up')).toThrow(RangeError);
    expect(() => divideRounded(1n, 0n, 'half-up')).toThrow(RangeError);
  });

  it('never lands more than half a unit from the exact quotient', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.bigInt({ min: 1n, max: 10n ** 6n }), fc.constantFrom('half-up' as const, 'half-even' as const), (n, d, mode) => {
        const distanceTimesTwo = (divideRounded(n, d, mode) * d - n) * 2n;
        expect(distanceTimesTwo <= d && distanceTimesTwo >= -d).toBe(true);
      }),
    );
  });
});

describe('basisPointsOf', () => {
  it('takes a percentage in basis points of an amount in minor units', () => {
    expect(basisPointsOf(1999, 1500, 'half-up')).toBe(300); // 299.85
    expect(basisPointsOf(1000, 725, 'half-up')).toBe(73); // 72.5
    expect(basisPointsOf(1000, 725, 'half-even')).toBe(72); // 72.5
    expect(basisPointsOf(0, 2000, 'half-up')).toBe(0);
  });

  it('stays exact where floating point would not (amount × rate beyond 2^53)', () => {
    // 9 007 199 254 740 991 × 3333 = 30 020 995 116 051 723 003; / 10 000 = 3 002 099 511 605 172.3003 → …172
    expect(scaleRounded(Number.MAX_SAFE_INTEGER, 3333, 10_000, 'half-up')).toBe(3_002_099_511_605_172);
  });

  it('refuses fractions', () => {
    expect(() => basisPointsOf(10.5, 100, 'half-up')).toThrow(RangeError);
    expect(() => basisPointsOf(10, 0.5, 'half-up')).toThrow(RangeError);
  });
});
