import { apiErrorMessage, apiErrorReason, apiFieldErrors, formatWait, retryAfterSeconds } from '../lib/api-error';

/** Units the inventory still has, from an OUT_OF_STOCK refusal's details; null when it does not say. */
export function availableFromError(error: unknown): number | null {
  if (typeof error !== 'object' || error === null || !('data' in error)) return null;
  const data = error.data as { details?: { available?: unknown } } | null | undefined;
  const available = data?.details?.available;
  return typeof available === 'number' && Number.isInteger(available) ? Math.max(0, available) : null;
}

/**
 * Why the cart refused to add a product or change a quantity, in the shopper's words. The reasons are the cart
 * API's stable ones; the server's own message is written for developers and never shown.
 */
export function cartErrorMessage(error: unknown): string {
  const quantity = apiFieldErrors(error).find((problem) => problem.path === 'quantity');
  if (quantity) return quantity.message;
  switch (apiErrorReason(error)) {
    case 'VARIANT_NOT_FOUND':
      return 'This product is no longer in the shop.';
    case 'VARIANT_NOT_PURCHASABLE':
      return 'This option can’t be bought right now.';
    case 'LINE_NOT_FOUND':
      return 'This product is no longer in your cart.';
    case 'CURRENCY_NOT_AVAILABLE':
      return 'None of the products in your cart is sold in that currency.';
    case 'LINE_LIMIT_REACHED':
      return 'Your cart can’t hold any more different products. Remove one to make room.';
    case 'OUT_OF_STOCK': {
      const available = availableFromError(error);
      if (available === null) return 'We don’t have that many in stock.';
      return available === 0 ? 'Sorry, this is sold out.' : `Only ${available} left, counting any already in your cart.`;
    }
    default:
      return apiErrorMessage(error);
  }
}

/**
 * A refused coupon: the server writes these refusals for shoppers ("We don't recognise the code ABC", "This code
 * expired on 31 August"), so its message is shown as it is; anything else is described like other failures.
 */
export function couponErrorMessage(error: unknown): string {
  const field = apiFieldErrors(error).find((problem) => problem.path === 'code');
  if (field) return field.message;
  const reason = apiErrorReason(error);
  if (reason === 'COUPON_GUESSES_LIMITED') {
    const wait = retryAfterSeconds(error);
    return wait === null ? 'Too many codes tried. Please wait a while and try again.' : `Too many codes tried. Try again in ${formatWait(wait)}.`;
  }
  if ((reason === 'COUPON_NOT_FOUND' || reason === 'COUPON_NOT_APPLICABLE') && error instanceof Error && error.message) return error.message;
  return apiErrorMessage(error);
}
