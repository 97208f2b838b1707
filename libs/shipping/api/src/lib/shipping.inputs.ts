import { z } from 'zod';
import { type CurrencyCode, isCurrencyCode } from '@emporium/money';

const id = z.uuid({ error: 'Not a valid id' });
const currency = z
  .string({ error: 'Choose a currency' })
  .trim()
  .toUpperCase()
  .refine(isCurrencyCode, 'Use a three-letter ISO 4217 currency code, like USD')
  .transform((value) => value as CurrencyCode);
const country = z.string({ error: 'Choose a country' }).trim().toUpperCase().regex(/^[A-Z]{2}$/, 'Use a two-letter country code, like US');
const minor = z.number({ error: 'Enter an amount in minor units' }).int('Enter whole minor units').min(0, 'Enter 0 or more').max(100_000_000_00, 'Enter a smaller amount');
const amounts = z.record(currency, minor).refine((value) => Object.keys(value).length <= 20, 'At most 20 currencies');
const grams = z.number({ error: 'Enter a weight in grams' }).int('Enter whole grams').min(1, 'Enter a weight above 0 g').max(1_000_000_000, 'Enter a smaller weight');

export const destinationSchema = z
  .object({
    country,
    region: z.string().trim().toUpperCase().max(10, 'At most 10 characters').optional(),
    postalCode: z.string().trim().max(20, 'At most 20 characters').optional(),
  })
  .strict();

export const zoneFieldsSchema = z
  .object({
    name: z.string({ error: 'Enter a name' }).trim().min(1, 'Enter a name').max(120, 'Use at most 120 characters'),
    countries: z.array(country).min(1, 'Choose at least one country').max(250),
    regions: z.record(country, z.array(z.string().trim().toUpperCase().min(1).max(10)).max(100)).default({}),
    postcodePatterns: z.array(z.string().trim().toUpperCase().min(1).max(20)).max(200).default([]),
    priority: z.number().int().min(-1000).max(1000).default(0),
  })
  .strict();

export const pricingSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('flat'), amounts }).strict(),
    z.object({ kind: z.literal('weight_bands'), bands: z.array(z.object({ upToGrams: grams.nullable(), amounts }).strict()).min(1).max(50) }).strict(),
    z
      .object({ kind: z.literal('price_bands'), bands: z.record(currency, z.array(z.object({ upTo: minor.nullable(), amount: minor }).strict()).min(1).max(50)) })
      .strict(),
  ],
  { error: 'Choose flat, weight_bands or price_bands' },
);

export const methodFieldsSchema = z
  .object({
    zoneId: id,
    name: z.string({ error: 'Enter a name' }).trim().min(1, 'Enter a name').max(120, 'Use at most 120 characters'),
    carrier: z.string().trim().toLowerCase().regex(/^[a-z][a-z0-9-]{0,39}$/, 'Use the carrier code, like table-rate').default('table-rate'),
    service: z.string({ error: 'Enter a service' }).trim().min(1, 'Enter a service').max(60),
    pricing: pricingSchema,
    freeFrom: amounts.default({}),
    minDays: z.number().int().min(0).max(365),
    maxDays: z.number().int().min(0).max(365),
    active: z.boolean().default(true),
    position: z.number().int().min(0).max(10_000).default(0),
  })
  .strict();

export const idInput = z.object({ id }).strict();
export const updateZoneInput = z.object({ id, fields: zoneFieldsSchema }).strict();
export const updateMethodInput = z.object({ id, fields: methodFieldsSchema }).strict();

/** What checkout and the cart ask: the options for a destination and the cart's contents. */
export const ratesInput = z
  .object({
    destination: destinationSchema,
    currency,
    lines: z.array(z.object({ variantId: id, quantity: z.number().int().min(1).max(10_000) }).strict()).min(1, 'Name at least one line').max(100),
  })
  .strict();

export type RatesInput = z.infer<typeof ratesInput>;

/** The checkout's question: the same, with the merchandise total after discounts (minor units). */
export const checkoutRatesInput = ratesInput.extend({ subtotal: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) });

/** What staff preview in the zone editor: a destination, a weight and a subtotal. */
export const previewInput = z.object({ destination: destinationSchema, currency, subtotal: minor, weightGrams: grams }).strict();
