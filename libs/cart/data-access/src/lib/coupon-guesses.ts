import { CompiledQuery } from 'kysely';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import type { Database } from '@emporium/platform-db';

/** Codes that do not exist, tried from one address, before it must wait: generous for typos, useless for guessing. */
export const COUPON_GUESS_POLICY = { points: 20, windowSeconds: 15 * 60 } as const;

/**
 * Counts a client's tries of codes that do not exist, so nobody walks through code space from one address. The
 * counters live in `cart.rate_limit`, shared by every process; only unknown codes count (a real code that does not
 * apply to the cart is a shopper's question, not a guess).
 */
export class CouponGuesses {
  private readonly limiter: RateLimiterPostgres;

  constructor(db: Database) {
    const storeClient = {
      query: async (query: { text: string; values?: unknown[] }) => {
        const result = await db.executeQuery(CompiledQuery.raw(query.text, query.values ?? []));
        return { rows: result.rows, rowCount: result.numAffectedRows !== undefined ? Number(result.numAffectedRows) : result.rows.length };
      },
    };
    this.limiter = new RateLimiterPostgres({
      storeClient,
      storeType: 'pool',
      schemaName: 'cart',
      tableName: 'rate_limit',
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: 'coupon-guess',
      points: COUPON_GUESS_POLICY.points,
      duration: COUPON_GUESS_POLICY.windowSeconds,
    });
  }

  /** Seconds this address must wait before trying another code, or 0. */
  async waitSeconds(address: string): Promise<number> {
    const state = await this.limiter.get(address);
    return state && state.consumedPoints >= COUPON_GUESS_POLICY.points ? Math.max(1, Math.ceil(state.msBeforeNext / 1000)) : 0;
  }

  async recordUnknownCode(address: string): Promise<void> {
    await this.limiter.penalty(address);
  }
}

const perDatabase = new WeakMap<Database, CouponGuesses>();

/** One limiter per database handle (it holds no state beyond its configuration). */
export function couponGuesses(db: Database): CouponGuesses {
  let guesses = perDatabase.get(db);
  if (!guesses) perDatabase.set(db, (guesses = new CouponGuesses(db)));
  return guesses;
}
