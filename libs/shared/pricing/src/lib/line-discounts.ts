import { allocateLargestRemainder } from './allocate';
import { BASIS_POINTS_PER_WHOLE, basisPointsOf, scaleRounded } from './rounding';

/**
 * An eligible line as a discount sees it: its amount after the discounts applied before (minor units, ≥ 0) and
 * its quantity. Every function here returns one part per line, in the same order, each between 0 and that line's
 * amount, so no discount takes a line below zero. Pass lines in a canonical order (pricing sorts by line id):
 * ties go to the earlier line.
 */
export interface DiscountableLine {
  readonly amount: number;
  readonly quantity: number;
}

const total = (lines: readonly DiscountableLine[]): number => lines.reduce((sum, line) => sum + line.amount, 0);

/** Each unit sold at `unitPrice`: a line loses what it costs above `unitPrice × quantity`, never more. */
export function fixedPriceParts(lines: readonly DiscountableLine[], unitPrice: number): number[] {
  return lines.map((line) => Math.max(0, line.amount - unitPrice * line.quantity));
}

/**
 * `basisPoints` of the lines' combined amount, rounded half-up once (the shopper gets the half unit), then
 * allocated over the lines by largest remainder in proportion to their amounts, so the parts sum to the rounded
 * discount exactly and the cart shows one percentage discount, not a sum of per-line roundings.
 */
export function percentageParts(lines: readonly DiscountableLine[], basisPoints: number): number[] {
  const base = total(lines);
  return allocateLargestRemainder(basisPointsOf(base, Math.min(basisPoints, BASIS_POINTS_PER_WHOLE), 'half-up'), weightsOf(lines));
}

/** One amount off the lines together, capped at their combined amount, allocated in proportion to their amounts. */
export function orderAmountParts(lines: readonly DiscountableLine[], amount: number): number[] {
  return allocateLargestRemainder(Math.min(amount, total(lines)), weightsOf(lines));
}

/** `amount` off every unit: `amount × quantity` per line, capped at the line's amount. No rounding needed. */
export function unitAmountParts(lines: readonly DiscountableLine[], amount: number): number[] {
  return lines.map((line) => Math.min(line.amount, amount * line.quantity));
}

/**
 * Buy X get Y: the units of all lines are pooled; `floor(units / (buy + get)) × get` of them are discounted,
 * cheapest unit value (line amount ÷ quantity) first, ties to the earlier line. A line with `k` of its `q` units
 * discounted loses `amount × k / q × basisPointsOff / 10 000`, rounded half-up per line — exact for a free unit
 * whenever the line's amount divides by its quantity, which it does unless an earlier percentage or fixed amount
 * left a fraction per unit (BXGY runs before those, so only another BXGY coupon can).
 */
export function buyXGetYParts(lines: readonly DiscountableLine[], buy: number, get: number, basisPointsOff: number): number[] {
  const units = lines.reduce((sum, line) => sum + line.quantity, 0);
  let discounted = Math.floor(units / (buy + get)) * get;
  const parts = lines.map(() => 0);
  const cheapestFirst = lines
    .map((line, index) => ({ line, index }))
    .sort((a, b) => compareUnitValue(a.line, b.line) || a.index - b.index);
  for (const { line, index } of cheapestFirst) {
    if (discounted === 0) break;
    const taken = Math.min(line.quantity, discounted);
    discounted -= taken;
    parts[index] = scaleRounded(line.amount, taken * Math.min(basisPointsOff, BASIS_POINTS_PER_WHOLE), line.quantity * BASIS_POINTS_PER_WHOLE, 'half-up');
  }
  return parts;
}

/** Compares amount / quantity exactly (cross-multiplied, big integers). */
function compareUnitValue(a: DiscountableLine, b: DiscountableLine): number {
  const left = BigInt(a.amount) * BigInt(b.quantity);
  const right = BigInt(b.amount) * BigInt(a.quantity);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Weights for an allocation; lines that cost nothing any more get nothing (and all-zero lines get zeros). */
function weightsOf(lines: readonly DiscountableLine[]): number[] {
  return lines.map((line) => line.amount);
}
