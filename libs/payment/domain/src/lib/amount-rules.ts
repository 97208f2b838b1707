import { type CurrencyCode, parseCurrencyCode } from '@emporium/money';
import { amounts, authorizationClosure, hasAuthorization, type Ledger } from './ledger';
import type { PaymentError } from './payment-error';
import type { Result } from './result';

/** The largest amount of one payment, in minor units: a sanity bound against typos and unit mistakes. */
export const MAX_PAYMENT_AMOUNT = 99_999_999_99;

type AmountError = Extract<PaymentError, { type: 'InvalidAmount' | 'AmountAboveMaximum' }>;

/** A new payment's amount: a whole number of minor units above zero and at most `max`. */
export function checkAmount(amount: number, options: { readonly max?: number; readonly field?: string } = {}): Result<number, AmountError> {
  const { max = MAX_PAYMENT_AMOUNT, field = 'amount' } = options;
  if (!isPositiveInteger(amount)) return refuse({ type: 'InvalidAmount', field, amount });
  if (amount > max) return refuse({ type: 'AmountAboveMaximum', field, maximum: max, requested: amount });
  return { ok: true, value: amount };
}

/** The currency a request names must be the payment's; case and surrounding spaces are forgiven. */
export function checkCurrency(expected: CurrencyCode, given: string): Result<CurrencyCode, Extract<PaymentError, { type: 'CurrencyMismatch' }>> {
  return parseCurrencyCode(given) === expected ? { ok: true, value: expected } : refuse({ type: 'CurrencyMismatch', field: 'currency', expected, given });
}

/**
 * Whether `amount` may be captured now. The amount's shape is checked first (a malformed request is refused as
 * such whatever the payment's state), then that an authorisation exists and is still open, then that enough of it
 * is left. The ledger is never changed: append the capture once the gateway has confirmed it.
 */
export function checkCapture(ledger: Ledger, amount: number): Result<number, PaymentError> {
  if (!isPositiveInteger(amount)) return refuse({ type: 'InvalidAmount', field: 'amount', amount });
  if (!hasAuthorization(ledger)) return refuse({ type: 'NotAuthorized', field: 'payment' });
  const closure = authorizationClosure(ledger);
  if (closure) return refuse({ type: 'AuthorizationClosed', field: 'payment', closure });
  const { capturable } = amounts(ledger);
  if (amount > capturable) return refuse({ type: 'AmountAboveCapturable', field: 'amount', capturable, requested: amount });
  return { ok: true, value: amount };
}

/** Whether `amount` may be refunded now: at most what was captured and not yet refunded. */
export function checkRefund(ledger: Ledger, amount: number): Result<number, PaymentError> {
  if (!isPositiveInteger(amount)) return refuse({ type: 'InvalidAmount', field: 'amount', amount });
  const { refundable } = amounts(ledger);
  if (amount > refundable) return refuse({ type: 'AmountAboveRefundable', field: 'amount', refundable, requested: amount });
  return { ok: true, value: amount };
}

/**
 * Whether the authorisation may be voided now: it exists, is open and nothing was captured. The value is the
 * amount the void releases (the amount of its ledger entry). Cancelling a payment that was never authorised is
 * `transition(status, 'voided')`.
 */
export function checkVoid(ledger: Ledger): Result<number, PaymentError> {
  if (!hasAuthorization(ledger)) return refuse({ type: 'NotAuthorized', field: 'payment' });
  const { captured, capturable } = amounts(ledger);
  if (captured > 0) return refuse({ type: 'VoidAfterCapture', field: 'payment', captured });
  const closure = authorizationClosure(ledger);
  if (closure) return refuse({ type: 'AuthorizationClosed', field: 'payment', closure });
  return { ok: true, value: capturable };
}

function isPositiveInteger(amount: number): boolean {
  return Number.isSafeInteger(amount) && amount > 0;
}

function refuse<E>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}
