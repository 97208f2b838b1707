import type { Database, DbTransaction } from '@emporium/platform-db';
import { orderDb } from './order.tables';

type Db = Database | DbTransaction;

export interface TimelineEntry {
  readonly id: number;
  readonly orderId: string;
  readonly at: Date;
  /** `staff:<user id>`, `customer:<user id>`, `shopper`, `service`, `job:<name>`. */
  readonly actor: string;
  /** `placed`, `cancelled`, `shipment.shipped`, `return.requested`, … (lower case, dots and underscores). */
  readonly kind: string;
  readonly details: Readonly<Record<string, unknown>>;
}

export interface NewTimelineEntry {
  readonly actor: string;
  readonly kind: string;
  readonly details?: Readonly<Record<string, unknown>>;
  /** When it happened, if not now (a carrier's event time). */
  readonly at?: Date;
}

/** Appends what happened to the order. The timeline is append-only: the database refuses to edit or delete it. */
export async function appendTimeline(db: Db, orderId: string, entry: NewTimelineEntry): Promise<TimelineEntry> {
  const row = await orderDb(db)
    .insertInto('timeline')
    .values({ order_id: orderId, actor: entry.actor, kind: entry.kind, details: JSON.stringify(entry.details ?? {}), ...(entry.at ? { at: entry.at } : {}) })
    .returning(['id', 'order_id', 'at', 'actor', 'kind', 'details'])
    .executeTakeFirstOrThrow();
  return toEntry(row);
}

/** The order's timeline in the order it was written. */
export async function listTimeline(db: Db, orderId: string): Promise<TimelineEntry[]> {
  const rows = await orderDb(db).selectFrom('timeline').select(['id', 'order_id', 'at', 'actor', 'kind', 'details']).where('order_id', '=', orderId).orderBy('id').execute();
  return rows.map(toEntry);
}

function toEntry(row: { id: string | number; order_id: string; at: Date; actor: string; kind: string; details: unknown }): TimelineEntry {
  return { id: Number(row.id), orderId: row.order_id, at: row.at, actor: row.actor, kind: row.kind, details: row.details as TimelineEntry['details'] };
}
