import { amounts } from '@emporium/payment-domain';
import { listAttempts, listWebhookEvents, loadLedger, type Payment, type StoredAttempt } from '@emporium/payment-data-access';
import type { Database } from '@emporium/platform-db';

const DECLINE_MESSAGES: Readonly<Record<string, string>> = {
  card_declined: 'Your card was declined. Try another card, or ask your bank why.',
  insufficient_funds: 'Your card has insufficient funds. Try another card.',
  authentication_failed: 'Your bank could not verify the payment. Try again, or use another card.',
  expired_card: 'Your card has expired. Try another card.',
  incorrect_cvc: 'The security code does not match the card. Check it and try again.',
  processing_error: 'The payment could not be processed. Try again in a moment.',
};

/** The sentence a shopper reads for a decline code (never the gateway's raw text). */
export function declineMessage(code: string): string {
  return DECLINE_MESSAGES[code] ?? DECLINE_MESSAGES['card_declined'] ?? '';
}

const unsettled = (outcome: string) => outcome === 'pending' || outcome === 'unknown';

/** What the shopper paying sees: the amount, where it stands, the card's brand and last digits, a decline, a challenge. */
export async function customerView(db: Database, payment: Payment, known?: readonly StoredAttempt[]) {
  const attempts = known ?? (await listAttempts(db, payment.id));
  return {
    id: payment.id,
    reference: payment.reference,
    status: payment.status,
    amount: { amount: payment.amount, currency: payment.currency },
    card: payment.card ? { brand: payment.card.brand, last4: payment.card.last4 } : null,
    decline: payment.failure && payment.status === 'requires_payment_method' ? { code: payment.failure.code, message: declineMessage(payment.failure.code) } : null,
    nextAction: payment.status === 'requires_action' ? payment.nextAction : null,
    /** A call's outcome is still being settled: show "processing" and ask again shortly. */
    processing: attempts.some((attempt) => unsettled(attempt.outcome)),
  };
}

/** What staff see: the payment, its amounts, the ledger, every attempt and every gateway event. */
export async function staffView(db: Database, payment: Payment) {
  const [ledger, attempts, events] = await Promise.all([loadLedger(db, payment.id), listAttempts(db, payment.id), listWebhookEvents(db, payment.id)]);
  return {
    id: payment.id,
    reference: payment.reference,
    gateway: payment.gateway,
    intentId: payment.intentId,
    status: payment.status,
    amount: { amount: payment.amount, currency: payment.currency },
    amounts: amounts(ledger),
    card: payment.card,
    failure: payment.failure,
    needsReview: payment.needsReview,
    customerId: payment.customerId,
    authorizedAt: payment.authorizedAt,
    createdAt: payment.createdAt,
    updatedAt: payment.updatedAt,
    ledger: ledger.map((entry) => ({
      kind: entry.kind,
      amount: entry.amount,
      at: entry.at,
      reference: entry.reference,
      final: entry.final ?? false,
      reason: entry.reason,
      gatewayRef: entry.gatewayRef,
    })),
    attempts: attempts.map((attempt) => ({
      id: attempt.id,
      operation: attempt.operation,
      sequence: attempt.sequence,
      idempotencyKey: attempt.idempotencyKey,
      amount: attempt.amount ?? null,
      reason: attempt.reason,
      outcome: attempt.outcome,
      error: attempt.error,
      actor: attempt.actor,
      createdAt: attempt.createdAt,
      settledAt: attempt.settledAt,
    })),
    events,
  };
}
