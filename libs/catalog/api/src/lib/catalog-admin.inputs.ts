import { z } from 'zod';
import { isCurrencyCode } from '@emporium/money';
import { isValidSku, isValidSlug, isValidTaxClass, MAX_PRODUCT_IMAGES, MAX_PRODUCT_OPTIONS, MAX_SLUG_LENGTH, PRODUCT_STATUSES, TAX_CLASS_RULE } from '@emporium/catalog-domain';

// The fields staff edit, each with its limits in one place; the product, variant and taxonomy inputs compose them.

export const id = z.uuid();
export const slug = z.string().min(1).max(MAX_SLUG_LENGTH).refine(isValidSlug, 'must be lower-case letters, digits and single hyphens');
export const currency = z.string().refine(isCurrencyCode, 'must be a three-letter ISO 4217 code in upper case');
export const amount = z.number().int('must be a whole number of minor units').min(0).max(1_000_000_000_00);
/** An option's or attribute's name, or an option value. */
export const name = z.string().trim().min(1).max(100);
export const sku = z.string().min(1).max(64).refine(isValidSku, 'must be 1–64 letters, digits, dots, hyphens or underscores');
export const barcode = z.string().regex(/^\d{8,14}$/, 'must be 8 to 14 digits').nullable();
export const weightGrams = z.number().int().min(0).max(1_000_000);
export const position = z.number().int().min(0).max(100_000);
export const imageUrl = z.string().min(1).max(2000).regex(/^(\/|https:\/\/)/, 'must be a path on this site or an https URL');
export const imageAlt = z.string().max(300);

const title = z.string().trim().min(1).max(200);
const description = z.string().max(20_000);
const seoTitle = z.string().max(200).nullable();
const seoDescription = z.string().max(500).nullable();
/** Which tax rate applies: `standard`, `reduced`, `zero`, or a class the shop set a rate for under Tax. */
const taxClass = z.string().refine(isValidTaxClass, TAX_CLASS_RULE);
const attributes = z.array(z.object({ name, value: z.string().trim().min(1).max(200) }).strict()).max(50);

/** Ids that must each appear once (an ordered set). */
export function idList(max: number, what: string) {
  return z
    .array(id)
    .max(max)
    .refine((ids) => new Set(ids).size === ids.length, `lists a ${what} more than once`);
}

/** Distinct strings, compared as stored. */
export function distinctNames(max: number) {
  return z
    .array(name)
    .min(1)
    .max(max)
    .refine((values) => new Set(values).size === values.length, 'lists a value twice');
}

export const staffProductListInput = z
  .object({
    q: z.string().trim().max(200).optional(),
    status: z.enum(PRODUCT_STATUSES).optional(),
    page: z.number().int().min(1).max(10_000).default(1),
    pageSize: z.number().int().min(1).max(100).default(25),
  })
  .strict();

export const productIdInput = z.object({ id }).strict();

/** Up to 500 product ids (a promotion's products), to label them. */
export const productTitlesInput = z.object({ ids: z.array(id).max(500) }).strict();

export const createProductInput = z
  .object({
    slug,
    title,
    description: description.default(''),
    brand: slug.nullable().default(null),
    status: z.enum(['draft', 'active']).default('draft'),
    seoTitle: seoTitle.default(null),
    seoDescription: seoDescription.default(null),
    /** Absent: `standard`. */
    taxClass: taxClass.optional(),
    options: z.array(z.object({ name, values: z.array(name).min(1).max(100) }).strict()).max(MAX_PRODUCT_OPTIONS).default([]),
    variants: z
      .array(
        z
          .object({
            sku: z.string().min(1).max(64),
            optionValues: z.record(name, name).default({}),
            weightGrams: weightGrams.default(0),
            barcode: barcode.default(null),
            prices: z.array(z.object({ currency, amount, compareAtAmount: amount.nullable().default(null) }).strict()).max(20).default([]),
          })
          .strict(),
      )
      .min(1)
      .max(500),
    categories: z.array(slug).max(20).default([]),
    images: z.array(z.object({ url: imageUrl, alt: imageAlt.default('') }).strict()).max(MAX_PRODUCT_IMAGES).default([]),
    attributes: attributes.default([]),
  })
  .strict();

/** A product's own fields; absent ones stay as they are. `attributes` and `categoryIds` replace the whole set. */
export const updateProductInput = z
  .object({
    id,
    slug: slug.optional(),
    title: title.optional(),
    description: description.optional(),
    /** A brand's slug, as `create` takes it; null for none. */
    brand: slug.nullable().optional(),
    seoTitle: seoTitle.optional(),
    seoDescription: seoDescription.optional(),
    taxClass: taxClass.optional(),
    attributes: attributes.optional(),
    categoryIds: idList(20, 'category').optional(),
  })
  .strict();

export const setStatusInput = z.object({ id, status: z.enum(PRODUCT_STATUSES) }).strict();

/** A product CSV; the API's body limit (1 MiB) bounds it too. */
export const importCsvInput = z.object({ csv: z.string().min(1).max(1_000_000) }).strict();
