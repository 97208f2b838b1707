import type { Database } from '@emporium/platform-db';
import { sql } from 'kysely';

/**
 * The checkout's hard zeros, across every attempt in the database: no live order without an authorised or captured
 * payment, no such payment without its live order, no stock still held, no attempt left half-done.
 */
export async function halfDoneCounts(db: Database): Promise<{ orphan_orders: number; orphan_payments: number; held: number; unfinished: number }> {
  const { rows } = await sql<{ orphan_orders: number; orphan_payments: number; held: number; unfinished: number }>`
    SELECT
      (SELECT count(*)::int FROM "order".orders o WHERE o.cancelled_at IS NULL AND NOT EXISTS (
        SELECT 1 FROM payment.payment p WHERE p.id = o.payment_id AND p.status IN ('authorized', 'partially_captured', 'captured'))) AS orphan_orders,
      (SELECT count(*)::int FROM payment.payment p WHERE p.status IN ('authorized', 'partially_captured', 'captured') AND NOT EXISTS (
        SELECT 1 FROM "order".orders o WHERE o.payment_id = p.id AND o.cancelled_at IS NULL)) AS orphan_payments,
      (SELECT count(*)::int FROM inventory.reservation WHERE status = 'active') AS held,
      (SELECT count(*)::int FROM storefront.checkout_attempt WHERE status NOT IN ('completed', 'failed')) AS unfinished`.execute(db);
  return rows[0] ?? { orphan_orders: -1, orphan_payments: -1, held: -1, unfinished: -1 };
}

export const NOTHING_HALF_DONE = { orphan_orders: 0, orphan_payments: 0, held: 0, unfinished: 0 };
