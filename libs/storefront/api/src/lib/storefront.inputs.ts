import { type CurrencyCode, isCurrencyCode } from '@emporium/money';
import { z } from 'zod';

const DEFAULT_CURRENCY = 'USD' as CurrencyCode;

/** ISO 4217 code, upper case, as the catalog takes it; the catalog still decides which currencies have prices. */
const currency = z
  .string()
  .refine(isCurrencyCode, 'must be a three-letter ISO 4217 code in upper case, e.g. USD')
  .transform((value) => value as CurrencyCode)
  .default(DEFAULT_CURRENCY);

/** The home page in one currency; no input at all (an old client, a health probe) means USD. */
export const homeInput = z.object({ currency }).strict().default({ currency: DEFAULT_CURRENCY });
