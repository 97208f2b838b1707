import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';

/**
 * The process's one Kysely instance over one pool. It is untyped here; each service narrows it to its own
 * schema's tables in its data-access lib (`catalogDb(db)`), so no service can name another's tables.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Database = Kysely<any>;

export interface DatabaseHandle {
  readonly db: Database;
  readonly pool: pg.Pool;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  readonly connectionString: string;
  readonly poolMax: number;
  /** Upper bound on a single statement, so a runaway query cannot hold a connection forever. */
  readonly statementTimeoutMs?: number;
  readonly applicationName?: string;
}

// int8 (bigint) and numeric come back as strings by default; our counts and minor-unit amounts fit in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export function createDatabase(options: DatabaseOptions): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolMax,
    application_name: options.applicationName ?? 'emporium',
    statement_timeout: options.statementTimeoutMs,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 10_000,
  });
  // A pooled client that errors while idle (server restart) is dropped by pg; without a listener Node would crash.
  pool.on('error', () => undefined);
  // A client lent out (say, holding a transaction while the process does other work) is no longer covered by the
  // pool's listener: without one of its own, a server that dies under it would crash the process. The query or
  // transaction in progress still fails, and the pool discards the broken client when it is released.
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = new Kysely({ dialect: new PostgresDialect({ pool }) });
  let closed = false;
  return {
    db,
    pool,
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}
