import { isTerminal, type PaymentStatus, PRE_AUTHORIZATION_STATUSES } from './payment-status';

/** How far along a payment is; the ends rank above everything they can be reached from. */
const RANK: Readonly<Record<PaymentStatus, number>> = {
  requires_payment_method: 0,
  requires_action: 1,
  authorized: 2,
  partially_captured: 3,
  captured: 4,
  partially_refunded: 5,
  refunded: 6,
  cancelled: 7,
  failed: 7,
  expired: 7,
};

/** Statuses from which a gateway may report the payment voided or expired: nothing captured yet. */
const ABANDONABLE: readonly PaymentStatus[] = [...PRE_AUTHORIZATION_STATUSES, 'authorized'];

/**
 * Whether a status reported by a gateway webhook may replace the current one. Webhooks arrive late, twice and out
 * of order, so a status only ever moves forward: a repeat or an older status is ignored, a terminal status is never
 * left, `failed` is only possible before authorisation, and `cancelled` / `expired` only before any capture (after
 * one, the ledger decides). A gateway that sends a payment back to `requires_payment_method` after a failed
 * challenge is not followed here: read the intent instead.
 */
export function mayApplyGatewayStatus(current: PaymentStatus, incoming: PaymentStatus): boolean {
  if (isTerminal(current) || current === incoming) return false;
  if (incoming === 'failed') return PRE_AUTHORIZATION_STATUSES.includes(current);
  if (incoming === 'cancelled' || incoming === 'expired') return ABANDONABLE.includes(current);
  return RANK[incoming] > RANK[current];
}
