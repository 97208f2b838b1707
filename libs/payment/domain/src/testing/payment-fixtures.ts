import type { Attempt } from '../lib/attempt';
import { idempotencyKey, type PaymentOperation } from '../lib/idempotency';
import type { LedgerEntry } from '../lib/ledger';

/** Spec builders; not exported from the lib. */
const START = Date.UTC(2026, 10, 26, 9);

/** `hours` after a fixed morning, so specs never read the clock. */
export const at = (hours = 0): Date => new Date(START + hours * 60 * 60 * 1000);

const entry = (kind: LedgerEntry['kind']) => (amount: number, reference = `${kind}-${amount}`, extra: Partial<LedgerEntry> = {}): LedgerEntry => ({
  kind,
  amount,
  at: at(),
  reference,
  ...extra,
});

export const authorization = entry('authorization');
export const capture = entry('capture');
export const refund = entry('refund');
export const voidEntry = entry('void');
export const lapse = entry('authorization_expired');

export function attempt(operation: PaymentOperation, sequence: number, outcome: Attempt['outcome'], amount?: number): Attempt {
  return {
    id: `att-${operation}-${sequence}`,
    operation,
    sequence,
    idempotencyKey: idempotencyKey('pay_1', operation, sequence),
    ...(amount === undefined ? {} : { amount }),
    outcome,
  };
}
