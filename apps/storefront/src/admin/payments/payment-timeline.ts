import { formatMoney } from '@emporium/ui';

type Instant = string | Date;

export interface TimelineLedgerEntry {
  readonly kind: string;
  readonly amount: number;
  readonly at: Instant;
  readonly reference: string;
  readonly final: boolean;
  readonly reason: string | null;
  readonly gatewayRef: string | null;
}

export interface TimelineAttempt {
  readonly operation: string;
  readonly sequence: number;
  readonly idempotencyKey: string;
  readonly amount: number | null;
  readonly reason: string | null;
  readonly outcome: string;
  readonly error: string | null;
  readonly actor: string;
  readonly createdAt: Instant;
  readonly settledAt: Instant | null;
}

export interface TimelineEvent {
  readonly eventId: string;
  readonly type: string;
  readonly receivedAt: Instant;
}

/** One line of a payment's timeline: what happened, when, and the details staff check against the gateway. */
export interface TimelineItem {
  readonly key: string;
  readonly source: 'ledger' | 'attempt' | 'event';
  readonly at: string;
  readonly title: string;
  readonly details: readonly string[];
  /** The key the attempt was sent to the gateway with, shown as code so it can be searched for there. */
  readonly idempotencyKey?: string;
  /** An attempt's outcome, for its colour. */
  readonly outcome?: string;
}

const OPERATIONS: Readonly<Record<string, string>> = {
  create: 'Intent creation',
  authorize: 'Authorisation',
  confirm: 'Confirmation',
  capture: 'Capture',
  void: 'Void',
  refund: 'Refund',
};

const OUTCOMES: Readonly<Record<string, string>> = { pending: 'pending', succeeded: 'succeeded', failed: 'failed', unknown: 'outcome unknown' };

/** "Captured $20.00", "Voided (released $30.00)": a ledger entry as staff read it. */
export function ledgerLabel(entry: Pick<TimelineLedgerEntry, 'kind' | 'amount' | 'final'>, currency: string): string {
  const money = formatMoney(entry.amount, currency);
  switch (entry.kind) {
    case 'authorization':
      return `Authorised ${money}`;
    case 'capture':
      return entry.final ? `Captured ${money}, the rest released` : `Captured ${money}`;
    case 'refund':
      return `Refunded ${money}`;
    case 'void':
      return `Voided (released ${money})`;
    case 'authorization_expired':
      return `Authorisation expired (released ${money})`;
    default:
      return `${entry.kind.replace(/_/g, ' ')} ${money}`;
  }
}

/** "Capture attempt 1 — succeeded (staff:…)". */
export function attemptLabel(attempt: Pick<TimelineAttempt, 'operation' | 'sequence' | 'outcome' | 'actor'>): string {
  const operation = OPERATIONS[attempt.operation] ?? attempt.operation;
  return `${operation} attempt ${attempt.sequence} — ${OUTCOMES[attempt.outcome] ?? attempt.outcome} (${attempt.actor})`;
}

const time = (value: Instant) => new Date(value).getTime();
const iso = (value: Instant) => new Date(value).toISOString();

// At the same instant, an outcome is listed above the attempt that led to it, and the gateway's event above both.
const SOURCE_ORDER: Readonly<Record<TimelineItem['source'], number>> = { event: 0, ledger: 1, attempt: 2 };

/**
 * The ledger, the attempts and the gateway's events of one payment as one list, newest first. Amounts are in the
 * payment's currency; an attempt is placed when it was made (its settling time is among its details).
 */
export function paymentTimeline(
  payment: { readonly ledger: readonly TimelineLedgerEntry[]; readonly attempts: readonly TimelineAttempt[]; readonly events: readonly TimelineEvent[] },
  currency: string,
): TimelineItem[] {
  const items: TimelineItem[] = [
    ...payment.ledger.map((entry, index) => ({
      key: `ledger:${index}:${entry.kind}:${entry.reference}`,
      source: 'ledger' as const,
      at: iso(entry.at),
      title: ledgerLabel(entry, currency),
      details: [entry.reason ? `Reason: ${entry.reason}` : null, entry.gatewayRef ? `Gateway reference ${entry.gatewayRef}` : null].filter((line): line is string => line !== null),
    })),
    ...payment.attempts.map((attempt) => ({
      key: `attempt:${attempt.idempotencyKey}`,
      source: 'attempt' as const,
      at: iso(attempt.createdAt),
      title: attemptLabel(attempt),
      details: [
        attempt.amount !== null ? `Amount ${formatMoney(attempt.amount, currency)}` : null,
        attempt.reason ? `Reason: ${attempt.reason}` : null,
        attempt.error ? `Error: ${attempt.error}` : null,
      ].filter((line): line is string => line !== null),
      idempotencyKey: attempt.idempotencyKey,
      outcome: attempt.outcome,
    })),
    ...payment.events.map((event) => ({
      key: `event:${event.eventId}`,
      source: 'event' as const,
      at: iso(event.receivedAt),
      title: `Gateway event ${event.type}`,
      details: [`Event ${event.eventId}`],
    })),
  ];
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => time(b.item.at) - time(a.item.at) || SOURCE_ORDER[a.item.source] - SOURCE_ORDER[b.item.source] || b.index - a.index)
    .map(({ item }) => item);
}
