import { type Money, multiplyMoney } from '@emporium/money';

/** One line of a cart or order as pricing sees it. */
export interface CartLine {
  /** Unique within the cart; also the tie-breaker that makes results independent of line order. */
  readonly id: string;
  readonly productId: string;
  /** Categories the product belongs to, for coupons restricted to categories. */
  readonly categoryIds?: readonly string[];
  /** Per unit, in the cart's currency; tax-inclusive or tax-exclusive as the tax settings say. */
  readonly unitPrice: Money;
  /** Whole units, at least 1. */
  readonly quantity: number;
  /** Key into the tax rates (e.g. `standard`, `reduced`, `zero`). */
  readonly taxClass: string;
}

/** Unit price × quantity, or null when the product is not a safe integer (or the quantity is not whole). */
export function lineSubtotal(line: CartLine): Money | null {
  const result = multiplyMoney(line.unitPrice, line.quantity);
  return result.ok ? result.value : null;
}
