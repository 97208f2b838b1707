import { type CurrencyCode, type Money, type MoneyResult, multiplyMoney, sumMoney } from '@emporium/money';

/**
 * One variant in a cart. A cart holds at most one line per variant, so the variant id is the line's key. The price is
 * a snapshot: what the shopper saw when the line was added (or when they last accepted a new price), never re-read
 * silently — `reviewCart` compares it with the catalog before checkout.
 */
export interface CartLine {
  readonly variantId: string;
  readonly sku: string;
  /** The product's title when the price was captured. */
  readonly title: string;
  readonly options: Readonly<Record<string, string>>;
  /** Whole number from 1 to the rules' per-line maximum; a line with 0 does not exist. */
  readonly quantity: number;
  /** In the cart's currency, integer minor units. */
  readonly unitPrice: Money;
  /** When `unitPrice` (and the display fields) were taken from the catalog. */
  readonly capturedAt: Date;
}

/**
 * A cart as a value: its currency and its lines in the order they were first added. Who owns it (a guest token or a
 * customer), its id and timestamps belong to the service that stores it, not to these rules.
 */
export interface Cart {
  readonly currency: CurrencyCode;
  readonly lines: readonly CartLine[];
}

export function emptyCart(currency: CurrencyCode): Cart {
  return { currency, lines: [] };
}

export function findLine(cart: Cart, variantId: string): CartLine | undefined {
  return cart.lines.find((line) => line.variantId === variantId);
}

/** Units across all lines (the badge on the cart icon). */
export function itemCount(cart: Cart): number {
  return cart.lines.reduce((sum, line) => sum + line.quantity, 0);
}

/** Unit price × quantity at the snapshot price. */
export function lineTotal(line: CartLine): MoneyResult {
  return multiplyMoney(line.unitPrice, line.quantity);
}

/**
 * The cart's total at its snapshot prices, in its currency. Not what will be charged: checkout re-prices through
 * `reviewCart` first. Fails only past the safe-integer range (`NotAnInteger`).
 */
export function cartSubtotal(cart: Cart): MoneyResult {
  const totals: Money[] = [];
  for (const line of cart.lines) {
    const total = lineTotal(line);
    if (!total.ok) return total;
    totals.push(total.value);
  }
  return sumMoney(cart.currency, totals);
}
