import { type GatewayIntent, GatewayIdempotencyConflict, GatewayRejected, GatewayUnavailable } from '@emporium/payment-gateways';
import { PAYMENT_FAILURE_REASONS, type PaymentFailureReason } from '@emporium/platform-observability';

/**
 * The `reason` of `payment_failures_total` for an authorisation the gateway declined: its decline code when it is
 * one we know, else `declined_other` — the label's values stay a fixed, small set whatever a gateway sends.
 */
export function declineReason(intent: Pick<GatewayIntent, 'failure'>): PaymentFailureReason {
  const code = intent.failure?.code;
  return code !== undefined && (PAYMENT_FAILURE_REASONS as readonly string[]).includes(code) ? (code as PaymentFailureReason) : 'declined_other';
}

/** The `reason` for an authorisation call that got no decision: refused as a request, no answer, or a bug. */
export function callFailureReason(error: unknown): PaymentFailureReason {
  if (error instanceof GatewayRejected || error instanceof GatewayIdempotencyConflict) return 'gateway_refused';
  if (error instanceof GatewayUnavailable) return 'gateway_unavailable';
  return 'error';
}
