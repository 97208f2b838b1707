import { z } from 'zod';
import { type CurrencyCode, isCurrencyCode } from '@emporium/money';
import { isValidSlug, LISTING_SORTS, MAX_FACET_VALUES, MAX_SLUG_LENGTH } from '@emporium/catalog-domain';

export const MAX_PAGE_SIZE = 100;
/** The most variants one lookup answers: a cart's lines, with room to spare. */
export const MAX_VARIANT_LOOKUP = 100;

/** ISO 4217 code, upper case; prices and listings are per currency. */
const requiredCurrency = z
  .string()
  .refine(isCurrencyCode, 'must be a three-letter ISO 4217 code in upper case, e.g. USD')
  .transform((value) => value as CurrencyCode);
/** Shopper reads default to US dollars. */
const currency = requiredCurrency.default('USD' as CurrencyCode);

const slug = z.string().min(1).max(MAX_SLUG_LENGTH).refine(isValidSlug, 'must be lower-case letters, digits and single hyphens');
const cursor = z.string().min(1).max(2048);
/** Sent by tRPC's infinite queries; listings only page forward. */
const direction = z.literal('forward').optional();
const facetFilter = z.record(z.string().min(1).max(100), z.array(z.string().min(1).max(200)).max(MAX_FACET_VALUES)).refine((filter) => Object.keys(filter).length <= 20, 'at most 20 names');

export const listProductsInput = z
  .object({
    limit: z.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
    cursor: cursor.optional(),
    /** Words that must all appear in the title or description (case-insensitive). */
    q: z.string().trim().min(1).max(200).optional(),
    currency,
    direction,
  })
  .strict()
  .default({ limit: 20, currency: 'USD' as CurrencyCode });

export const productBySlugInput = z.object({ slug, currency }).strict();

/** Search and category listing: text, filters, sort and a page. Business rules are checked after (listing-query). */
export const searchProductsInput = z
  .object({
    q: z.string().max(200).optional(),
    category: slug.optional(),
    collection: slug.optional(),
    brands: z.array(slug).max(MAX_FACET_VALUES).optional(),
    priceMin: z.number().int().min(0).optional(),
    priceMax: z.number().int().min(0).optional(),
    options: facetFilter.optional(),
    attributes: facetFilter.optional(),
    inStockOnly: z.boolean().optional(),
    sort: z.enum(LISTING_SORTS).optional(),
    limit: z.number().int().min(1).max(MAX_PAGE_SIZE).optional(),
    cursor: cursor.optional(),
    currency,
    direction,
  })
  .strict();

export const autocompleteInput = z.object({ q: z.string().max(200), currency }).strict();

export const categoryBySlugInput = z.object({ slug }).strict();

/** Variants a cart holds; an id may repeat (it is answered once). No default currency: a cart always has one. */
export const variantLookupInput = z
  .object({
    variantIds: z.array(z.uuid()).min(1).max(MAX_VARIANT_LOOKUP),
    currency: requiredCurrency,
  })
  .strict();
