import { PAYMENT_STATUSES, type PaymentStatus } from '@emporium/payment-domain';
import type { BadgeTone } from '@emporium/ui';
import { apiErrorReason } from '../../lib/api-error';
import { describeProblem } from '../lib/api-problems';

const LABELS: Readonly<Record<PaymentStatus, string>> = {
  requires_payment_method: 'Awaiting payment',
  requires_action: 'Awaiting confirmation',
  authorized: 'Authorised',
  partially_captured: 'Partly captured',
  captured: 'Captured',
  partially_refunded: 'Partly refunded',
  refunded: 'Refunded',
  cancelled: 'Cancelled',
  failed: 'Failed',
  expired: 'Expired',
};

const TONES: Readonly<Record<PaymentStatus, BadgeTone>> = {
  requires_payment_method: 'neutral',
  requires_action: 'neutral',
  authorized: 'accent',
  partially_captured: 'accent',
  captured: 'success',
  partially_refunded: 'success',
  refunded: 'neutral',
  cancelled: 'neutral',
  failed: 'danger',
  expired: 'danger',
};

export function isPaymentStatus(value: string | null | undefined): value is PaymentStatus {
  return typeof value === 'string' && (PAYMENT_STATUSES as readonly string[]).includes(value);
}

/** "Authorised", "Partly refunded": a status as staff read it; an unknown one is its code with spaces. */
export function paymentStatusLabel(status: string): string {
  return isPaymentStatus(status) ? LABELS[status] : status.replace(/_/g, ' ');
}

export function paymentStatusTone(status: string): BadgeTone {
  return isPaymentStatus(status) ? TONES[status] : 'neutral';
}

/** The list's status filter: every status, after "All statuses". */
export const STATUS_FILTERS: ReadonlyArray<{ readonly value: PaymentStatus | 'all'; readonly label: string }> = [
  { value: 'all', label: 'All statuses' },
  ...PAYMENT_STATUSES.map((status) => ({ value: status, label: LABELS[status] })),
];

/** The filter the URL names, or undefined (all) for a missing or unknown one. */
export function readStatusFilter(value: string | null): PaymentStatus | undefined {
  return isPaymentStatus(value) ? value : undefined;
}

const BRANDS: Readonly<Record<string, string>> = { visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express', discover: 'Discover' };

/** "Visa ·· 4242"; null when no card is known yet. */
export function cardLabel(card: { readonly brand: string; readonly last4: string } | null): string | null {
  if (!card) return null;
  const brand = BRANDS[card.brand] ?? (card.brand === 'unknown' || card.brand === '' ? 'Card' : card.brand);
  return `${brand} ·· ${card.last4}`;
}

export interface PaymentActionState {
  readonly status: string;
  readonly needsReview: string | null;
  readonly amounts: { readonly captured: number; readonly capturable: number; readonly refundable: number };
}

/**
 * Which staff actions are worth offering, from the amounts the ledger gives: something left to capture, to refund, an
 * authorisation with nothing captured to void. The API checks again under a lock, and its refusal is shown if the
 * payment moved meanwhile. A payment held for review is refused every action until someone looks at it.
 */
export function availableActions(payment: PaymentActionState): { capture: boolean; void: boolean; refund: boolean } {
  const open = payment.needsReview === null;
  return {
    capture: open && payment.amounts.capturable > 0,
    void: open && payment.status === 'authorized' && payment.amounts.captured === 0,
    refund: open && payment.amounts.refundable > 0,
  };
}

/** Wording for the payment service's refusals whose own message needs a next step for staff. */
const REASON_PREFIXES: Readonly<Record<string, string>> = {
  VOID_AFTER_CAPTURE: 'Not voided: money was already captured, so it goes back by refund.',
  PAYMENT_STATE: 'Not allowed now.',
  PAYMENT_BUSY: 'Busy.',
  GATEWAY_REFUSED: 'The payment provider refused.',
  GATEWAY_NOT_DONE: 'The payment provider has not finished.',
  PAYMENT_NEEDS_REVIEW: 'Held for review.',
  PAYMENT_PENDING: 'No answer yet.',
};

/** Why an action on a payment failed: the server's words, after what it means for staff where that helps. */
export function paymentActionProblem(error: unknown): string {
  const reason = apiErrorReason(error);
  const message = describeProblem(error);
  const prefix = reason ? REASON_PREFIXES[reason] : undefined;
  return prefix ? `${prefix} ${message}` : message;
}
