import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Database } from '@emporium/platform-db';

/** Where a message is: waiting for the worker, handed to SMTP, kept in the dev mailbox, or given up on. */
export type MailStatus = 'queued' | 'sent' | 'kept' | 'failed';

type Defaulted<T> = ColumnType<T, T | undefined, T>;

export interface MessageTable {
  id: Generated<string>;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  /** What kind of mail it is, e.g. `user.password-reset`; for the mailbox page and for metrics, never rendered. */
  template: string;
  status: Defaulted<MailStatus>;
  /** Failed delivery attempts (a successful one does not count). */
  attempts: Defaulted<number>;
  last_error: string | null;
  created_at: ColumnType<Date, never, never>;
  delivered_at: ColumnType<Date | null, never, Date | null>;
}

export interface MailTables {
  message: MessageTable;
}

/** The process's untyped handle (or a transaction on it) narrowed to the `mail` schema. */
export function mailDb(db: Database): Kysely<MailTables> {
  return db.withSchema('mail') as Kysely<MailTables>;
}
