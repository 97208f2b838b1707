import { stringify } from 'csv-stringify/sync';
import {
  couponBatchIdInput,
  couponCodeListInput,
  createCouponCodeInput,
  createPromotionInput,
  generateCouponBatchInput,
  promotionIdInput,
  promotionListInput,
  setCouponCodeActiveInput,
  setPromotionActiveInput,
  updatePromotionInput,
} from '@emporium/cart-contracts';
import {
  batchCodes,
  createCouponCode,
  createPromotion,
  generateCouponBatch,
  getPromotion,
  listCouponBatches,
  listCouponCodes,
  listPromotions,
  setCouponCodeActive,
  setPromotionActive,
  updatePromotion,
} from '@emporium/cart-data-access';
import { router, staffProcedure } from '@emporium/platform-trpc';
import { pricingStaffWrite } from './pricing-writes';
import { promotionError, unwrap } from './promotion-errors';
import { couponBatchOutput, couponCodeOutput, promotionOutput } from './promotion-output';

/** Staff run promotions: their rules, their coupon codes, and batches of single-use codes to hand out. */
export const promotionsAdminRouter = router({
  list: staffProcedure.input(promotionListInput).query(async ({ ctx, input }) => {
    const page = await listPromotions(ctx.db, input);
    return { rows: page.rows.map(promotionOutput), total: page.total };
  }),
  get: staffProcedure.input(promotionIdInput).query(async ({ ctx, input }) => {
    const promotion = await getPromotion(ctx.db, input.id);
    if (!promotion) throw promotionError({ type: 'UnknownPromotion', promotionId: input.id });
    return promotionOutput(promotion);
  }),
  create: pricingStaffWrite.input(createPromotionInput).mutation(async ({ ctx, input }) => promotionOutput(await createPromotion(ctx.db, input))),
  /** Replaces every field. */
  update: pricingStaffWrite.input(updatePromotionInput).mutation(async ({ ctx, input }) => promotionOutput(unwrap(await updatePromotion(ctx.db, input.id, input.fields)))),
  setActive: pricingStaffWrite
    .input(setPromotionActiveInput)
    .mutation(async ({ ctx, input }) => promotionOutput(unwrap(await setPromotionActive(ctx.db, input.id, input.active)))),

  codes: router({
    list: staffProcedure.input(couponCodeListInput).query(async ({ ctx, input }) => {
      const page = unwrap(await listCouponCodes(ctx.db, input));
      return { rows: page.rows.map(couponCodeOutput), total: page.total };
    }),
    create: staffProcedure.input(createCouponCodeInput).mutation(async ({ ctx, input }) => couponCodeOutput(unwrap(await createCouponCode(ctx.db, input)))),
    setActive: staffProcedure
      .input(setCouponCodeActiveInput)
      .mutation(async ({ ctx, input }) => couponCodeOutput(unwrap(await setCouponCodeActive(ctx.db, input.id, input.active)))),
    /** The batches of a promotion, newest first (their codes are listed with the others, or exported). */
    batches: staffProcedure.input(promotionIdInput).query(async ({ ctx, input }) => {
      if (!(await getPromotion(ctx.db, input.id))) throw promotionError({ type: 'UnknownPromotion', promotionId: input.id });
      return (await listCouponBatches(ctx.db, input.id)).map(couponBatchOutput);
    }),
    /** Up to 10,000 unique single-use codes at once; export them to hand them out. */
    generateBatch: staffProcedure
      .input(generateCouponBatchInput)
      .mutation(async ({ ctx, input }) => couponBatchOutput(unwrap(await generateCouponBatch(ctx.db, input)))),
    /** A batch's codes as CSV (code, used, active), for a mail merge or a print shop. */
    exportBatch: staffProcedure.input(couponBatchIdInput).query(async ({ ctx, input }) => {
      const { batch, codes } = unwrap(await batchCodes(ctx.db, input.batchId));
      const csv = stringify(
        codes.map((code) => [code.code, code.usedCount, code.active ? 'true' : 'false']),
        { header: true, columns: ['code', 'used', 'active'] },
      );
      const day = batch.createdAt.toISOString().slice(0, 10);
      return { filename: `coupons-${batch.prefix ? `${batch.prefix}-` : ''}${day}-${batch.id.slice(0, 8)}.csv`, csv };
    }),
  }),
});
