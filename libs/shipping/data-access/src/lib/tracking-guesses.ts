import { type Database, type GuessLimiter, guessLimiter } from '@emporium/platform-db';

/** Lookups that find nothing, from one address, before it must wait: plenty for typos, useless for walking numbers. */
export const TRACKING_GUESS_POLICY = { points: 30, windowSeconds: 15 * 60 } as const;

/** A client's public tracking lookups that matched no parcel (or not its postcode), counted in `shipping.rate_limit`. */
export function trackingGuesses(db: Database): GuessLimiter {
  return guessLimiter(db, { schema: 'shipping', table: 'rate_limit', keyPrefix: 'tracking-guess', policy: TRACKING_GUESS_POLICY });
}
