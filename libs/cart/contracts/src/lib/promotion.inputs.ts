import { z } from 'zod';
import { couponCodeSchema, newCouponCodeSchema } from './coupon-code';
import { amountsByCurrencySchema, basisPointsSchema, idSchema } from './fields';

const wholeAtLeastOne = (what: string, max: number) =>
  z
    .number({ error: `Enter ${what}` })
    .int(`Enter a whole number`)
    .min(1, 'Enter at least 1')
    .max(max, `Enter at most ${max.toLocaleString('en-US')}`);

/**
 * What a promotion takes off; amounts per currency in minor units (a cart in a currency without an amount is not
 * eligible: nothing is converted). See `Discount` in @emporium/pricing for the rules of each kind.
 */
export const promotionDiscountSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('percentage'), basisPoints: basisPointsSchema.min(1, 'Enter at least 1 basis point') }).strict(),
    z
      .object({
        kind: z.literal('fixed_amount'),
        per: z.enum(['order', 'unit'], { error: 'Choose per order or per unit' }),
        amounts: amountsByCurrencySchema.refine((amounts) => Object.keys(amounts).length > 0, 'Enter an amount in at least one currency'),
      })
      .strict(),
    z
      .object({
        kind: z.literal('fixed_price'),
        unitPrices: amountsByCurrencySchema.refine((amounts) => Object.keys(amounts).length > 0, 'Enter a price in at least one currency'),
      })
      .strict(),
    z
      .object({
        kind: z.literal('buy_x_get_y'),
        buy: wholeAtLeastOne('how many to buy', 1000),
        get: wholeAtLeastOne('how many get the discount', 1000),
        basisPointsOff: basisPointsSchema.min(1, 'Enter at least 1 basis point'),
      })
      .strict(),
    z.object({ kind: z.literal('free_shipping') }).strict(),
  ],
  { error: 'Choose a discount kind: percentage, fixed_amount, fixed_price, buy_x_get_y or free_shipping' },
);
export type PromotionDiscountInput = z.infer<typeof promotionDiscountSchema>;

const instant = z.iso
  .datetime({ offset: true, error: 'Enter a date and time (ISO 8601 with a time zone)' })
  .transform((value) => new Date(value))
  .nullable();

export const promotionFieldsSchema = z
  .object({
    name: z.string({ error: 'Enter a name' }).trim().min(1, 'Enter a name').max(120, 'Use at most 120 characters'),
    description: z.string().trim().max(1000, 'Use at most 1,000 characters').default(''),
    trigger: z.enum(['code', 'automatic'], { error: 'Choose whether it needs a code or applies automatically' }),
    discount: promotionDiscountSchema,
    productIds: z.array(idSchema).max(500, 'At most 500 products').default([]),
    categoryIds: z.array(idSchema).max(200, 'At most 200 categories').default([]),
    minimumSubtotal: amountsByCurrencySchema.default({}),
    startsAt: instant.default(null),
    endsAt: instant.default(null),
    usageLimit: wholeAtLeastOne('a usage limit', 100_000_000).nullable().default(null),
    perCustomerLimit: wholeAtLeastOne('a limit per customer', 1_000_000).nullable().default(null),
    combinable: z.enum(['stackable', 'exclusive'], { error: 'Choose stackable or exclusive' }).default('stackable'),
    active: z.boolean().default(true),
  })
  .strict()
  .superRefine((fields, context) => {
    if (fields.startsAt && fields.endsAt && fields.endsAt.getTime() <= fields.startsAt.getTime()) {
      context.addIssue({ code: 'custom', path: ['endsAt'], message: 'The end must be after the start' });
    }
    // Redemptions are counted per code at order placement; an automatic promotion has none to count.
    if (fields.trigger === 'automatic') {
      for (const limit of ['usageLimit', 'perCustomerLimit'] as const) {
        if (fields[limit] !== null) context.addIssue({ code: 'custom', path: [limit], message: 'Automatic promotions are not counted: give it a code to limit its uses' });
      }
    }
  });
export type PromotionFieldsInput = z.input<typeof promotionFieldsSchema>;

export const createPromotionInput = promotionFieldsSchema;
export const updatePromotionInput = z.object({ id: idSchema, fields: promotionFieldsSchema }).strict();
export const promotionIdInput = z.object({ id: idSchema }).strict();
export const setPromotionActiveInput = z.object({ id: idSchema, active: z.boolean() }).strict();

export const promotionListInput = z
  .object({
    status: z.enum(['all', 'active', 'scheduled', 'expired', 'inactive']).default('all'),
    search: z.string().trim().max(100).optional(),
    limit: z.number().int().min(1).max(100).default(50),
    offset: z.number().int().min(0).max(100_000).default(0),
  })
  .strict()
  .default({ status: 'all', limit: 50, offset: 0 });

export const createCouponCodeInput = z
  .object({
    promotionId: idSchema,
    code: newCouponCodeSchema,
    /** Redemptions allowed for this code (null: only the promotion's limits apply). */
    usageLimit: wholeAtLeastOne('a usage limit', 100_000_000).nullable().default(null),
  })
  .strict();

export const MAX_BATCH_SIZE = 10_000;

/** A batch of unique single-use codes: PREFIX-XXXXXXXX with random characters that are hard to misread. */
export const generateCouponBatchInput = z
  .object({
    promotionId: idSchema,
    count: wholeAtLeastOne('how many codes', MAX_BATCH_SIZE),
    prefix: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9]{0,16}$/, 'A prefix has up to 16 letters or digits')
      .default(''),
  })
  .strict();

export const couponCodeListInput = z
  .object({
    promotionId: idSchema,
    search: z.string().trim().max(40).optional(),
    limit: z.number().int().min(1).max(200).default(50),
    offset: z.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();

export const setCouponCodeActiveInput = z.object({ id: idSchema, active: z.boolean() }).strict();
export const couponBatchIdInput = z.object({ batchId: idSchema }).strict();

/** The checkout redeems a code for an order (idempotent per code and order) and gives it back when it undoes. */
export const redeemCouponInput = z
  .object({
    code: couponCodeSchema,
    orderRef: z.string().trim().min(1).max(200),
    /** The customer's user id, or a guest's e-mail (compared lower-cased). */
    customerKey: z.string().trim().min(1).max(320).nullable().default(null),
  })
  .strict();
export const releaseCouponInput = z.object({ code: couponCodeSchema, orderRef: z.string().trim().min(1).max(200) }).strict();
