import { z } from 'zod';
import { isCurrencyCode } from '@emporium/money';
import { isValidSlug, MAX_SLUG_LENGTH, PRODUCT_STATUSES } from '@emporium/catalog-domain';

const slug = z.string().min(1).max(MAX_SLUG_LENGTH).refine(isValidSlug, 'must be lower-case letters, digits and single hyphens');
const currency = z.string().refine(isCurrencyCode, 'must be a three-letter ISO 4217 code in upper case');
const amount = z.number().int('must be a whole number of minor units').min(0).max(1_000_000_000_00);
const name = z.string().trim().min(1).max(100);

export const staffProductListInput = z
  .object({
    q: z.string().trim().max(200).optional(),
    status: z.enum(PRODUCT_STATUSES).optional(),
    page: z.number().int().min(1).max(10_000).default(1),
    pageSize: z.number().int().min(1).max(100).default(25),
  })
  .strict();

export const createProductInput = z
  .object({
    slug,
    title: z.string().trim().min(1).max(200),
    description: z.string().max(20_000).default(''),
    brand: slug.nullable().default(null),
    status: z.enum(['draft', 'active']).default('draft'),
    seoTitle: z.string().max(200).nullable().default(null),
    seoDescription: z.string().max(500).nullable().default(null),
    options: z.array(z.object({ name, values: z.array(name).min(1).max(100) }).strict()).max(5).default([]),
    variants: z
      .array(
        z
          .object({
            sku: z.string().min(1).max(64),
            optionValues: z.record(name, name).default({}),
            weightGrams: z.number().int().min(0).max(1_000_000).default(0),
            barcode: z.string().regex(/^\d{8,14}$/, 'must be 8 to 14 digits').nullable().default(null),
            prices: z.array(z.object({ currency, amount, compareAtAmount: amount.nullable().default(null) }).strict()).max(20).default([]),
          })
          .strict(),
      )
      .min(1)
      .max(500),
    categories: z.array(slug).max(20).default([]),
    images: z.array(z.object({ url: z.string().min(1).max(2000).regex(/^(\/|https:\/\/)/, 'must be a path on this site or an https URL'), alt: z.string().max(300).default('') }).strict()).max(30).default([]),
    attributes: z.array(z.object({ name, value: z.string().trim().min(1).max(200) }).strict()).max(50).default([]),
  })
  .strict();

export const setStatusInput = z.object({ id: z.uuid(), status: z.enum(PRODUCT_STATUSES) }).strict();

export const setPriceInput = z
  .object({ variantId: z.uuid(), currency, amount: amount.nullable(), compareAtAmount: amount.nullable().default(null) })
  .strict();

export const createCategoryInput = z.object({ slug, name: z.string().trim().min(1).max(100), parent: slug.nullable().default(null), description: z.string().max(2000).default('') }).strict();

export const moveCategoryInput = z.object({ slug, parent: slug.nullable() }).strict();

/** A product CSV; the API's body limit (1 MiB) bounds it too. */
export const importCsvInput = z.object({ csv: z.string().min(1).max(1_000_000) }).strict();
