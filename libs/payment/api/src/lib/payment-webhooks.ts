import type { GatewayEvent } from '@emporium/payment-gateways';
import { listAttempts, lockPaymentByIntent, recordWebhookEvent } from '@emporium/payment-data-access';
import { inTransaction } from '@emporium/platform-db';
import type { PaymentDeps } from './payment-deps';
import { gatewayFor } from './payment-gateways';
import { followWebhook, settleLocked } from './payment-recording';

export const PAYMENT_WEBHOOK_PATH = '/webhooks/payment/:gateway';

export interface PaymentWebhookDelivery {
  /** The route's `:gateway` (`test-gateway`, `stripe`). */
  readonly slug: string;
  readonly headers: Headers;
  readonly rawBody: string;
  readonly now: Date;
}

/**
 * A gateway's webhook delivery. Signature and timestamp (≤ 5 minutes) first: a refusal is 400 and nothing is written.
 * Then each event in one transaction with its effect: the event row (a redelivery finds it and changes nothing), the
 * payment locked by its intent, and what the intent shows — only forward. While a call of ours is in flight on the
 * payment, the event can settle that call as done, never as failed (its snapshot may predate the call).
 */
export async function receivePaymentWebhook(deps: PaymentDeps, delivery: PaymentWebhookDelivery): Promise<{ status: number; body: unknown }> {
  const gateway = gatewayFor(deps.config, delivery.slug);
  if (!gateway) return { status: 404, body: { error: 'unknown_gateway' } };
  const parsed = gateway.parseWebhook({ headers: delivery.headers, rawBody: delivery.rawBody, now: delivery.now });
  if (!parsed.ok) {
    deps.logger.warn({ gateway: gateway.code, reason: parsed.reason }, 'payment webhook refused');
    return { status: 400, body: { error: parsed.reason } };
  }
  let applied = 0;
  for (const event of parsed.events) if (await applyEvent(deps, gateway.code, event)) applied++;
  return { status: 200, body: { received: parsed.events.length, applied } };
}

async function applyEvent(deps: PaymentDeps, gateway: string, event: GatewayEvent): Promise<boolean> {
  return inTransaction(deps.db, async (trx) => {
    const payment = await lockPaymentByIntent(trx, gateway, event.intent.id);
    const fresh = await recordWebhookEvent(trx, { gateway, eventId: event.id, type: event.type, paymentId: payment?.id ?? null });
    if (!fresh || !payment) return false;
    const inFlight = (await listAttempts(trx, payment.id)).findLast((attempt) => attempt.operation !== 'create' && (attempt.outcome === 'pending' || attempt.outcome === 'unknown'));
    if (inFlight) await settleLocked(deps, trx, payment, inFlight, event.intent, 'webhook');
    else await followWebhook(deps, trx, payment, event.intent, event.id, event.occurredAt);
    return true;
  });
}
