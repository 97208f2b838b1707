import fc from 'fast-check';
import { allocateLargestRemainder } from './allocate';

describe('allocateLargestRemainder', () => {
  it('splits in proportion when the shares are whole', () => {
    expect(allocateLargestRemainder(300, [100, 200])).toEqual([100, 200]);
  });

  it('gives the left-over units to the largest remainders', () => {
    // 100 × 1/3 = 33.33…, 100 × 2/3 = 66.66… → floors 33 + 66 = 99, one unit left goes to 66.66…
    expect(allocateLargestRemainder(100, [1, 2])).toEqual([33, 67]);
    // 10 over [3, 3, 4]: 3, 3, 4 exactly
    expect(allocateLargestRemainder(10, [3, 3, 4])).toEqual([3, 3, 4]);
    // 7 over [1, 1, 1]: 2.33 each → 2, 2, 2 and one left → first part (ties go to the earlier part)
    expect(allocateLargestRemainder(7, [1, 1, 1])).toEqual([3, 2, 2]);
  });

  it('gives nothing to a part that weighs nothing', () => {
    expect(allocateLargestRemainder(5, [0, 3, 0, 3])).toEqual([0, 3, 0, 2]);
  });

  it('allocates zero as zeros, even over no weight', () => {
    expect(allocateLargestRemainder(0, [0, 0])).toEqual([0, 0]);
    expect(allocateLargestRemainder(0, [])).toEqual([]);
  });

  it('refuses a positive amount over nothing, and fractions or negatives', () => {
    expect(() => allocateLargestRemainder(1, [0, 0])).toThrow(RangeError);
    expect(() => allocateLargestRemainder(1, [])).toThrow(RangeError);
    expect(() => allocateLargestRemainder(1.5, [1])).toThrow(RangeError);
    expect(() => allocateLargestRemainder(1, [-1, 2])).toThrow(RangeError);
  });

  it('stays exact for amounts whose products pass 2^53', () => {
    expect(allocateLargestRemainder(Number.MAX_SAFE_INTEGER, [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER])).toEqual([
      4_503_599_627_370_496, 4_503_599_627_370_495,
    ]);
  });

  const weights = fc.array(fc.integer({ min: 0, max: 1_000_000_000 }), { minLength: 1, maxLength: 30 }).filter((ws) => ws.some((w) => w > 0));

  it('always sums exactly to the amount, with no part negative', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), weights, (amount, ws) => {
        const parts = allocateLargestRemainder(amount, ws);
        expect(parts).toHaveLength(ws.length);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(amount);
        expect(parts.every((part) => Number.isSafeInteger(part) && part >= 0)).toBe(true);
      }),
    );
  });

  it('never gives a part more than its weight when the amount fits within the weights', () => {
    fc.assert(
      fc.property(weights, fc.double({ min: 0, max: 1, noNaN: true }), (ws, fraction) => {
        const sum = ws.reduce((a, b) => a + b, 0);
        const amount = Math.floor(sum * fraction);
        const parts = allocateLargestRemainder(amount, ws);
        parts.forEach((part, index) => expect(part).toBeLessThanOrEqual(ws[index]!));
      }),
    );
  });

  it('keeps every part within one unit of its exact share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), weights, (amount, ws) => {
        const sum = ws.reduce((a, b) => a + b, 0);
        allocateLargestRemainder(amount, ws).forEach((part, index) => {
          const exactTimesSum = BigInt(amount) * BigInt(ws[index]!);
          const partTimesSum = BigInt(part) * BigInt(sum);
          const distance = partTimesSum > exactTimesSum ? partTimesSum - exactTimesSum : exactTimesSum - partTimesSum;
          expect(distance < BigInt(sum)).toBe(true);
        });
      }),
    );
  });
});
