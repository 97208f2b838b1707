import { currencyPlural } from '../lib/shop-currency';

/** What the shopper is told when a listing drops a price filter set in another currency than the one shown. */
export function priceFilterDroppedMessage(filterCurrency: string, shownCurrency: string): string {
  return `The price filter was in ${currencyPlural(filterCurrency)}, so it was removed: prices now show in ${currencyPlural(shownCurrency)}.`;
}
