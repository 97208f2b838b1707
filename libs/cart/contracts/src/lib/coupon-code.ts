import { z } from 'zod';

export const MIN_COUPON_CODE_LENGTH = 3;
export const MAX_COUPON_CODE_LENGTH = 40;

/**
 * Coupon codes compare without regard to case or surrounding spaces: " save10 " is SAVE10. Everything that stores or
 * looks up a code goes through this.
 */
export function normalizeCouponCode(raw: string): string {
  return raw.trim().toUpperCase();
}

/** A code as a shopper types it: trimmed and upper-cased, then letters, digits, hyphens and underscores. */
export const couponCodeSchema = z
  .string({ error: 'Enter a code' })
  .transform(normalizeCouponCode)
  .pipe(
    z
      .string()
      .min(1, { message: 'Enter a code', abort: true })
      .max(MAX_COUPON_CODE_LENGTH, { message: `A code has at most ${MAX_COUPON_CODE_LENGTH} characters`, abort: true })
      .regex(/^[A-Z0-9_-]+$/, 'A code has only letters, digits, hyphens and underscores'),
  );

/** A code a merchant creates: as above, and at least 3 characters. */
export const newCouponCodeSchema = couponCodeSchema.pipe(
  z.string().min(MIN_COUPON_CODE_LENGTH, `A code has at least ${MIN_COUPON_CODE_LENGTH} characters`),
);
