import { type Kysely, sql } from 'kysely';

/**
 * A calling service's own key for a money operation (the order service capturing at fulfilment, refunding a return):
 * the same key twice is the same request, so a retried call never captures or refunds twice.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE payment.attempt ADD COLUMN request_key text UNIQUE CHECK (length(request_key) BETWEEN 1 AND 200);
  `.execute(db);
}
