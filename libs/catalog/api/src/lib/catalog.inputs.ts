import { z } from 'zod';
import { type CurrencyCode, isCurrencyCode } from '@emporium/money';
import { isValidSlug, MAX_SLUG_LENGTH } from '@emporium/catalog-domain';

export const MAX_PAGE_SIZE = 100;

/** ISO 4217 code, upper case; prices and listings are per currency. */
const currency = z
  .string()
  .refine(isCurrencyCode, 'must be a three-letter ISO 4217 code in upper case, e.g. USD')
  .transform((value) => value as CurrencyCode)
  .default('USD' as CurrencyCode);

export const listProductsInput = z
  .object({
    limit: z.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
    cursor: z.string().min(1).max(2048).optional(),
    /** Words that must all appear in the title or description (case-insensitive). */
    q: z.string().trim().min(1).max(200).optional(),
    currency,
    /** Sent by tRPC's infinite queries; the listing only pages forward. */
    direction: z.literal('forward').optional(),
  })
  .strict()
  .default({ limit: 20, currency: 'USD' as CurrencyCode });

export const productBySlugInput = z
  .object({
    slug: z.string().min(1).max(MAX_SLUG_LENGTH).refine(isValidSlug, 'must be lower-case letters, digits and single hyphens'),
    currency,
  })
  .strict();
