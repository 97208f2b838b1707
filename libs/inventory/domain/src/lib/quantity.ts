/** The most units one line, adjustment or transfer may ask for: far above any real order, low enough to catch typos. */
export const MAX_QUANTITY = 1_000_000;

/** A quantity a shopper or merchant may ask for: a whole number of units from 1 to `MAX_QUANTITY`. */
export function isValidQuantity(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= MAX_QUANTITY;
}

/**
 * Guards a broken contract, not user input: callers validate quantities (`isValidQuantity`) before they reach the
 * rules, so a fraction or a negative here is a programmer's mistake and is thrown, not returned.
 */
export function assertWholeQuantity(value: number, min: 0 | 1, what: string): void {
  if (!Number.isSafeInteger(value) || value < min) throw new RangeError(`${what} must be a whole number of at least ${min}, got ${value}`);
}
