import type { DbTransaction } from '@emporium/platform-db';
import { paymentDb } from './payment.tables';

/**
 * Records a gateway event in the transaction that applies it; false when it was recorded before (a redelivery), in
 * which case the caller applies nothing.
 */
export async function recordWebhookEvent(trx: DbTransaction, event: { gateway: string; eventId: string; type: string; paymentId: string | null }): Promise<boolean> {
  const inserted = await paymentDb(trx)
    .insertInto('webhook_event')
    .values({ gateway: event.gateway, event_id: event.eventId, type: event.type, payment_id: event.paymentId })
    .onConflict((conflict) => conflict.columns(['gateway', 'event_id']).doNothing())
    .returning('event_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** The events received for a payment, oldest first (for the timeline). */
export async function listWebhookEvents(trx: DbTransaction | Parameters<typeof paymentDb>[0], paymentId: string): Promise<Array<{ eventId: string; type: string; receivedAt: Date }>> {
  const rows = await paymentDb(trx).selectFrom('webhook_event').select(['event_id', 'type', 'received_at']).where('payment_id', '=', paymentId).orderBy('received_at').execute();
  return rows.map((row) => ({ eventId: row.event_id, type: row.type, receivedAt: row.received_at }));
}
