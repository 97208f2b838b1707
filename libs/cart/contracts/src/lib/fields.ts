import { z } from 'zod';
import { type CurrencyCode, isCurrencyCode } from '@emporium/money';

export const idSchema = z.uuid({ error: 'Not a valid id' });

/** ISO 4217, upper case. */
export const currencySchema = z
  .string({ error: 'Choose a currency' })
  .trim()
  .toUpperCase()
  .refine(isCurrencyCode, 'Use a three-letter ISO 4217 currency code, like USD')
  .transform((value) => value as CurrencyCode);

export const countrySchema = z
  .string({ error: 'Choose a country' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'Use a two-letter country code, like US');

/** A subdivision code (US state, Canadian province…), as tax regions name them. */
export const regionSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{1,10}$/, 'Use the region code, like CA or NY (1–10 letters or digits)');

/** Whole minor units (cents), never negative. */
export const minorUnitsSchema = z
  .number({ error: 'Enter an amount in minor units (cents)' })
  .int('Enter a whole number of minor units (cents)')
  .min(0, 'Enter 0 or more')
  .max(1_000_000_000_00, 'Enter a smaller amount');

/** Basis points: 10 000 = 100 %. */
export const basisPointsSchema = z
  .number({ error: 'Enter basis points (100 = 1 %)' })
  .int('Enter whole basis points (100 = 1 %)')
  .min(0, 'Enter 0 or more')
  .max(10_000, 'Enter at most 10,000 (100 %)');

/** Currency → amount in minor units, e.g. `{ USD: 500, EUR: 450 }`. */
export const amountsByCurrencySchema = z
  .record(currencySchema, minorUnitsSchema)
  .refine((amounts) => Object.keys(amounts).length <= 20, 'At most 20 currencies');
