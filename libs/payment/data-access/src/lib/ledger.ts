import type { Ledger, LedgerEntry } from '@emporium/payment-domain';
import type { Database, DbTransaction } from '@emporium/platform-db';
import { paymentDb } from './payment.tables';

type Db = Database | DbTransaction;

/** A ledger entry as stored, with what staff see beside the domain's fields. */
export interface StoredLedgerEntry extends LedgerEntry {
  readonly reason: string | null;
  readonly gatewayRef: string | null;
  readonly recordedAt: Date;
}

/** The payment's ledger, in the order the money moved. */
export async function loadLedger(db: Db, paymentId: string): Promise<StoredLedgerEntry[]> {
  const rows = await paymentDb(db)
    .selectFrom('ledger_entry')
    .select(['kind', 'amount', 'reference', 'final', 'reason', 'gateway_ref', 'at', 'recorded_at'])
    .where('payment_id', '=', paymentId)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    kind: row.kind as LedgerEntry['kind'],
    amount: Number(row.amount),
    at: row.at,
    reference: row.reference,
    ...(row.final ? { final: true } : {}),
    reason: row.reason,
    gatewayRef: row.gateway_ref,
    recordedAt: row.recorded_at,
  }));
}

/**
 * Appends entries (in order). An entry already recorded — same payment, kind and reference — is skipped, so applying
 * the same effect twice (an answer and its webhook, a second reconciliation) records it once.
 */
export async function appendLedger(
  trx: DbTransaction,
  paymentId: string,
  entries: readonly (LedgerEntry & { readonly reason?: string | null; readonly gatewayRef?: string | null })[],
): Promise<void> {
  for (const entry of entries) {
    await paymentDb(trx)
      .insertInto('ledger_entry')
      .values({
        payment_id: paymentId,
        kind: entry.kind,
        amount: entry.amount,
        reference: entry.reference,
        final: entry.final ?? false,
        reason: entry.reason ?? null,
        gateway_ref: entry.gatewayRef ?? null,
        at: entry.at,
      })
      .onConflict((conflict) => conflict.columns(['payment_id', 'kind', 'reference']).doNothing())
      .execute();
  }
}

export type { Ledger };
