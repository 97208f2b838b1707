import { type Money, multiplyMoney, sumMoney } from '@emporium/money';
import type { CartLineSnapshot } from './attempt-token';
import type { CheckoutError, OutOfStockLine, PriceChangeLine } from './checkout-error';
import type { Result } from './result';

/** What the catalogue and inventory say now about one SKU, read by the service when the `validate` step runs. */
export interface CurrentOffer {
  readonly sku: string;
  readonly unitPrice: Money;
  readonly available: number;
}

/**
 * The `validate` step's rule: the cart as the shopper saw it against prices and stock now. Any difference stops
 * the checkout with a `refused` the storefront shows — never a charge at a price the shopper did not see.
 * Shortages are reported before price changes (the shopper must change the cart first; re-pricing follows), each
 * listing every line concerned. A SKU no longer offered counts as out of stock. On success: the total to authorise.
 * Lines in different currencies or a total beyond safe integers are a caller's bug and throw.
 */
export function validateCart(
  seen: readonly CartLineSnapshot[],
  current: readonly CurrentOffer[],
): Result<{ readonly total: Money }, Extract<CheckoutError, { type: 'CartEmpty' | 'OutOfStock' | 'PriceChanged' }>> {
  const first = seen[0];
  if (first === undefined) return { ok: false, error: { type: 'CartEmpty' } };
  const offers = new Map(current.map((offer) => [offer.sku, offer]));
  const short: OutOfStockLine[] = [];
  const changed: PriceChangeLine[] = [];
  for (const line of seen) {
    const offer = offers.get(line.sku);
    const available = offer === undefined ? 0 : Math.max(0, offer.available);
    if (line.quantity > available) short.push({ sku: line.sku, requested: line.quantity, available });
    else if (offer !== undefined && !sameMoney(offer.unitPrice, line.unitPrice)) changed.push({ sku: line.sku, was: line.unitPrice, now: offer.unitPrice });
  }
  if (short.length > 0) return { ok: false, error: { type: 'OutOfStock', lines: short } };
  if (changed.length > 0) return { ok: false, error: { type: 'PriceChanged', lines: changed } };
  const lineTotals = seen.map((line) => expectMoney(multiplyMoney(line.unitPrice, line.quantity)));
  return { ok: true, value: { total: expectMoney(sumMoney(first.unitPrice.currency, lineTotals)) } };
}

/** The same amount in the same currency. */
export function sameMoney(a: Money, b: Money): boolean {
  return a.amount === b.amount && a.currency === b.currency;
}

function expectMoney(result: ReturnType<typeof sumMoney>): Money {
  if (!result.ok) throw new RangeError(`Cart total cannot be computed: ${result.error.type}`);
  return result.value;
}
