import { z } from 'zod';
import { type CurrencyCode, isCurrencyCode } from '@emporium/money';
import { MAX_PAYMENT_AMOUNT, PAYMENT_STATUSES } from '@emporium/payment-domain';

const id = z.uuid({ error: 'Not a valid id' });
const minor = z
  .number({ error: 'Enter an amount in minor units (cents)' })
  .int('Enter whole minor units (cents), not a fraction')
  .min(1, 'Enter an amount above zero')
  .max(MAX_PAYMENT_AMOUNT, 'Enter a smaller amount');
const currency = z
  .string({ error: 'Choose a currency' })
  .trim()
  .toUpperCase()
  .refine(isCurrencyCode, 'Use a three-letter ISO 4217 currency code, like USD')
  .transform((value) => value as CurrencyCode);
const clientSecret = z.string().min(16).max(200).optional();
const reference = z.string({ error: 'Enter a reference' }).trim().min(1, 'Enter a reference').max(120, 'Use at most 120 characters');

/** What the checkout asks for: an amount it computed (never the shopper's), for its reference, once per key. */
export const createPaymentInput = z
  .object({
    reference,
    creationKey: z.string().trim().min(1).max(200),
    amount: minor,
    currency,
    customerId: id.nullable().default(null),
    /** Where the browser returns after a challenge; `{paymentId}` is replaced by the payment's id. */
    returnUrl: z.url({ protocol: /^https?$/, error: 'Use an http(s) URL' }),
  })
  .strict();

export const paymentAccessInput = z.object({ paymentId: id, clientSecret }).strict();

/** A token or payment method id from the gateway's card form (`tok_…`, `pm_…`): never card details. */
export const authorizeInput = z
  .object({
    paymentId: id,
    clientSecret,
    paymentMethod: z.string({ error: 'Enter your card in the card form' }).regex(/^[A-Za-z0-9_]{3,100}$/, 'Not a payment method from the card form'),
  })
  .strict();

export const listPaymentsInput = z
  .object({
    status: z.enum(PAYMENT_STATUSES).optional(),
    reference: z.string().trim().min(1).max(120).optional(),
    needsReview: z.boolean().optional(),
    page: z.number().int().min(1).max(10_000).default(1),
  })
  .strict();

export const paymentIdInput = z.object({ id }).strict();

/** Staff capture all that is capturable, or `amount`; `currency`, when sent, must be the payment's. */
export const captureInput = z.object({ id, amount: minor.optional(), currency: currency.optional() }).strict();

export const refundInput = z
  .object({
    id,
    amount: minor.optional(),
    currency: currency.optional(),
    reason: z.string({ error: 'Give a reason for the refund' }).trim().min(1, 'Give a reason for the refund').max(500, 'Use at most 500 characters'),
  })
  .strict();

/** A payment link staff send a customer (a phone order, a deposit): the amount is the staff member's. */
export const createLinkInput = z.object({ amount: minor, currency, reference }).strict();
