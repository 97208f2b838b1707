/**
 * How a quotient that falls between two minor units becomes one. Both only differ on an exact half:
 * `half-up` takes the larger neighbour (0.5 → 1, 2.5 → 3), `half-even` the even one (0.5 → 0, 2.5 → 2, 3.5 → 4).
 * Amounts here are never negative, so half-up is also "half away from zero".
 */
export type RoundingMode = 'half-up' | 'half-even';

/** 10 000 basis points make a whole: 2000 = 20 %, 725 = 7.25 %, 1 = 0.01 %. */
export const BASIS_POINTS_PER_WHOLE = 10_000;

/**
 * `numerator / denominator` rounded to a whole number with `mode`, exactly: big integers, so no product of an
 * amount and a rate can lose precision. Throws `RangeError` for a negative numerator or a denominator below 1
 * (a broken contract, not an expected failure).
 */
export function divideRounded(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  if (numerator < 0n || denominator < 1n) throw new RangeError(`Cannot divide ${numerator} by ${denominator}`);
  const quotient = numerator / denominator;
  const twiceRemainder = (numerator % denominator) * 2n;
  if (twiceRemainder < denominator) return quotient;
  if (twiceRemainder > denominator) return quotient + 1n;
  return mode === 'half-up' || quotient % 2n === 1n ? quotient + 1n : quotient;
}

/** `amount × numerator / denominator`, rounded once with `mode`. All three must be whole numbers, amount ≥ 0. */
export function scaleRounded(amount: number, numerator: number, denominator: number, mode: RoundingMode): number {
  assertWhole('amount', amount);
  assertWhole('numerator', numerator);
  assertWhole('denominator', denominator);
  return Number(divideRounded(BigInt(amount) * BigInt(numerator), BigInt(denominator), mode));
}

/** `basisPoints` of `amount` (e.g. 1500 bp of 1999 = 299.85 → 300 half-up). */
export function basisPointsOf(amount: number, basisPoints: number, mode: RoundingMode): number {
  return scaleRounded(amount, basisPoints, BASIS_POINTS_PER_WHOLE, mode);
}

function assertWhole(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
}
