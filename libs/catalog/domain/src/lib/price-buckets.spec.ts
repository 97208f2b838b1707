import fc from 'fast-check';
import { type CurrencyCode, currencyExponent, parseCurrencyCode } from '@emporium/money';
import { bucketOf, priceBuckets } from './price-buckets';

const USD = parseCurrencyCode('USD')!;
const JPY = parseCurrencyCode('JPY')!;
const KWD = parseCurrencyCode('KWD')!;

const currencies = fc.constantFrom<CurrencyCode>(USD, JPY, KWD, parseCurrencyCode('EUR')!);
const amount = fc.integer({ min: 0, max: 10 ** 10 });
const range = fc.tuple(amount, amount).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);

describe('priceBuckets', () => {
  it('splits a USD range into round dollar amounts', () => {
    expect(priceBuckets(1_299, 11_900, USD)).toEqual([
      { from: 0, to: 2_500 },
      { from: 2_500, to: 5_000 },
      { from: 5_000, to: 7_500 },
      { from: 7_500, to: 10_000 },
      { from: 10_000, to: 12_500 },
    ]);
  });

  it('uses whole yen for JPY, which has no minor unit', () => {
    expect(priceBuckets(800, 9_500, JPY)).toEqual([
      { from: 0, to: 2_000 },
      { from: 2_000, to: 4_000 },
      { from: 4_000, to: 6_000 },
      { from: 6_000, to: 8_000 },
      { from: 8_000, to: 10_000 },
    ]);
  });

  it('uses three decimals for KWD', () => {
    // 1.500 KWD to 9.250 KWD: steps of 2 dinars are 2000 fils.
    expect(priceBuckets(1_500, 9_250, KWD).map((bucket) => bucket.from)).toEqual([0, 2_000, 4_000, 6_000, 8_000]);
  });

  it('never makes a bucket narrower than one major unit', () => {
    expect(priceBuckets(1_999, 1_999, USD)).toEqual([{ from: 1_900, to: 2_000 }]);
    expect(priceBuckets(101, 104, USD)).toEqual([{ from: 100, to: 200 }]);
    expect(priceBuckets(7, 9, JPY)).toEqual([{ from: 7, to: 8 }, { from: 8, to: 9 }, { from: 9, to: 10 }]);
  });

  it('skips a 2.5 step that would split a yen', () => {
    // 12 yen in 5 buckets wants 2.4 yen each; 2.5 is not whole, so 5.
    expect(priceBuckets(0, 12, JPY).map((bucket) => bucket.to - bucket.from)).toEqual([5, 5, 5]);
  });

  it('throws on amounts that are not whole minor units or bounds the wrong way round', () => {
    expect(() => priceBuckets(1.5, 10, USD)).toThrow(RangeError);
    expect(() => priceBuckets(10, 1, USD)).toThrow(RangeError);
    expect(() => priceBuckets(1, 10, USD, 0)).toThrow(RangeError);
  });

  it('covers the whole range with contiguous, non-overlapping, equally wide whole-number buckets', () => {
    fc.assert(
      fc.property(range, currencies, fc.integer({ min: 1, max: 20 }), ([min, max], currency, targetCount) => {
        const buckets = priceBuckets(min, max, currency, targetCount);
        expect(buckets.length).toBeGreaterThanOrEqual(1);
        expect(buckets.length).toBeLessThanOrEqual(targetCount + 1);
        expect(buckets[0]!.from).toBeLessThanOrEqual(min);
        expect(buckets.at(-1)!.to).toBeGreaterThan(max);
        const step = buckets[0]!.to - buckets[0]!.from;
        buckets.forEach((bucket, index) => {
          expect(Number.isSafeInteger(bucket.from) && Number.isSafeInteger(bucket.to)).toBe(true);
          expect(bucket.to - bucket.from).toBe(step);
          expect(bucket.from % step).toBe(0);
          if (index > 0) expect(bucket.from).toBe(buckets[index - 1]!.to);
        });
      }),
    );
  });

  it('steps by 1, 2, 2.5 or 5 times a power of ten major units, at least one', () => {
    fc.assert(
      fc.property(range, currencies, ([min, max], currency) => {
        const [first] = priceBuckets(min, max, currency);
        let major = (first!.to - first!.from) / 10 ** currencyExponent(currency);
        expect(major).toBeGreaterThanOrEqual(1);
        while (major >= 10) major /= 10;
        expect([1, 2, 2.5, 5]).toContain(major);
      }),
    );
  });
});

describe('bucketOf', () => {
  const buckets = priceBuckets(0, 9_999, USD);

  it('puts a boundary amount in the bucket it opens', () => {
    expect(bucketOf(2_000, buckets)).toEqual({ from: 2_000, to: 4_000 });
    expect(bucketOf(1_999, buckets)).toEqual({ from: 0, to: 2_000 });
  });

  it('finds no bucket for an amount outside them all', () => {
    expect(bucketOf(-1, buckets)).toBeNull();
    expect(bucketOf(10_000, buckets)).toBeNull();
    expect(bucketOf(5, [])).toBeNull();
  });

  it('finds exactly one bucket, the one holding it, for every amount in the range', () => {
    fc.assert(
      fc.property(fc.tuple(amount, amount, amount), currencies, (amounts, currency) => {
        const [min, price, max] = amounts.sort((a, b) => a - b);
        const all = priceBuckets(min!, max!, currency);
        const found = bucketOf(price!, all);
        expect(found).not.toBeNull();
        expect(all.filter((bucket) => bucket.from <= price! && price! < bucket.to)).toEqual([found]);
      }),
    );
  });
});
