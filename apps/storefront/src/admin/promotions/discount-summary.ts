import { amountInputValue } from '../lib/money-input';
import { percentLabel } from '../lib/percent-input';

/** Currency → minor units, as the API sends a promotion's amounts (a currency left out has none). */
export type Amounts = Readonly<Partial<Record<string, number>>>;

/** What a promotion takes off, as the API describes it (`PromotionDiscount` of the cart service). */
export type Discount =
  | { readonly kind: 'percentage'; readonly basisPoints: number }
  | { readonly kind: 'fixed_amount'; readonly per: 'order' | 'unit'; readonly amounts: Amounts }
  | { readonly kind: 'fixed_price'; readonly unitPrices: Amounts }
  | { readonly kind: 'buy_x_get_y'; readonly buy: number; readonly get: number; readonly basisPointsOff: number }
  | { readonly kind: 'free_shipping' };

export type DiscountKind = Discount['kind'];

/** "USD 5.00": the code, so two dollars never look alike, and the amount in the currency's own decimals. */
export function moneyLabel(amount: number, currency: string): string {
  return `${currency} ${amountInputValue(amount, currency)}`;
}

/** "USD 5.00 or EUR 4.50"; "no amount" when no currency has one. */
export function amountsLabel(amounts: Amounts): string {
  const entries = Object.entries(amounts).filter((entry): entry is [string, number] => typeof entry[1] === 'number');
  return entries.length === 0 ? 'no amount' : entries.map(([currency, amount]) => moneyLabel(amount, currency)).join(' or ');
}

/** The discount in a few words, as the promotions table shows it. */
export function discountSummary(discount: Discount): string {
  switch (discount.kind) {
    case 'percentage':
      return `${percentLabel(discount.basisPoints)} off`;
    case 'fixed_amount':
      return `${amountsLabel(discount.amounts)} off per ${discount.per === 'order' ? 'order' : 'item'}`;
    case 'fixed_price':
      return `${amountsLabel(discount.unitPrices)} per item`;
    case 'buy_x_get_y':
      return `Buy ${discount.buy} get ${discount.get} ${discount.basisPointsOff >= 10_000 ? 'free' : `at ${percentLabel(discount.basisPointsOff)} off`}`;
    case 'free_shipping':
      return 'Free shipping';
  }
}

export const DISCOUNT_KINDS: ReadonlyArray<{ readonly value: DiscountKind; readonly label: string; readonly hint: string }> = [
  { value: 'percentage', label: 'Percentage off', hint: 'A share of the eligible items’ price, like 10 % off.' },
  { value: 'fixed_amount', label: 'Fixed amount off', hint: 'An amount off the order, or off each eligible item.' },
  { value: 'fixed_price', label: 'Fixed price', hint: 'Eligible items sell for this price each.' },
  { value: 'buy_x_get_y', label: 'Buy X get Y', hint: 'Buy some, get more at a discount (100 % off is free).' },
  { value: 'free_shipping', label: 'Free shipping', hint: 'No shipping charge on the order.' },
];
