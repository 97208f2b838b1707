import { type Database, type GuessLimiter, guessLimiter } from '@emporium/platform-db';

/** Guest order lookups that find nothing, from one address, before it must wait: enough for typos, useless for walking numbers. */
export const LOOKUP_GUESS_POLICY = { points: 10, windowSeconds: 15 * 60 } as const;

/** A client's guest order lookups (number + e-mail) that matched no guest order, counted in `order.rate_limit`. */
export function orderLookupGuesses(db: Database): GuessLimiter {
  return guessLimiter(db, { schema: 'order', table: 'rate_limit', keyPrefix: 'order-lookup-guess', policy: LOOKUP_GUESS_POLICY });
}
