import { type Database, type GuessLimiter, guessLimiter } from '@emporium/platform-db';

/** Codes that do not exist, tried from one address, before it must wait: generous for typos, useless for guessing. */
export const COUPON_GUESS_POLICY = { points: 20, windowSeconds: 15 * 60 } as const;

/**
 * A client's tries of codes that do not exist, counted in `cart.rate_limit`. Only unknown codes count: a real code
 * that does not apply to the cart is a shopper's question, not a guess.
 */
export function couponGuesses(db: Database): GuessLimiter {
  return guessLimiter(db, { schema: 'cart', table: 'rate_limit', keyPrefix: 'coupon-guess', policy: COUPON_GUESS_POLICY });
}
