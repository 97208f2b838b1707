import { CompiledQuery } from 'kysely';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import type { Database } from './database';

/** How many misses a client may make in a window before it must wait for the window to pass. */
export interface GuessPolicy {
  readonly points: number;
  readonly windowSeconds: number;
}

export interface GuessLimiterOptions {
  /** The service's schema and its table in rate-limiter-flexible's layout: `key varchar(255) PRIMARY KEY, points integer, expire bigint`. */
  readonly schema: string;
  readonly table: string;
  /** Keeps one limiter's keys apart from another's in a shared table. */
  readonly keyPrefix: string;
  readonly policy: GuessPolicy;
}

/**
 * rate-limiter-flexible's Postgres store expects a node-postgres pool; this runs its statements through Kysely on the
 * service's own database handle (so its pool limits and shutdown apply).
 */
export function rateLimitStore(db: Database) {
  return {
    query: async (query: { text: string; values?: unknown[] }) => {
      const result = await db.executeQuery(CompiledQuery.raw(query.text, query.values ?? []));
      return { rows: result.rows, rowCount: result.numAffectedRows !== undefined ? Number(result.numAffectedRows) : result.rows.length };
    },
  };
}

/**
 * Counts a client's misses at something guessable (a coupon code, a tracking number with its postcode), so nobody
 * walks through the space from one address. Only misses count: a hit is an answer the client was entitled to. The
 * counters live in a table of the calling service's schema, shared by every API process.
 */
export class GuessLimiter {
  private readonly limiter: RateLimiterPostgres;

  constructor(
    db: Database,
    private readonly options: GuessLimiterOptions,
  ) {
    this.limiter = new RateLimiterPostgres({
      storeClient: rateLimitStore(db),
      storeType: 'pool',
      schemaName: options.schema,
      tableName: options.table,
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: options.keyPrefix,
      points: options.policy.points,
      duration: options.policy.windowSeconds,
    });
  }

  /** Seconds this client must wait before guessing again, or 0. */
  async waitSeconds(client: string): Promise<number> {
    const state = await this.limiter.get(client);
    return state && state.consumedPoints >= this.options.policy.points ? Math.max(1, Math.ceil(state.msBeforeNext / 1000)) : 0;
  }

  async recordMiss(client: string): Promise<void> {
    await this.limiter.penalty(client);
  }
}

/** One limiter per database handle and key prefix (a limiter holds nothing beyond its configuration). */
const limiters = new WeakMap<Database, Map<string, GuessLimiter>>();

export function guessLimiter(db: Database, options: GuessLimiterOptions): GuessLimiter {
  let byPrefix = limiters.get(db);
  if (!byPrefix) limiters.set(db, (byPrefix = new Map()));
  let limiter = byPrefix.get(options.keyPrefix);
  if (!limiter) byPrefix.set(options.keyPrefix, (limiter = new GuessLimiter(db, options)));
  return limiter;
}
