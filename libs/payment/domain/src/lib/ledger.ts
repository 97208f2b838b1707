import type { PaymentStatus } from './payment-status';

/**
 * What happened to a payment's money, in the order it happened. Entries are only ever appended; the amounts and the
 * money status are derived from them, never stored beside them.
 */
export const LEDGER_ENTRY_KINDS = ['authorization', 'capture', 'refund', 'void', 'authorization_expired'] as const;
export type LedgerEntryKind = (typeof LEDGER_ENTRY_KINDS)[number];

export interface LedgerEntry {
  readonly kind: LedgerEntryKind;
  /**
   * Integer minor units of the payment's currency. For `void` and `authorization_expired` it is what the entry
   * released (the capturable amount at the time) and is informational: they close the authorisation whatever it says.
   */
  readonly amount: number;
  readonly at: Date;
  /** The idempotency key or gateway id of the operation, so that an entry can be matched to its attempt. */
  readonly reference: string;
  /**
   * Captures only: the gateway released the rest of the authorisation with this capture (a single-capture gateway
   * does so whenever less than the authorised amount is captured), so nothing more can be captured.
   */
  readonly final?: boolean;
}

export type Ledger = readonly LedgerEntry[];

export interface PaymentAmounts {
  readonly authorized: number;
  readonly captured: number;
  readonly refunded: number;
  /** authorized − captured while the authorisation is open; 0 once voided, expired or closed by a final capture. */
  readonly capturable: number;
  /** captured − refunded. */
  readonly refundable: number;
}

/** How the authorisation ended, if it has: voided, lapsed, or closed by a final capture. */
export type AuthorizationClosure = 'voided' | 'expired' | 'final_capture';

/** The money statuses: those that are a function of the ledger. */
export type MoneyStatus = 'authorized' | 'partially_captured' | 'captured' | 'partially_refunded' | 'refunded' | 'cancelled' | 'expired';

/** A new ledger with the entry at the end; the given one is left as it was. */
export function appendEntry(ledger: Ledger, entry: LedgerEntry): Ledger {
  assertEntry(entry);
  return [...ledger, entry];
}

/** The first way the authorisation was closed, or null while it is open (or there is none). */
export function authorizationClosure(ledger: Ledger): AuthorizationClosure | null {
  for (const entry of ledger) {
    if (entry.kind === 'void') return 'voided';
    if (entry.kind === 'authorization_expired') return 'expired';
    if (entry.kind === 'capture' && entry.final) return 'final_capture';
  }
  return null;
}

export function hasAuthorization(ledger: Ledger): boolean {
  return ledger.some((entry) => entry.kind === 'authorization');
}

/** The totals of a ledger. Throws a RangeError for an entry whose amount is not a whole number of minor units ≥ 0. */
export function amounts(ledger: Ledger): PaymentAmounts {
  let authorized = 0;
  let captured = 0;
  let refunded = 0;
  for (const entry of ledger) {
    assertEntry(entry);
    if (entry.kind === 'authorization') authorized += entry.amount;
    else if (entry.kind === 'capture') captured += entry.amount;
    else if (entry.kind === 'refund') refunded += entry.amount;
  }
  const open = authorizationClosure(ledger) === null;
  return {
    authorized,
    captured,
    refunded,
    capturable: open ? Math.max(0, authorized - captured) : 0,
    refundable: Math.max(0, captured - refunded),
  };
}

/**
 * The money status of a payment, or null before anything was authorised (then the status machine decides).
 * Refunds decide first, then captures, then how the authorisation ended:
 * - `refunded` only when nothing is left to refund nor to capture; any other refund is `partially_refunded`;
 * - `captured` once something was captured and nothing more can be (all of it, a final capture, or the rest
 *   lapsed); otherwise `partially_captured`;
 * - with nothing captured: `cancelled` after a void, `expired` after a lapse, else `authorized`.
 */
export function statusFromLedger(ledger: Ledger): MoneyStatus | null {
  if (!hasAuthorization(ledger)) return null;
  const { captured, refunded, capturable, refundable } = amounts(ledger);
  if (refunded > 0) return refundable === 0 && capturable === 0 ? 'refunded' : 'partially_refunded';
  if (captured > 0) return capturable === 0 ? 'captured' : 'partially_captured';
  const closure = authorizationClosure(ledger);
  if (closure === 'voided') return 'cancelled';
  if (closure === 'expired') return 'expired';
  return 'authorized';
}

/**
 * The payment's status: the ledger's once anything was authorised (so it can never disagree with the amounts),
 * else the status the machine recorded before authorisation (`transition`).
 */
export function paymentStatus(recorded: PaymentStatus, ledger: Ledger): PaymentStatus {
  return statusFromLedger(ledger) ?? recorded;
}

function assertEntry(entry: LedgerEntry): void {
  if (!Number.isSafeInteger(entry.amount) || entry.amount < 0) {
    throw new RangeError(`A ledger amount must be a whole number of minor units, 0 or more (got ${entry.amount} on ${entry.kind} ${entry.reference})`);
  }
}
