import type { Database, DbTransaction } from '@emporium/platform-db';
import { orderDb } from './order.tables';

type Db = Database | DbTransaction;

/** A staff note on an order (never shown to the customer). */
export interface OrderNote {
  readonly id: string;
  readonly orderId: string;
  /** `staff:<user id>`. */
  readonly author: string;
  /** 1–2000 characters. */
  readonly body: string;
  readonly createdAt: Date;
}

const COLUMNS = ['id', 'order_id', 'author', 'body', 'created_at'] as const;

const toNote = (row: { id: string; order_id: string; author: string; body: string; created_at: Date }): OrderNote => ({
  id: row.id,
  orderId: row.order_id,
  author: row.author,
  body: row.body,
  createdAt: row.created_at,
});

export async function addNote(db: Db, note: { readonly orderId: string; readonly author: string; readonly body: string }): Promise<OrderNote> {
  const row = await orderDb(db).insertInto('note').values({ order_id: note.orderId, author: note.author, body: note.body }).returning(COLUMNS).executeTakeFirstOrThrow();
  return toNote(row);
}

/** The order's notes, oldest first. */
export async function listNotes(db: Db, orderId: string): Promise<OrderNote[]> {
  const rows = await orderDb(db).selectFrom('note').select(COLUMNS).where('order_id', '=', orderId).orderBy('created_at').orderBy('id').execute();
  return rows.map(toNote);
}
