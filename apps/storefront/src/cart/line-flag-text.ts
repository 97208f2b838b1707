import { currencyPlural } from '../lib/shop-currency';
import { type Money, money } from './money';

/** A line's flag as the cart API sends it (cart-domain's LineFlag), with the reason left open to new values. */
export type LineFlagFacts =
  | { readonly type: 'price_changed'; readonly from: Money; readonly to: Money }
  | { readonly type: 'unavailable'; readonly reason: string }
  | { readonly type: 'insufficient_stock'; readonly available: number };

/**
 * What a flagged line tells the shopper, in the cart's currency: the price they added it at has changed, it can no
 * longer be bought, or fewer are left than they want. Every flag asks for a step before checkout, so each sentence
 * says which.
 */
export function lineFlagMessage(flag: LineFlagFacts, cartCurrency: string): string {
  switch (flag.type) {
    case 'price_changed':
      return `Price changed from ${money(flag.from)} to ${money(flag.to)}`;
    case 'unavailable':
      return flag.reason === 'no_price_in_currency'
        ? `Not sold in ${currencyPlural(cartCurrency)} any more — remove it`
        : 'No longer available — remove it';
    case 'insufficient_stock':
      return flag.available <= 0 ? 'Sold out — remove it' : `Only ${flag.available} left`;
  }
}

/** The quantity to offer a line that wants more than is left; null when nothing is left to offer. */
export function quantityLeft(flag: LineFlagFacts): number | null {
  return flag.type === 'insufficient_stock' && flag.available > 0 ? flag.available : null;
}
