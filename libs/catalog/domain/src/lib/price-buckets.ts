import { type CurrencyCode, currencyExponent } from '@emporium/money';

/** A price facet range in the currency's minor units: `from` included, `to` excluded. */
export interface PriceBucket {
  readonly from: number;
  readonly to: number;
}

export const DEFAULT_PRICE_BUCKET_COUNT = 5;

/** Steps a shopper reads at a glance: 1, 2, 2.5 and 5 times a power of ten. */
const NICE_MANTISSAS_TIMES_TWO = [2, 4, 5, 10] as const;

/**
 * The smallest nice step, in minor units, that covers `span` in at most `targetCount` steps. Never less than one
 * major unit (nobody filters by cents); 2.5 is skipped where it would split a minor unit (2.5 yen).
 */
function niceStep(span: number, targetCount: number, exponent: number): number {
  const wanted = span / targetCount;
  for (let power = exponent; ; power++) {
    for (const twice of NICE_MANTISSAS_TIMES_TWO) {
      const step = (twice * 10 ** power) / 2;
      if (Number.isInteger(step) && step >= wanted) return step;
    }
  }
}

/**
 * Price facet buckets for prices between `minAmount` and `maxAmount` (minor units): contiguous, equally wide,
 * with boundaries on multiples of a nice step in major units — $0–$25, $25–$50… for USD, ¥0–¥2,000… for JPY.
 * The first starts at or below `minAmount`, the last ends above `maxAmount`; there are at most `targetCount + 1`
 * (aligning the start to the step can cost one extra).
 *
 * The amounts come from the catalog's own prices, so a fraction of a minor unit, min above max or a count below
 * one is a programming error and throws a RangeError.
 */
export function priceBuckets(
  minAmount: number,
  maxAmount: number,
  currency: CurrencyCode,
  targetCount: number = DEFAULT_PRICE_BUCKET_COUNT,
): PriceBucket[] {
  if (!Number.isSafeInteger(minAmount) || !Number.isSafeInteger(maxAmount)) {
    throw new RangeError(`price bounds must be whole minor units, got ${minAmount}..${maxAmount}`);
  }
  if (minAmount > maxAmount) throw new RangeError(`minAmount ${minAmount} is above maxAmount ${maxAmount}`);
  if (!Number.isSafeInteger(targetCount) || targetCount < 1) throw new RangeError(`targetCount must be a positive whole number, got ${targetCount}`);

  const step = niceStep(maxAmount - minAmount, targetCount, currencyExponent(currency));
  const start = Math.floor(minAmount / step) * step;
  const buckets: PriceBucket[] = [];
  for (let from = start; from <= maxAmount; from += step) buckets.push({ from, to: from + step });
  return buckets;
}

/** The bucket an amount falls in (`from <= amount < to`), or null when it falls outside them all. */
export function bucketOf(amount: number, buckets: readonly PriceBucket[]): PriceBucket | null {
  let low = 0;
  let high = buckets.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const bucket = buckets[middle];
    if (!bucket) return null;
    if (amount < bucket.from) high = middle - 1;
    else if (amount >= bucket.to) low = middle + 1;
    else return bucket;
  }
  return null;
}
