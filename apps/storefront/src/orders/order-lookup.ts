import { apiErrorCode, apiErrorMessage, formatWait, isNotFound, retryAfterSeconds } from '../lib/api-error';

/** What the guest typed on `/orders/lookup`: the order number from the e-mail and the address it was sent to. */
export interface OrderLookupForm {
  readonly number: string;
  readonly email: string;
}

export interface OrderLookupFieldErrors {
  readonly number?: string;
  readonly email?: string;
}

/** An order number as the e-mails write it, or its digits without the dash (`1042-9`, `10429`, `#1042-9`). */
const ORDER_NUMBER = /^#?\s*\d{2,17}$|^#?\s*\d{1,16}[\s-]\d$/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** The form's own checks before asking the shop: both fields present and roughly the right shape. */
export function checkOrderLookupForm(form: OrderLookupForm): OrderLookupFieldErrors {
  const number = form.number.trim();
  const email = form.email.trim();
  return {
    ...(!number ? { number: 'Enter the order number from your order e-mail' } : ORDER_NUMBER.test(number) ? {} : { number: 'Enter the order number as it is in your e-mail, like 1042-9' }),
    ...(!email ? { email: 'Enter the e-mail address you ordered with' } : EMAIL.test(email) ? {} : { email: 'Enter an e-mail address, like name@example.com' }),
  };
}

/** What is sent: trimmed, the e-mail in lower case (so one lookup is one cache entry whatever the typing). */
export function orderLookupQuery(form: OrderLookupForm): OrderLookupForm {
  return { number: form.number.trim(), email: form.email.trim().toLowerCase() };
}

export const ORDER_LOOKUP_NOT_FOUND =
  'We couldn’t find an order with that number and e-mail address. Check both against your order e-mail and try again. If you ordered with an account, sign in to see your orders.';

/** Why no order is shown: not found (one message whichever part was wrong), too many tries (with the wait), or trouble. */
export function orderLookupProblem(error: unknown): string {
  if (isNotFound(error)) return ORDER_LOOKUP_NOT_FOUND;
  if (apiErrorCode(error) === 'TOO_MANY_REQUESTS') {
    const wait = retryAfterSeconds(error);
    return `Too many lookups found no order. ${wait === null ? 'Please wait a while and try again.' : `Try again in ${formatWait(wait)}.`}`;
  }
  return apiErrorMessage(error);
}
