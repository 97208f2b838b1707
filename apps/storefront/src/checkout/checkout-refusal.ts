import { apiErrorCode, apiErrorMessage, apiFieldErrors, type ApiFieldError } from '../lib/api-error';

/** Why the checkout would not place the order, as the page shows it. */
export interface CheckoutRefusal {
  /** A sentence for the shopper. */
  readonly message: string;
  /** The cart has to change first (out of stock, a new price, a used-up code, nothing in it): offer the way back. */
  readonly backToCart: boolean;
  /** Problems with fields the shopper filled in (`shippingAddress.postalCode`, `email`). */
  readonly fieldErrors: readonly ApiFieldError[];
}

/**
 * A refused `place`: the checkout writes CONFLICT and BAD_REQUEST refusals for shoppers ("Only 2 of Linen Shirt
 * left…", "The total changed…"), so their message is shown as it is; field problems go to their fields, and anything
 * else is described like other failures, never with the server's words.
 */
export function checkoutRefusal(error: unknown): CheckoutRefusal {
  const code = apiErrorCode(error);
  const fieldErrors = code === 'BAD_REQUEST' ? apiFieldErrors(error) : [];
  const serverMessage = error instanceof Error ? error.message.trim() : '';
  if (fieldErrors.length > 0) {
    return { message: 'Some details need your attention. Check them and try again.', backToCart: false, fieldErrors };
  }
  if ((code === 'CONFLICT' || code === 'BAD_REQUEST') && serverMessage) {
    return { message: sentence(serverMessage), backToCart: true, fieldErrors };
  }
  return { message: apiErrorMessage(error), backToCart: false, fieldErrors };
}

/** The field problems of one address, by the address form's field names (`shippingAddress.city` → `city`). */
export function addressFieldErrors(errors: readonly ApiFieldError[], prefix: 'shippingAddress' | 'billingAddress'): Record<string, string> {
  const result: Record<string, string> = {};
  for (const { path, message } of errors) {
    if (path === 'email' && prefix === 'shippingAddress') result['email'] ??= message;
    if (path.startsWith(`${prefix}.`)) result[path.slice(prefix.length + 1)] ??= message;
  }
  return result;
}

/** The checkout's sentences come without a closing full stop (they are also used inside others). */
function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}
