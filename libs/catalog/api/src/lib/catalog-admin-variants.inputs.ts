import { z } from 'zod';
import { MAX_PRODUCT_IMAGES, VARIANT_STATUSES } from '@emporium/catalog-domain';
import { amount, barcode, currency, distinctNames, id, idList, imageAlt, imageUrl, name, sku, weightGrams } from './catalog-admin.inputs';

const price = z.object({ currency, amount, compareAtAmount: amount.nullable().default(null) }).strict();

/** A variant's prices, one per currency, each compare-at ("was") price above its price. */
const prices = z
  .array(price)
  .max(20)
  .superRefine((list, context) => {
    const seen = new Set<string>();
    list.forEach((entry, index) => {
      if (seen.has(entry.currency)) context.addIssue({ code: 'custom', path: [index, 'currency'], message: 'is listed twice' });
      seen.add(entry.currency);
      if (entry.compareAtAmount !== null && entry.compareAtAmount <= entry.amount) {
        context.addIssue({ code: 'custom', path: [index, 'compareAtAmount'], message: 'must be above the price' });
      }
    });
  });

const optionValues = z.record(name, name);

export const addOptionInput = z.object({ productId: id, name, values: distinctNames(100) }).strict();

export const renameOptionInput = z.object({ id, name }).strict();

export const optionIdInput = z.object({ id }).strict();

/** The option's values in display order: with `id` an existing value (renamed if `value` differs), without one a new value. */
export const setOptionValuesInput = z
  .object({
    id,
    values: z
      .array(z.object({ id: id.optional(), value: name }).strict())
      .min(1)
      .max(100)
      .superRefine((list, context) => {
        const values = new Set<string>();
        const ids = new Set<string>();
        list.forEach((entry, index) => {
          if (values.has(entry.value)) context.addIssue({ code: 'custom', path: [index, 'value'], message: 'is listed twice' });
          if (entry.id && ids.has(entry.id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: 'is listed twice' });
          values.add(entry.value);
          if (entry.id) ids.add(entry.id);
        });
      }),
  })
  .strict();

export const createVariantInput = z
  .object({
    productId: id,
    sku,
    /** Option name → value, one for each of the product's options. */
    optionValues: optionValues.default({}),
    barcode: barcode.default(null),
    weightGrams: weightGrams.default(0),
    prices: prices.default([]),
  })
  .strict();

/** Absent fields stay as they are; `optionValues` replaces the variant's whole selection. */
export const updateVariantInput = z
  .object({ id, sku: sku.optional(), optionValues: optionValues.optional(), barcode: barcode.optional(), weightGrams: weightGrams.optional() })
  .strict();

export const setVariantStatusInput = z.object({ id, status: z.enum(VARIANT_STATUSES) }).strict();

/** Sets a variant's price in one currency; `amount: null` removes it (as `removePrice` does). */
export const setPriceInput = z.object({ variantId: id, currency, amount: amount.nullable(), compareAtAmount: amount.nullable().default(null) }).strict();

export const removePriceInput = z.object({ variantId: id, currency }).strict();

export const addImageInput = z.object({ productId: id, url: imageUrl, alt: imageAlt.default('') }).strict();

export const updateImageInput = z.object({ id, alt: imageAlt }).strict();

export const reorderImagesInput = z.object({ productId: id, imageIds: idList(MAX_PRODUCT_IMAGES, 'image') }).strict();

export const imageIdInput = z.object({ id }).strict();
