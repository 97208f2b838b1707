import { type CurrencyCode, isCurrencyCode, toDecimalString } from '@emporium/money';
import type { TransitionRefused } from './payment-status';

/**
 * Every expected refusal of the payment rules. Each names the `field` of the request it is about (`payment` when it
 * is the payment's state, not a value the caller sent) so an API can point at it.
 *
 * - `InvalidAmount`: not a whole number of minor units above zero.
 * - `AmountAboveMaximum`: more than a payment may be (`MAX_PAYMENT_AMOUNT`).
 * - `CurrencyMismatch`: the currency is not the payment's (or not a currency code at all).
 * - `NotAuthorized`: nothing was authorised, so there is nothing to capture or void.
 * - `AuthorizationClosed`: the authorisation was voided, lapsed or closed by a final capture.
 * - `AmountAboveCapturable` / `AmountAboveRefundable`: more than is left.
 * - `VoidAfterCapture`: money was captured; it goes back by refund, not void.
 */
export type PaymentError =
  | { readonly type: 'InvalidAmount'; readonly field: string; readonly amount: number }
  | { readonly type: 'AmountAboveMaximum'; readonly field: string; readonly maximum: number; readonly requested: number }
  | { readonly type: 'CurrencyMismatch'; readonly field: 'currency'; readonly expected: CurrencyCode; readonly given: string }
  | { readonly type: 'NotAuthorized'; readonly field: 'payment' }
  | { readonly type: 'AuthorizationClosed'; readonly field: 'payment'; readonly closure: 'voided' | 'expired' | 'final_capture' }
  | { readonly type: 'AmountAboveCapturable'; readonly field: string; readonly capturable: number; readonly requested: number }
  | { readonly type: 'AmountAboveRefundable'; readonly field: string; readonly refundable: number; readonly requested: number }
  | { readonly type: 'VoidAfterCapture'; readonly field: 'payment'; readonly captured: number }
  | TransitionRefused;

const CLOSURES = { voided: 'was cancelled', expired: 'has expired', final_capture: 'was closed by its final capture' } as const;

const STATUSES: Readonly<Record<TransitionRefused['from'], string>> = {
  requires_payment_method: 'waiting for a payment method',
  requires_action: 'waiting for the shopper to confirm it',
  authorized: 'authorised',
  partially_captured: 'partly captured',
  captured: 'captured',
  partially_refunded: 'partly refunded',
  refunded: 'refunded',
  cancelled: 'cancelled',
  failed: 'failed',
  expired: 'expired',
};

const EVENTS: Readonly<Record<TransitionRefused['event'], string>> = {
  action_required: 'be sent for further action',
  action_completed: 'complete an action',
  authorized: 'be authorised',
  failed: 'fail',
  voided: 'be cancelled',
  expired: 'expire',
};

/**
 * One English sentence (no trailing full stop) per refusal, for a shopper or staff member. Amounts are in the
 * currency's own decimals when `currency` is given, else in minor units.
 */
export function describePaymentError(error: PaymentError, currency?: string): string {
  const amount = (minor: number) => formatAmount(minor, currency);
  switch (error.type) {
    case 'InvalidAmount':
      return `The ${error.field} must be a whole number of minor units above zero (got ${error.amount})`;
    case 'AmountAboveMaximum':
      return `The ${error.field} of ${amount(error.requested)} is above the largest payment we take, ${amount(error.maximum)}`;
    case 'CurrencyMismatch':
      return `This payment is in ${error.expected}, not "${error.given}"`;
    case 'NotAuthorized':
      return 'Nothing has been authorised on this payment yet';
    case 'AuthorizationClosed':
      return `The authorisation on this payment ${CLOSURES[error.closure]}, so nothing more can be captured or cancelled`;
    case 'AmountAboveCapturable':
      return error.capturable === 0
        ? `Nothing is left to capture on this payment (asked for ${amount(error.requested)})`
        : `Only ${amount(error.capturable)} can still be captured on this payment (asked for ${amount(error.requested)})`;
    case 'AmountAboveRefundable':
      return error.refundable === 0
        ? `Nothing is left to refund on this payment (asked for ${amount(error.requested)})`
        : `Only ${amount(error.refundable)} can still be refunded on this payment (asked for ${amount(error.requested)})`;
    case 'VoidAfterCapture':
      return `${amount(error.captured)} has already been captured on this payment, so it cannot be cancelled; refund it instead`;
    case 'TransitionRefused':
      return `A payment that is ${STATUSES[error.from]} cannot ${EVENTS[error.event]}`;
  }
}

function formatAmount(minor: number, currency: string | undefined): string {
  if (currency === undefined || !isCurrencyCode(currency) || !Number.isSafeInteger(minor)) return `${minor} minor units`;
  return `${toDecimalString({ amount: minor, currency })} ${currency}`;
}
