import { redeemCouponInput, releaseCouponInput } from '@emporium/cart-contracts';
import { redeemCoupon, releaseCoupon } from '@emporium/cart-data-access';
import { internalProcedure, router } from '@emporium/platform-trpc';
import { unwrap } from './promotion-errors';

/**
 * What the checkout calls (other services only): redeem a code for an order — counted atomically against every limit,
 * idempotent per code and order — and release it when the order is undone.
 */
export const couponsRouter = router({
  redeem: internalProcedure.input(redeemCouponInput).mutation(async ({ ctx, input }) => {
    const redemption = unwrap(await redeemCoupon(ctx.db, { ...input, now: new Date() }));
    return { redemptionId: redemption.redemptionId, replayed: redemption.replayed };
  }),
  release: internalProcedure.input(releaseCouponInput).mutation(async ({ ctx, input }) => {
    const release = await releaseCoupon(ctx.db, input);
    return { released: release.released, replayed: release.replayed };
  }),
});
