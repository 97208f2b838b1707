/**
 * The limits a cart keeps. Configurable per shop; the defaults are far above what a shopper buys in one go and low
 * enough to stop a stuck key or a script from building a cart nobody can check out.
 */
export interface CartRules {
  /** Most units of one variant on one line. */
  readonly maxQuantityPerLine: number;
  /** Most distinct variants (lines) in one cart. */
  readonly maxLines: number;
}

export const DEFAULT_CART_RULES: CartRules = { maxQuantityPerLine: 99, maxLines: 100 };

/**
 * Rules from configuration, defaults for what is left out. A limit that is not a whole number of at least 1 is a
 * broken configuration, not a shopper's mistake, so it throws `RangeError` (at start-up, where config is read).
 */
export function cartRules(overrides: Partial<CartRules> = {}): CartRules {
  const rules = { ...DEFAULT_CART_RULES, ...overrides };
  for (const [name, value] of Object.entries(rules)) {
    if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`Cart rule ${name} must be a whole number of at least 1, got ${value}`);
  }
  return rules;
}

/** A quantity a shopper may put on a line: a whole number from 1 to the per-line maximum. */
export function isValidLineQuantity(quantity: number, rules: CartRules = DEFAULT_CART_RULES): boolean {
  return Number.isInteger(quantity) && quantity >= 1 && quantity <= rules.maxQuantityPerLine;
}
