/**
 * Splits `amount` minor units into one part per weight, in proportion to the weights, by the largest-remainder
 * (Hamilton) method: every part first gets the whole units of its exact share `amount × weight / Σ weights`, then
 * the units left over go one each to the parts with the largest fractional remainders; equal remainders go to the
 * earlier part, so callers that need an order-independent split pass the parts in a canonical order.
 *
 * Guarantees: the parts sum to exactly `amount`; no part is negative; a part with weight 0 gets 0; and when
 * `amount ≤ Σ weights` no part exceeds its weight (the exact share is ≤ the weight, and rounding up only happens
 * below it) — so a discount allocated over line amounts never takes a line below zero.
 *
 * Throws `RangeError` on a broken contract: a negative or fractional amount or weight, or a positive amount with
 * nothing to weigh it by. Exact (big integers) for any safe-integer inputs.
 */
export function allocateLargestRemainder(amount: number, weights: readonly number[]): number[] {
  assertWhole('amount', amount);
  weights.forEach((weight, index) => assertWhole(`weight ${index}`, weight));
  if (amount === 0) return weights.map(() => 0);
  const totalWeight = weights.reduce((sum, weight) => sum + BigInt(weight), 0n);
  if (totalWeight === 0n) throw new RangeError(`Cannot allocate ${amount} over weights that sum to 0`);

  const total = BigInt(amount);
  const shares = weights.map((weight, index) => {
    const exact = total * BigInt(weight);
    return { index, units: exact / totalWeight, remainder: exact % totalWeight };
  });
  let leftOver = shares.reduce((left, share) => left - share.units, total);
  const byRemainder = [...shares].sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const share of byRemainder) {
    if (leftOver === 0n) break;
    share.units += 1n;
    leftOver -= 1n;
  }
  return shares.map((share) => Number(share.units));
}

function assertWhole(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
}
