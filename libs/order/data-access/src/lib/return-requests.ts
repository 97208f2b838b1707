import { sql } from 'kysely';
import type { ReturnRequestLine } from '@emporium/order-domain';
import type { Database, DbTransaction } from '@emporium/platform-db';
import { orderDb } from './order.tables';

type Db = Database | DbTransaction;

export type ReturnRequestStatus = 'requested' | 'received' | 'refunded';

export interface ReturnRequest {
  readonly id: string;
  readonly orderId: string;
  readonly lines: readonly ReturnRequestLine[];
  readonly status: ReturnRequestStatus;
  /** `customer:<user id>`, `shopper`, `staff:<user id>`. */
  readonly requestedBy: string;
  /** Minor units refunded for it, once refunded. */
  readonly refundAmount: number | null;
  readonly createdAt: Date;
  readonly receivedAt: Date | null;
  readonly refundedAt: Date | null;
  readonly updatedAt: Date;
}

const COLUMNS = ['id', 'order_id', 'lines', 'status', 'requested_by', 'refund_amount', 'created_at', 'received_at', 'refunded_at', 'updated_at'] as const;

function toRequest(row: {
  id: string;
  order_id: string;
  lines: unknown;
  status: string;
  requested_by: string;
  refund_amount: string | number | null;
  created_at: Date;
  received_at: Date | null;
  refunded_at: Date | null;
  updated_at: Date;
}): ReturnRequest {
  return {
    id: row.id,
    orderId: row.order_id,
    lines: row.lines as ReturnRequestLine[],
    status: row.status as ReturnRequestStatus,
    requestedBy: row.requested_by,
    refundAmount: row.refund_amount === null ? null : Number(row.refund_amount),
    createdAt: row.created_at,
    receivedAt: row.received_at,
    refundedAt: row.refunded_at,
    updatedAt: row.updated_at,
  };
}

/** Stores a request the domain's `requestReturn` accepted (the caller holds the order's lock and writes the new counts). */
export async function createReturnRequest(
  trx: DbTransaction,
  request: { readonly orderId: string; readonly lines: readonly ReturnRequestLine[]; readonly requestedBy: string },
): Promise<ReturnRequest> {
  const row = await orderDb(trx)
    .insertInto('return_request')
    .values({ order_id: request.orderId, lines: JSON.stringify(request.lines), requested_by: request.requestedBy })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return toRequest(row);
}

/**
 * Moves a request forward: `received` (units back in stock) or `refunded` (with the amount; a request received and
 * refunded in one action gets both stamps). A request never goes back; answers null when the move is not forward.
 */
export async function updateReturnRequest(
  trx: DbTransaction,
  id: string,
  change: { readonly status: 'received' } | { readonly status: 'refunded'; readonly refundAmount: number },
): Promise<ReturnRequest | null> {
  const now = sql<Date>`now()`;
  const row = await orderDb(trx)
    .updateTable('return_request')
    .set(
      change.status === 'received'
        ? { status: 'received', received_at: now, updated_at: now }
        : { status: 'refunded', refund_amount: change.refundAmount, received_at: sql<Date>`coalesce(received_at, now())`, refunded_at: now, updated_at: now },
    )
    .where('id', '=', id)
    .where('status', 'in', change.status === 'received' ? ['requested'] : ['requested', 'received'])
    .returning(COLUMNS)
    .executeTakeFirst();
  return row ? toRequest(row) : null;
}

/** The order's return requests, oldest first. */
export async function listReturnRequests(db: Db, orderId: string): Promise<ReturnRequest[]> {
  const rows = await orderDb(db).selectFrom('return_request').select(COLUMNS).where('order_id', '=', orderId).orderBy('created_at').orderBy('id').execute();
  return rows.map(toRequest);
}
