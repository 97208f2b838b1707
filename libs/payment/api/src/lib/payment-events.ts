import { amounts, type Ledger, type PaymentStatus } from '@emporium/payment-domain';
import type { Payment } from '@emporium/payment-data-access';
import type { DbTransaction } from '@emporium/platform-db';
import type { PaymentDeps } from './payment-deps';

/** Events the payment service publishes for the checkout and the order service. */
export const PAYMENT_EVENTS = {
  authorized: 'payment.authorized',
  captured: 'payment.captured',
  refunded: 'payment.refunded',
  voided: 'payment.voided',
  expired: 'payment.expired',
  actionRequired: 'payment.action_required',
  declined: 'payment.declined',
} as const;

export interface PaymentStatusChanged {
  readonly paymentId: string;
  readonly reference: string;
  readonly status: PaymentStatus;
  readonly currency: string;
  readonly amount: number;
  readonly authorized: number;
  readonly captured: number;
  readonly refunded: number;
}

const EVENT_FOR: Partial<Record<PaymentStatus, string>> = {
  authorized: PAYMENT_EVENTS.authorized,
  partially_captured: PAYMENT_EVENTS.captured,
  captured: PAYMENT_EVENTS.captured,
  partially_refunded: PAYMENT_EVENTS.refunded,
  refunded: PAYMENT_EVENTS.refunded,
  cancelled: PAYMENT_EVENTS.voided,
  expired: PAYMENT_EVENTS.expired,
  requires_action: PAYMENT_EVENTS.actionRequired,
};

/**
 * Announces what changed, in the transaction that recorded it: the new status's event, or `payment.declined` when a
 * card was refused (the payment stays payable), or nothing. A further refund or capture of the same status is
 * announced again (the amounts say how far it went).
 */
export async function publishChange(
  deps: PaymentDeps,
  trx: DbTransaction,
  before: Payment,
  after: { status: PaymentStatus; declined: boolean; moneyMoved: boolean },
  ledger: Ledger,
): Promise<void> {
  const type = after.declined ? PAYMENT_EVENTS.declined : after.status !== before.status || after.moneyMoved ? EVENT_FOR[after.status] : undefined;
  if (!type) return;
  const totals = amounts(ledger);
  const payload: PaymentStatusChanged = {
    paymentId: before.id,
    reference: before.reference,
    status: after.status,
    currency: before.currency,
    amount: before.amount,
    authorized: totals.authorized,
    captured: totals.captured,
    refunded: totals.refunded,
  };
  await deps.events.publish(trx, type, payload);
}
