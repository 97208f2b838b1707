import type { GatewayIntent } from '@emporium/payment-gateways';
import { amounts, authorizationClosure, hasAuthorization, isTerminal, type Ledger, type LedgerEntry, mayApplyGatewayStatus, type PaymentStatus, paymentStatus } from '@emporium/payment-domain';
import type { Payment, PaymentChanges } from '@emporium/payment-data-access';

const sameCard = (a: GatewayIntent['card'], b: Payment['card']) =>
  a !== null && b !== null && a.brand === b.brand && a.last4 === b.last4 && a.expMonth === b.expMonth && a.expYear === b.expYear;

/** The money statuses a gateway reports after a capture, for telling a capture that closed the authorisation. */
const CAPTURE_CLOSED: readonly PaymentStatus[] = ['captured', 'partially_refunded', 'refunded'];

export interface IntentSync {
  /** What the intent holds beyond our ledger, referenced by `reference` (never anything that would move us backwards). */
  readonly entries: readonly LedgerEntry[];
  readonly changes: PaymentChanges;
}

/**
 * What an intent read from the gateway (a webhook's snapshot, a confirm's answer) means for our payment: the money it
 * shows beyond the ledger becomes entries (an older snapshot shows less and adds nothing), and the status, card,
 * decline and challenge follow it only forward (a direct answer to our own call may also send it back to payable).
 * Pure: the caller locks the payment, appends and updates.
 */
export function syncFromIntent(
  payment: Payment,
  ledger: Ledger,
  intent: GatewayIntent,
  reference: string,
  at: Date,
  /** A direct answer to our own call is current, so it may also move back (a failed challenge → pay again); a webhook may be stale. */
  source: 'answer' | 'webhook' = 'webhook',
): IntentSync {
  const ours = amounts(ledger);
  const entries: LedgerEntry[] = [];
  const authorized = intent.amountAuthorized - ours.authorized;
  const captured = intent.amountCaptured - ours.captured;
  const refunded = intent.amountRefunded - ours.refunded;
  if (authorized > 0) entries.push({ kind: 'authorization', amount: authorized, at, reference });
  if (captured > 0) {
    const final = CAPTURE_CLOSED.includes(intent.status) && intent.amountCaptured < intent.amountAuthorized;
    entries.push({ kind: 'capture', amount: captured, at, reference, ...(final ? { final: true } : {}) });
  }
  if (refunded > 0) entries.push({ kind: 'refund', amount: refunded, at, reference });
  const after = [...ledger, ...entries];
  if (intent.status === 'cancelled' && hasAuthorization(after) && authorizationClosure(after) === null && amounts(after).captured === 0) {
    entries.push({ kind: 'void', amount: amounts(after).capturable, at, reference });
  }

  const ledgerAfter = [...ledger, ...entries];
  const moneyStatus = paymentStatus(payment.status, ledgerAfter);
  // Before any authorisation the gateway's word decides (a challenge, a decline), but only forward. A declined card
  // leaves the payment payable with another one, as Stripe does: the decline is kept beside it, not a final state.
  const incoming = intent.status === 'failed' ? 'requires_payment_method' : intent.status;
  const preAuthorization = source === 'answer' || mayApplyGatewayStatus(payment.status, incoming) ? incoming : payment.status;
  const status = hasAuthorization(ledgerAfter) ? moneyStatus : isTerminal(payment.status) ? payment.status : preAuthorization;
  const declined = !hasAuthorization(ledgerAfter) && intent.status === 'failed' && intent.failure;
  const changes: PaymentChanges = {
    ...(status !== payment.status ? { status } : {}),
    // The card last tried (a declined one is replaced by the one that paid); a webhook may be stale, so it only fills a gap.
    ...(intent.card && (source === 'answer' ? !sameCard(intent.card, payment.card) : !payment.card) ? { card: intent.card } : {}),
    ...(declined ? { failure: intent.failure } : hasAuthorization(ledgerAfter) && payment.failure ? { failure: null } : {}),
    ...(status === 'requires_action' ? { nextAction: intent.nextAction } : payment.nextAction ? { nextAction: null } : {}),
    ...(hasAuthorization(ledgerAfter) && !payment.authorizedAt ? { authorizedAt: ledgerAfter.find((entry) => entry.kind === 'authorization')?.at ?? at } : {}),
  };
  return { entries, changes };
}
