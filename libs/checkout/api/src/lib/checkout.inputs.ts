import { z } from 'zod';
import { type CurrencyCode, isCurrencyCode } from '@emporium/money';

const text = (max: number, error: string) => z.string({ error }).trim().min(1, error).max(max, `Use at most ${max} characters`);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters`)
    .optional()
    .transform((value) => (value === '' ? undefined : value));
const country = z
  .string({ error: 'Choose a country' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'Use a two-letter country code, like US');
const cartId = z.uuid({ error: 'Not a valid cart id' }).optional();

/** As the address book keeps them (the storefront fills the form from it); a postcode is needed to ship. */
export const checkoutAddressSchema = z.object({
  firstName: text(60, 'Enter a first name'),
  lastName: text(60, 'Enter a last name'),
  company: optionalText(100),
  line1: text(200, 'Enter the street address'),
  line2: optionalText(200),
  city: text(120, 'Enter a city'),
  region: optionalText(60),
  postalCode: text(20, 'Enter a postcode'),
  countryCode: country,
  phone: optionalText(40),
});
export type CheckoutAddress = z.infer<typeof checkoutAddressSchema>;

export const destinationSchema = z.object({
  country,
  region: optionalText(60),
  postalCode: optionalText(20),
});
export type Destination = z.infer<typeof destinationSchema>;

const optionId = text(120, 'Choose a delivery option');
const money = z
  .object({
    amount: z.number({ error: 'Enter an amount in minor units' }).int('Use whole minor units').min(0).max(Number.MAX_SAFE_INTEGER),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .refine(isCurrencyCode, 'Use a three-letter ISO 4217 currency code')
      .transform((value) => value as CurrencyCode),
  })
  .strict();

/** Shopper inputs are not strict: a price, total or status sent along is dropped, never read. */
export const optionsInput = z.object({ cartId, destination: destinationSchema });
export const reviewInput = z.object({ cartId, destination: destinationSchema, shippingOptionId: optionId });

export const placeInput = z.object({
  cartId,
  email: z.string({ error: 'Enter your e-mail address' }).trim().toLowerCase().max(320, 'Use at most 320 characters').email('Enter a valid e-mail address'),
  shippingAddress: checkoutAddressSchema,
  /** Null or absent: the shipping address. */
  billingAddress: checkoutAddressSchema.nullish(),
  shippingOptionId: optionId,
  /**
   * The total the shopper reviewed. Never charged: the server's total is. It is compared, so a total that changed
   * since the review stops the checkout instead of charging a number the shopper did not see.
   */
  reviewedTotal: money,
  /** A token from the gateway's card form, to authorise at once (API clients); the storefront pays after placing. */
  paymentMethod: z
    .string()
    .regex(/^[A-Za-z0-9_]{3,100}$/, 'Not a payment method from the card form')
    .optional(),
});
export type PlaceInput = z.infer<typeof placeInput>;

export const attemptInput = z.object({
  attemptToken: z.string({ error: 'Not a checkout' }).min(1).max(300),
  accessToken: z.string({ error: 'Not a checkout' }).min(32).max(128),
});
