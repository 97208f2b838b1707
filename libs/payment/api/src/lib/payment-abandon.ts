import { GatewayRejected } from '@emporium/payment-gateways';
import { PRE_AUTHORIZATION_STATUSES } from '@emporium/payment-domain';
import { getPayment, lockPayment, updatePayment } from '@emporium/payment-data-access';
import { inTransaction } from '@emporium/platform-db';
import { paymentBusy, paymentNotFound, paymentPending } from './payment-errors';
import type { PaymentDeps } from './payment-deps';
import { gatewayOf, perform } from './payment-operations';
import { reconcilePayment } from './payment-reconciliation';

/**
 * The checkout gives a payment up (its order was never placed): an authorisation is voided, a payment still waiting
 * for a card or a challenge is cancelled at the gateway too — so a challenge finished later can no longer authorise
 * it — and one already cancelled, failed or expired is left as it is. Safe to ask again.
 */
export async function abandonPayment(deps: PaymentDeps, paymentId: string, actor: string): Promise<void> {
  const { state } = await reconcilePayment(deps, paymentId, { includeInFlight: true });
  if (state === 'busy') throw paymentBusy(paymentId);
  if (state === 'unreachable') throw paymentPending(paymentId);
  const payment = await getPayment(deps.db, paymentId);
  if (!payment) throw paymentNotFound(paymentId);
  if (payment.status === 'authorized') {
    await perform(deps, paymentId, { operation: 'void' }, actor);
    return;
  }
  if (!PRE_AUTHORIZATION_STATUSES.includes(payment.status)) return;
  if (payment.intentId) {
    try {
      await gatewayOf(deps, payment).void({ idempotencyKey: `${paymentId}:abandon`, intentId: payment.intentId });
    } catch (error) {
      // Refused: the intent is already closed at the gateway (cancelled, or it never got that far).
      if (!(error instanceof GatewayRejected)) throw paymentPending(paymentId);
    }
  }
  await inTransaction(deps.db, async (trx) => {
    const locked = await lockPayment(trx, paymentId);
    if (locked && PRE_AUTHORIZATION_STATUSES.includes(locked.status)) await updatePayment(trx, paymentId, { status: 'cancelled', nextAction: null });
  });
}
