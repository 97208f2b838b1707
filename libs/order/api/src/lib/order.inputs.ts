import { z } from 'zod';
import { type CurrencyCode, isCurrencyCode } from '@emporium/money';
import { ORDER_STATUSES } from '@emporium/order-domain';

const text = (max: number, error: string) => z.string({ error }).trim().min(1, error).max(max, `Use at most ${max} characters`);
const optionalText = (max: number) => z.string().trim().max(max, `Use at most ${max} characters`).optional();
const id = z.uuid({ error: 'Not a valid id' });
const minor = z.number({ error: 'Enter an amount in minor units' }).int('Use whole minor units').min(0, 'Enter 0 or more').max(Number.MAX_SAFE_INTEGER);
const quantity = z.number({ error: 'Enter a quantity' }).int('Enter a whole quantity').min(1, 'Enter at least 1').max(1_000_000, 'Enter at most 1,000,000');
const lineId = text(100, 'Enter the line id');

/** As the user service's address book and the shipping service take them: the same limits and messages. */
export const addressSchema = z.object({
  name: text(120, 'Enter a name'),
  line1: text(200, 'Enter the street address'),
  line2: optionalText(200),
  city: text(120, 'Enter a city'),
  region: optionalText(60),
  postalCode: text(20, 'Enter a postcode'),
  country: z.string({ error: 'Choose a country' }).trim().toUpperCase().regex(/^[A-Z]{2}$/, 'Use a two-letter country code, like US'),
  phone: optionalText(40),
});
export type AddressInput = z.infer<typeof addressSchema>;

const currency = z
  .string()
  .refine(isCurrencyCode, 'Use a three-letter ISO 4217 currency code, like USD')
  .transform((value) => value as CurrencyCode);
const money = z.object({ amount: minor, currency }).strict();
const discountKind = z.enum(['fixed_price', 'buy_x_get_y', 'percentage', 'fixed_amount', 'free_shipping']);
const basisPoints = z.number().int().min(0).max(100_000);

const snapshotLine = z
  .object({
    lineId,
    productId: text(200, 'Enter the product id'),
    sku: text(100, 'Enter the SKU'),
    title: text(500, 'Enter the title'),
    options: z.array(z.object({ name: text(100, 'Enter the option name'), value: text(200, 'Enter the option value') }).strict()).max(20).readonly(),
    quantity,
    unitPrice: money,
    subtotal: money,
    discounts: z.array(z.object({ code: text(100, 'Enter the code'), kind: discountKind, amount: money }).strict()).max(20).readonly(),
    discount: money,
    total: money,
    taxes: z.array(z.object({ basisPoints, taxableBase: money, tax: money }).strict()).max(10).readonly(),
    tax: money,
  })
  .strict();

/** The order-domain `OrderSnapshot`, checked for shape: one currency throughout, integer minor units, sums that hold. */
export const snapshotSchema = z
  .object({
    currency,
    taxMode: z.enum(['inclusive', 'exclusive']),
    lines: z.array(snapshotLine).min(1, 'An order needs at least one line').max(200).readonly(),
    shipping: z
      .object({ method: z.object({ id: text(200, 'Enter the method id'), name: text(200, 'Enter the method name') }).strict().nullable(), charge: money, discount: money, tax: money })
      .strict(),
    discounts: z.array(z.object({ code: text(100, 'Enter the code'), kind: discountKind, amount: money, shipping: money }).strict()).max(20).readonly(),
    taxes: z.array(z.object({ basisPoints, taxableBase: money, tax: money }).strict()).max(20).readonly(),
    totals: z.object({ subtotal: money, discountTotal: money, shipping: money, taxTotal: money, total: money }).strict(),
  })
  .strict()
  .superRefine((snapshot, ctx) => {
    const amounts: { path: (string | number)[]; currency: string }[] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
      else if (value && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        if (typeof record['amount'] === 'number' && typeof record['currency'] === 'string') amounts.push({ path, currency: record['currency'] });
        else for (const [key, item] of Object.entries(record)) walk(item, [...path, key]);
      }
    };
    walk(snapshot, []);
    for (const amount of amounts) {
      if (amount.currency !== snapshot.currency) ctx.addIssue({ code: 'custom', path: [...amount.path, 'currency'], message: `Every amount must be in ${snapshot.currency}` });
    }
    snapshot.lines.forEach((line, index) => {
      if (line.subtotal.amount !== line.unitPrice.amount * line.quantity) ctx.addIssue({ code: 'custom', path: ['lines', index, 'subtotal'], message: 'The subtotal must be unit price × quantity' });
      if (line.discount.amount > line.subtotal.amount || line.total.amount !== line.subtotal.amount - line.discount.amount) {
        ctx.addIssue({ code: 'custom', path: ['lines', index, 'total'], message: 'The total must be the subtotal less the discount' });
      }
    });
    if (new Set(snapshot.lines.map((line) => line.lineId)).size !== snapshot.lines.length) ctx.addIssue({ code: 'custom', path: ['lines'], message: 'Each line id once' });
    const { subtotal, discountTotal, shipping, taxTotal, total } = snapshot.totals;
    const expected = subtotal.amount - discountTotal.amount + shipping.amount + (snapshot.taxMode === 'exclusive' ? taxTotal.amount : 0);
    if (total.amount !== expected) ctx.addIssue({ code: 'custom', path: ['totals', 'total'], message: `The total must be ${expected} (subtotal − discounts + shipping${snapshot.taxMode === 'exclusive' ? ' + tax' : ''})` });
  });

