import { type Kysely, sql } from 'kysely';

/**
 * The counters of failed guest order lookups (order number + e-mail) per client address, in rate-limiter-flexible's
 * layout and shared by every API process, so nobody walks order numbers against an e-mail address (or the reverse).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE "order".rate_limit (
      key varchar(255) PRIMARY KEY,
      points integer NOT NULL DEFAULT 0,
      expire bigint
    );
  `.execute(db);
}
