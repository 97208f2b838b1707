import { type Selectable, sql } from 'kysely';
import type { Database } from '@emporium/platform-db';
import { mailDb, type MailStatus, type MessageTable } from './mail.tables';

/** A message as the staff mailbox lists it. */
export interface MailSummary {
  readonly id: string;
  readonly to: string;
  readonly subject: string;
  readonly template: string;
  readonly status: MailStatus;
  readonly createdAt: Date;
}

/** One message in full, as the staff mailbox shows it. */
export interface MailDetail extends MailSummary {
  readonly text: string;
  readonly html: string | null;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly deliveredAt: Date | null;
}

export interface ListMailOptions {
  /** 1–100. */
  readonly limit: number;
  /** `nextCursor` of the previous page. */
  readonly cursor?: string;
  /** Part of the recipient's address, any case. */
  readonly recipient?: string;
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** PostgreSQL keeps microseconds and a JS Date only milliseconds: the cursor carries the database's own text. */
const CURSOR_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

interface MailCursor {
  readonly createdAt: string;
  readonly id: string;
}

/** Opaque to clients, like the catalog's (ADR 0005): base64url JSON of the last row's `[created_at, id]`. */
function encodeCursor(cursor: MailCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id]), 'utf8').toString('base64url');
}

function decodeCursor(encoded: string): MailCursor | null {
  if (!/^[A-Za-z0-9_-]+$/.test(encoded)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [createdAt, id] = value as unknown[];
    if (typeof createdAt !== 'string' || !CURSOR_TIME_PATTERN.test(createdAt) || typeof id !== 'string' || !UUID_PATTERN.test(id)) return null;
    return { createdAt, id };
  } catch {
    return null;
  }
}

/** `%`, `_` and `\` are LIKE wildcards; someone searching for `a_b@` means the characters. */
function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

type SummaryRow = Pick<Selectable<MessageTable>, 'id' | 'recipient' | 'subject' | 'template' | 'status' | 'created_at'>;

function toSummary(row: SummaryRow): MailSummary {
  return { id: row.id, to: row.recipient, subject: row.subject, template: row.template, status: row.status, createdAt: row.created_at };
}

/** Messages newest first, one keyset page at a time, optionally only those whose recipient contains `recipient`. */
export async function listMail(db: Database, options: ListMailOptions): Promise<{ items: MailSummary[]; nextCursor: string | null }> {
  if (!Number.isInteger(options.limit) || options.limit < 1 || options.limit > 100) throw new RangeError('limit must be an integer from 1 to 100');
  const after = options.cursor === undefined ? null : decodeCursor(options.cursor);
  if (options.cursor !== undefined && after === null) throw new RangeError('The cursor is not one this mailbox listing produced');
  let query = mailDb(db)
    .selectFrom('message')
    .select(['id', 'recipient', 'subject', 'template', 'status', 'created_at'])
    .select(sql<string>`to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('cursor_at'))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit + 1);
  if (after) query = query.where(sql<boolean>`(created_at, id) < (${after.createdAt}::timestamptz, ${after.id}::uuid)`);
  const recipient = options.recipient?.trim();
  if (recipient) query = query.where(sql<boolean>`lower(recipient) LIKE ${containsPattern(recipient)}`);
  const rows = await query.execute();
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    items: page.map(toSummary),
    nextCursor: rows.length > options.limit && last ? encodeCursor({ createdAt: last.cursor_at, id: last.id }) : null,
  };
}

/** One message, or null when there is none with that id (an id that is not a uuid included). */
export async function getMail(db: Database, id: string): Promise<MailDetail | null> {
  if (!UUID_PATTERN.test(id)) return null;
  const row = await mailDb(db).selectFrom('message').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  return {
    ...toSummary(row),
    text: row.text_body,
    html: row.html_body,
    attempts: row.attempts,
    lastError: row.last_error,
    deliveredAt: row.delivered_at,
  };
}