/** For the checkout saga only (internal): the exact contract of ADR 0018. */
export const createOrderInput = z
  .object({
    checkoutAttempt: z.string().min(1).max(200),
    customerId: id.nullable(),
    email: z.string().trim().toLowerCase().min(3).max(320).email('Enter a valid e-mail address'),
    shippingAddress: addressSchema.strict().nullable(),
    billingAddress: addressSchema.strict(),
    snapshot: snapshotSchema,
    paymentId: id,
    reservationId: id.nullable(),
    accessToken: z.string().min(32).max(128),
  })
  .strict();
export type CreateOrderInput = z.infer<typeof createOrderInput>;

export const checkoutAttemptInput = z.object({ checkoutAttempt: z.string().min(1).max(200) }).strict();
export const orderIdInput = z.object({ orderId: id });

const accessToken = z.string({ error: 'Enter the access token' }).min(32, 'Not a valid access token').max(128, 'Not a valid access token');
export const guestOrderInput = z.object({ orderId: id, accessToken });

/** A guest order's number as typed (with or without the dash; `parseOrderNumber` decides) and the e-mail it was placed with. */
const orderNumber = z.string({ error: 'Enter the order number' }).trim().min(1, 'Enter the order number').max(40, 'Not a valid order number');
const lookupEmail = z.string({ error: 'Enter the e-mail address' }).trim().toLowerCase().min(1, 'Enter the e-mail address').max(320, 'Use at most 320 characters');
export const guestLookupInput = z.object({ number: orderNumber, email: lookupEmail });

/**
 * A guest's credential for a change: the order's id with its access token, or (after a lookup) its number with its
 * e-mail address. Both fields of one of them; the other pair is ignored.
 */
const guestCredential = { orderId: id.optional(), accessToken: accessToken.optional(), number: orderNumber.optional(), email: lookupEmail.optional() };
const hasCredential = (input: { orderId?: string; accessToken?: string; number?: string; email?: string }) =>
  (input.orderId !== undefined && input.accessToken !== undefined) || (input.number !== undefined && input.email !== undefined);
const CREDENTIAL_MISSING = { message: 'Give the order id with its access token, or the order number with its e-mail address', path: ['accessToken'] };
export const guestChangeInput = z.object(guestCredential).refine(hasCredential, CREDENTIAL_MISSING);
export type GuestCredential = { orderId?: string; accessToken?: string; number?: string; email?: string };

const returnLines = z
  .array(
    z.object({
      lineId,
      quantity,
      reason: z.enum(['damaged', 'wrong_item', 'not_as_described', 'changed_mind', 'other'], { error: 'Choose a reason' }),
      note: optionalText(500),
    }),
  )
  .min(1, 'Choose at least one line to return')
  .max(200);
export const requestReturnInput = z.object({ orderId: id, lines: returnLines });
export const guestRequestReturnInput = z.object({ ...guestCredential, lines: returnLines }).refine(hasCredential, CREDENTIAL_MISSING);

export const pageInput = z.object({ page: z.number().int().min(1).max(10_000).default(1), pageSize: z.number().int().min(1).max(100).default(20) });

export const adminListInput = z
  .object({
    search: z.string().trim().min(1).max(320).optional(),
    status: z.enum(ORDER_STATUSES).optional(),
    from: z.coerce.date().optional(),
    to: z.coerce.date().optional(),
    customerId: id.optional(),
    minTotal: minor.optional(),
    maxTotal: minor.optional(),
    page: z.number().int().min(1).max(10_000).default(1),
    pageSize: z.number().int().min(1).max(100).default(25),
  })
  .strict();

export const addNoteInput = z.object({ orderId: id, body: text(2000, 'Write the note') }).strict();

export const fulfilInput = z
  .object({
    orderId: id,
    /** The whole order (every unit not yet fulfilled) when absent. */
    lines: z
      .array(z.object({ lineId, quantity, unitWeightGrams: z.number().int().min(1).max(1_000_000).optional() }).strict())
      .min(1)
      .max(200)
      .refine((lines) => new Set(lines.map((line) => line.lineId)).size === lines.length, 'Each line id once')
      .optional(),
    shipFromLocationId: id,
    carrier: z.enum(['table-rate', 'sandbox']).default('sandbox'),
    service: text(60, 'Choose a service').default('ground'),
  })
  .strict();
export type FulfilInput = z.infer<typeof fulfilInput>;

export const adminCancelInput = z.object({ orderId: id, reason: text(500, 'Give a reason') }).strict();
export const refundInput = z.object({ orderId: id, amount: minor.min(1, 'Refund at least 1'), reason: text(500, 'Give a reason') }).strict();
export const receiveReturnInput = z.object({ returnRequestId: id, restock: z.boolean(), locationId: id.optional() }).strict();
export const editInput = z
  .object({
    orderId: id,
    changes: z
      .array(z.object({ lineId, quantity: z.number().int('Enter a whole quantity').min(0, 'Enter 0 or more').max(1_000_000) }).strict())
      .min(1, 'Change at least one line')
      .max(200)
      .refine((changes) => new Set(changes.map((change) => change.lineId)).size === changes.length, 'Each line id once'),
  })
  .strict();
