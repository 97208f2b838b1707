import { z } from 'zod';
import { idSchema } from './fields';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters`)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .default(null);

export const locationFieldsSchema = z
  .object({
    code: z
      .string({ error: 'Enter a code' })
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9][A-Z0-9_-]{0,31}$/, 'Use 1–32 letters, digits, hyphens or underscores, starting with a letter or digit'),
    name: z.string({ error: 'Enter a name' }).trim().min(1, 'Enter a name').max(100, 'Use at most 100 characters'),
    priority: z.number({ error: 'Enter a whole number' }).int('Enter a whole number').min(0, 'Enter 0 or more').max(10_000, 'Enter at most 10,000'),
    active: z.boolean(),
    address: z
      .object({
        line1: optionalText(200),
        line2: optionalText(200),
        city: optionalText(100),
        region: optionalText(100),
        postalCode: optionalText(20),
        countryCode: z
          .string()
          .trim()
          .toUpperCase()
          .transform((value) => (value === '' ? null : value))
          .pipe(z.string().regex(/^[A-Z]{2}$/, 'Use a two-letter country code, like US').nullable())
          .nullable()
          .default(null),
      })
      .strict(),
  })
  .strict();
export type LocationFieldsInput = z.input<typeof locationFieldsSchema>;

export const createLocationInput = locationFieldsSchema;
export const updateLocationInput = locationFieldsSchema.extend({ id: idSchema }).strict();

export const locationIdInput = z.object({ locationId: idSchema }).strict();
