import { z } from 'zod';
import { basisPointsSchema, countrySchema, currencySchema, idSchema, minorUnitsSchema, regionSchema } from './fields';

export const taxClassCodeSchema = z
  .string({ error: 'Enter a tax class' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9_-]{0,31}$/, 'A tax class is 1–32 lower-case letters, digits, hyphens or underscores, starting with a letter');

export const createTaxClassInput = z
  .object({ code: taxClassCodeSchema, name: z.string({ error: 'Enter a name' }).trim().min(1, 'Enter a name').max(80, 'Use at most 80 characters') })
  .strict();

export const taxRateFieldsSchema = z
  .object({
    taxClass: taxClassCodeSchema,
    basisPoints: basisPointsSchema,
    label: z.string().trim().min(1, 'Enter a label, like VAT').max(60, 'Use at most 60 characters').default('Tax'),
  })
  .strict();

/** A region with all its rates: saving replaces its rates with these. */
export const saveTaxRegionInput = z
  .object({
    id: idSchema.optional(),
    country: countrySchema,
    region: regionSchema.nullable().default(null),
    name: z.string({ error: 'Enter a name' }).trim().min(1, 'Enter a name').max(120, 'Use at most 120 characters'),
    rates: z.array(taxRateFieldsSchema).max(50, 'At most 50 rates'),
  })
  .strict()
  .superRefine((region, context) => {
    const seen = new Set<string>();
    region.rates.forEach((rate, index) => {
      if (seen.has(rate.taxClass)) context.addIssue({ code: 'custom', path: ['rates', index, 'taxClass'], message: 'This class already has a rate here' });
      seen.add(rate.taxClass);
    });
  });
export type SaveTaxRegionInput = z.input<typeof saveTaxRegionInput>;

export const taxRegionIdInput = z.object({ id: idSchema }).strict();

export const updateCurrencySettingInput = z
  .object({
    currency: currencySchema,
    taxMode: z.enum(['inclusive', 'exclusive'], { error: 'Choose whether prices include tax' }),
    rounding: z.enum(['half-up', 'half-even']).default('half-up'),
    defaultCountry: countrySchema,
    shippingEstimate: minorUnitsSchema,
    freeShippingFrom: minorUnitsSchema.nullable(),
    shippingTaxClass: taxClassCodeSchema.default('standard'),
  })
  .strict();
export type UpdateCurrencySettingInput = z.input<typeof updateCurrencySettingInput>;
