import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);
const httpUrl = z.url({ protocol: /^https?$/ });
const amount = z.number().int().positive().max(99_999_999);

/** Shape only; the number, expiry and code are judged by `checkCard` so they answer as card errors. */
export const tokenRequest = z.object({
  card: z.object({
    number: z.string().max(40),
    expMonth: z.coerce.number().int(),
    expYear: z.coerce.number().int().min(0),
    cvc: z.string().max(8),
  }),
});

export const paymentIntentRequest = z.object({
  amount,
  currency: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'a three-letter ISO 4217 code, e.g. "USD"')
    .transform((code) => code.toUpperCase()),
  token: text(100).optional(),
  reference: text(200),
  captureMethod: z.literal('manual').default('manual'),
  returnUrl: httpUrl.optional(),
});
export type PaymentIntentRequest = z.infer<typeof paymentIntentRequest>;

export const confirmRequest = z.object({ token: text(100).optional(), returnUrl: httpUrl.optional() }).default({});
export type ConfirmRequest = z.infer<typeof confirmRequest>;

export const captureRequest = z.object({ amount: amount.optional() }).default({});

export const cancelRequest = z
  .object({ cancellationReason: z.enum(['duplicate', 'fraudulent', 'requested_by_customer', 'abandoned']).optional() })
  .default({});

export const refundRequest = z.object({
  paymentIntent: text(100),
  amount: amount.optional(),
  reason: z.enum(['duplicate', 'fraudulent', 'requested_by_customer']).optional(),
});
export type RefundRequest = z.infer<typeof refundRequest>;

export const replayRequest = z.object({ eventId: text(60), times: z.number().int().min(1).max(20).default(1) });

export const releaseRequest = z.object({ order: z.enum(['recorded', 'reverse']).default('recorded') }).default({ order: 'recorded' });

export const webhookRequest = z.object({ url: z.union([httpUrl, z.array(httpUrl).min(1)]), secret: z.string().min(1) }).nullable();
