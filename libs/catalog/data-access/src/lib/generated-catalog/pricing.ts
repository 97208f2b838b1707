/** Fixed, so every generated catalog shows the same euro prices. */
export const USD_TO_EUR = 0.92;

const EURO_ENDINGS = [0, 50, 95] as const;

/**
 * The euro price for a US price in cents: converted at the fixed rate and moved to the nearest price ending in
 * .00, .50 or .95 (ties go to the lower price), the way a merchant would set it by hand.
 */
export function euroPrice(usdCents: number): number {
  const exact = usdCents * USD_TO_EUR;
  const euros = Math.floor(exact / 100);
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let whole = Math.max(0, euros - 1); whole <= euros + 1; whole++) {
    for (const ending of EURO_ENDINGS) {
      const candidate = whole * 100 + ending;
      const distance = Math.abs(candidate - exact);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
  }
  return best;
}

/** The euro compare-at price for a US one: converted the same way, and always above the euro price it goes with. */
export function euroCompareAtPrice(usdCompareAtCents: number, euroAmount: number): number {
  const converted = euroPrice(usdCompareAtCents);
  return converted > euroAmount ? converted : euroAmount + 100;
}

/** The EAN-13 check digit of the first 12 digits: weights 1 and 3 alternating from the left, then mod 10. */
export function ean13CheckDigit(first12: string): number {
  if (!/^\d{12}$/.test(first12)) throw new Error(`An EAN-13 body is 12 digits, not "${first12}"`);
  let sum = 0;
  for (let index = 0; index < 12; index++) sum += Number(first12[index]) * (index % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

export function isValidEan13(code: string): boolean {
  return /^\d{13}$/.test(code) && ean13CheckDigit(code.slice(0, 12)) === Number(code[12]);
}

const SERIALS = 10_000_000_000n;
// Odd and not a multiple of 5, so coprime with 10^10: n ↦ n·M mod 10^10 is a permutation (no two variants share one).
const SPREAD = 3_781_927_771n;

/**
 * A unique EAN-13 per variant number, in the 20–29 prefix range GS1 reserves for in-store use (so it can never
 * collide with a real product's code). The same number and seed give the same code.
 */
export function generatedBarcode(variantNumber: number, seed: number): string {
  const offset = BigInt(seed >>> 0) % SERIALS;
  const serial = ((BigInt(variantNumber) * SPREAD) % SERIALS + offset) % SERIALS;
  const body = `20${serial.toString().padStart(10, '0')}`;
  return `${body}${ean13CheckDigit(body)}`;
}
