import type { Result } from './result';

/**
 * Where a payment is. Before any money is held: `requires_payment_method` → (`requires_action`, e.g. 3-D Secure) →
 * `authorized`. The money statuses after that (`authorized` … `refunded`, `cancelled`, `expired` once authorised)
 * are a function of the ledger (`statusFromLedger`); `transition` covers the events before and around it.
 */
export const PAYMENT_STATUSES = [
  'requires_payment_method',
  'requires_action',
  'authorized',
  'partially_captured',
  'captured',
  'partially_refunded',
  'refunded',
  'cancelled',
  'failed',
  'expired',
] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** Statuses nothing moves a payment out of. */
export const TERMINAL_STATUSES: ReadonlySet<PaymentStatus> = new Set(['refunded', 'cancelled', 'failed', 'expired']);

export function isTerminal(status: PaymentStatus): boolean {
  return TERMINAL_STATUSES.has(status);
}

/** Statuses in which no money is held yet: a payment here can still fail outright. */
export const PRE_AUTHORIZATION_STATUSES: readonly PaymentStatus[] = ['requires_payment_method', 'requires_action'];

/** What the gateway (or staff) does to a payment outside captures and refunds, which go through the ledger. */
export const PAYMENT_EVENTS = ['action_required', 'action_completed', 'authorized', 'failed', 'voided', 'expired'] as const;
export type PaymentEvent = (typeof PAYMENT_EVENTS)[number];

export interface TransitionRefused {
  readonly type: 'TransitionRefused';
  readonly from: PaymentStatus;
  readonly event: PaymentEvent;
}

const BEFORE_OR_AT_AUTHORIZATION: readonly PaymentStatus[] = [...PRE_AUTHORIZATION_STATUSES, 'authorized'];

export const TRANSITIONS: Readonly<Record<PaymentEvent, { readonly from: readonly PaymentStatus[]; readonly to: PaymentStatus }>> = {
  action_required: { from: ['requires_payment_method'], to: 'requires_action' },
  // The shopper finished the challenge and the gateway authorised; a failed challenge is `failed`.
  action_completed: { from: ['requires_action'], to: 'authorized' },
  authorized: { from: PRE_AUTHORIZATION_STATUSES, to: 'authorized' },
  // Once money is held, a problem is a refused capture, not a failed payment.
  failed: { from: PRE_AUTHORIZATION_STATUSES, to: 'failed' },
  // Only before any capture: captured money goes back as a refund.
  voided: { from: BEFORE_OR_AT_AUTHORIZATION, to: 'cancelled' },
  // An abandoned intent expires as well as an authorisation nobody captured in time.
  expired: { from: BEFORE_OR_AT_AUTHORIZATION, to: 'expired' },
};

/** The status after an event, or why the event does not apply to the status. */
export function transition(from: PaymentStatus, event: PaymentEvent): Result<PaymentStatus, TransitionRefused> {
  const rule = TRANSITIONS[event];
  return rule.from.includes(from) ? { ok: true, value: rule.to } : { ok: false, error: { type: 'TransitionRefused', from, event } };
}
