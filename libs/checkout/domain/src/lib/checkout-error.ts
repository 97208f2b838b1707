import { type Money, toDecimalString } from '@emporium/money';

export interface OutOfStockLine {
  readonly sku: string;
  readonly requested: number;
  readonly available: number;
}

export interface PriceChangeLine {
  readonly sku: string;
  readonly was: Money;
  readonly now: Money;
}

/**
 * Why a checkout stopped, as the storefront tells the shopper. A step reports one of these with a `refused`
 * outcome; the saga keeps it as its failure, so the shopper sees why — never a silent charge at another price.
 *
 * - `OutOfStock`: the named SKUs have fewer units than asked (found by `validate` or `reserve_stock`).
 * - `PriceChanged`: re-pricing found other prices than the shopper saw; the shopper confirms the new total.
 * - `CartChanged`: the cart was edited after the attempt began (its version or contents no longer match).
 * - `TotalChanged`: the total worked out now is not the one the shopper reviewed (a rate or tax changed meanwhile).
 * - `ShippingUnavailable`: the delivery option chosen is no longer offered for this address.
 * - `CartEmpty`, `CouponInvalid`.
 * - `CardDeclined`, `AuthenticationFailed` (3-D Secure failed), `ShopperTimedOut` (3-D Secure never finished).
 * - `ServiceUnavailable`: a step kept failing to answer and the saga gave up before the point of no return.
 */
export type CheckoutError =
  | { readonly type: 'OutOfStock'; readonly lines: readonly OutOfStockLine[] }
  | { readonly type: 'PriceChanged'; readonly lines: readonly PriceChangeLine[] }
  | { readonly type: 'CartChanged' }
  | { readonly type: 'TotalChanged'; readonly was: Money; readonly now: Money }
  | { readonly type: 'ShippingUnavailable' }
  | { readonly type: 'CartEmpty' }
  | { readonly type: 'CouponInvalid'; readonly code: string; readonly reason: 'expired' | 'used_up' | 'not_applicable' | 'unknown' }
  | { readonly type: 'CardDeclined'; readonly reason: 'insufficient_funds' | 'expired_card' | 'incorrect_details' | 'generic' }
  | { readonly type: 'AuthenticationFailed' }
  | { readonly type: 'ShopperTimedOut' }
  | { readonly type: 'ServiceUnavailable' };

const DECLINES: Readonly<Record<Extract<CheckoutError, { type: 'CardDeclined' }>['reason'], string>> = {
  insufficient_funds: 'Your card was declined for insufficient funds; try another card',
  expired_card: 'Your card has expired; try another card',
  incorrect_details: 'Your card details were not accepted; check them or try another card',
  generic: 'Your card was declined; try another card or contact your bank',
};

const COUPONS: Readonly<Record<Extract<CheckoutError, { type: 'CouponInvalid' }>['reason'], string>> = {
  expired: 'has expired',
  used_up: 'has been used up',
  not_applicable: 'does not apply to this cart',
  unknown: 'is not a code we know',
};

const NOT_CHARGED = 'You have not been charged';

/** One sentence (no trailing full stop) the storefront shows. Amounts are in the currency's own decimals. */
export function describeCheckoutError(error: CheckoutError): string {
  switch (error.type) {
    case 'OutOfStock':
      return `${list(error.lines.map(outOfStockPart))}. Adjust your cart to continue; ${NOT_CHARGED.toLowerCase()}`;
    case 'PriceChanged':
      return `${list(error.lines.map(priceChangePart))}. Review the new total before you place the order; ${NOT_CHARGED.toLowerCase()}`;
    case 'CartChanged':
      return 'Your cart changed while you were checking out; review it and place the order again';
    case 'TotalChanged':
      return `The total changed from ${format(error.was)} to ${format(error.now)} since you reviewed it; review the new total before you place the order; ${NOT_CHARGED.toLowerCase()}`;
    case 'ShippingUnavailable':
      return `The delivery option you chose is no longer available for this address; choose another; ${NOT_CHARGED.toLowerCase()}`;
    case 'CartEmpty':
      return 'Your cart is empty';
    case 'CouponInvalid':
      return `The code ${error.code} ${COUPONS[error.reason]}; remove it to continue`;
    case 'CardDeclined':
      return DECLINES[error.reason];
    case 'AuthenticationFailed':
      return `Your bank could not confirm the payment; try again or use another card. ${NOT_CHARGED}`;
    case 'ShopperTimedOut':
      return `The payment was not confirmed in time, so the order was not placed. ${NOT_CHARGED}`;
    case 'ServiceUnavailable':
      return `We could not place your order just now; please try again in a moment. ${NOT_CHARGED}`;
  }
}

function outOfStockPart(line: OutOfStockLine): string {
  if (line.available <= 0) return `${line.sku} is out of stock`;
  return `Only ${line.available} of ${line.sku} ${line.available === 1 ? 'is' : 'are'} left (you asked for ${line.requested})`;
}

function priceChangePart(line: PriceChangeLine): string {
  return `The price of ${line.sku} changed from ${format(line.was)} to ${format(line.now)}`;
}

function format(value: Money): string {
  return `${toDecimalString(value)} ${value.currency}`;
}

function list(parts: readonly string[]): string {
  if (parts.length === 0) return 'Part of your cart is no longer available as it was';
  return parts.join('; ');
}
