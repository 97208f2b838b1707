import type { GatewayIntent } from '@emporium/payment-gateways';
import { type Attempt, hasAuthorization, type Ledger, type LedgerEntry, type PaymentOperation, reconcileDecision } from '@emporium/payment-domain';
import { appendLedger, loadLedger, lockPayment, type Payment, settleAttempt, type StoredAttempt, updatePayment } from '@emporium/payment-data-access';
import { type DbTransaction, inTransaction } from '@emporium/platform-db';
import { syncFromIntent } from './intent-sync';
import type { PaymentDeps } from './payment-deps';
import { publishChange } from './payment-events';

/** Where an intent came from: the answer to our call, a read-back (`retrieve`), or a webhook's snapshot. */
export type IntentSource = 'answer' | 'retrieve' | 'webhook';

export type Settlement = 'succeeded' | 'failed' | 'action_required' | 'needs_review' | 'already_settled' | 'left_pending';

function domainAttempt(attempt: StoredAttempt): Attempt {
  return {
    id: attempt.id,
    operation: attempt.operation as PaymentOperation,
    sequence: attempt.sequence,
    idempotencyKey: attempt.idempotencyKey,
    ...(attempt.amount === undefined ? {} : { amount: attempt.amount }),
    outcome: attempt.outcome,
  };
}

/**
 * Applies the intent's status, card, decline and challenge to the payment and announces the change. `ledger` is the
 * ledger as it now stands: the one read under the payment's lock plus what was just appended.
 */
async function follow(deps: PaymentDeps, trx: DbTransaction, payment: Payment, intent: GatewayIntent, ledger: Ledger, reference: string, source: IntentSource, moneyMoved: boolean) {
  const sync = syncFromIntent(payment, ledger, intent, reference, new Date(), source === 'webhook' ? 'webhook' : 'answer');
  await updatePayment(trx, payment.id, { intentId: intent.id, ...sync.changes });
  const status = sync.changes.status ?? payment.status;
  const declined = sync.changes.failure !== undefined && sync.changes.failure !== null && !hasAuthorization(ledger);
  await publishChange(deps, trx, payment, { status, declined, moneyMoved }, ledger);
}

/**
 * Settles one attempt from the intent the gateway showed for it, under the payment's lock. Money operations go
 * through the domain's `reconcileDecision`: what the gateway holds beyond the ledger is what the attempt did, recorded
 * under the attempt's key (so an answer, its webhook and a later reconciliation record it once). A webhook may only
 * settle an attempt as done — an older snapshot cannot prove a call in flight failed. A confirm after a challenge
 * records whatever the intent now holds.
 */
export async function settleFromIntent(
  deps: PaymentDeps,
  paymentId: string,
  attempt: StoredAttempt,
  intent: GatewayIntent,
  source: IntentSource,
  extra: { readonly refundId?: string } = {},
): Promise<Settlement> {
  return inTransaction(deps.db, async (trx) => {
    const payment = await lockPayment(trx, paymentId);
    if (!payment) throw new Error(`payment ${paymentId} vanished`);
    return settleLocked(deps, trx, payment, attempt, intent, source, extra);
  });
}

/** `settleFromIntent` inside the caller's transaction, the payment already locked (a webhook's). */
export async function settleLocked(
  deps: PaymentDeps,
  trx: DbTransaction,
  payment: Payment,
  attempt: StoredAttempt,
  intent: GatewayIntent,
  source: IntentSource,
  extra: { readonly refundId?: string } = {},
): Promise<Settlement> {
  {
    const now = new Date();
    if (attempt.operation === 'create') {
      await updatePayment(trx, payment.id, { intentId: intent.id });
      await settleAttempt(trx, attempt.id, 'succeeded');
      return 'succeeded';
    }
    if (attempt.operation === 'confirm') {
      const ledger = await loadLedger(trx, payment.id);
      const sync = syncFromIntent(payment, ledger, intent, attempt.idempotencyKey, now, source === 'webhook' ? 'webhook' : 'answer');
      if (source === 'webhook' && sync.entries.length === 0) return 'left_pending';
      await appendLedger(trx, payment.id, sync.entries);
      await settleAttempt(trx, attempt.id, 'succeeded');
      await follow(deps, trx, payment, intent, [...ledger, ...sync.entries], attempt.idempotencyKey, source, sync.entries.length > 0);
      return 'succeeded';
    }
    const ledger = await loadLedger(trx, payment.id);
    const decision = reconcileDecision(domainAttempt(attempt), intent, ledger, now);
    if (source === 'webhook' && decision.type !== 'succeeded') return 'left_pending';
    let entries: LedgerEntry[] = [];
    switch (decision.type) {
      case 'succeeded':
        entries = decision.entries.map((entry) => ({
          ...entry,
          ...(entry.kind === 'refund' ? { reason: attempt.reason, gatewayRef: extra.refundId ?? null } : {}),
        }));
        await appendLedger(trx, payment.id, entries);
        await settleAttempt(trx, attempt.id, 'succeeded');
        break;
      case 'failed':
        await settleAttempt(trx, attempt.id, 'failed', intent.failure?.message ?? `not done at the gateway (the intent is ${intent.status})`);
        break;
      case 'action_required':
        // The call worked: it produced a challenge. What the shopper does there arrives by confirm or webhook.
        await settleAttempt(trx, attempt.id, 'succeeded');
        break;
      case 'needs_review':
        await settleAttempt(trx, attempt.id, 'unknown', decision.reason);
        await updatePayment(trx, payment.id, { needsReview: decision.reason });
        deps.logger.error({ paymentId: payment.id, attempt: attempt.idempotencyKey, reason: decision.reason }, 'payment needs review: the gateway and the ledger disagree');
        return 'needs_review';
    }
    await follow(deps, trx, payment, intent, [...ledger, ...entries], attempt.idempotencyKey, source, entries.length > 0);
    return decision.type;
  }
}

/** Follows a webhook's intent when no call of ours is in flight: what it shows beyond the ledger, referenced by the event. */
export async function followWebhook(deps: PaymentDeps, trx: DbTransaction, payment: Payment, intent: GatewayIntent, eventId: string, occurredAt: Date): Promise<void> {
  const ledger = await loadLedger(trx, payment.id);
  const sync = syncFromIntent(payment, ledger, intent, eventId, occurredAt, 'webhook');
  await appendLedger(trx, payment.id, sync.entries);
  await follow(deps, trx, payment, intent, [...ledger, ...sync.entries], eventId, 'webhook', sync.entries.length > 0);
}
