import { z } from 'zod';
import { ADDRESS_KINDS, isPlausiblePhone, normalizeAddress, PHONE_MAX_LENGTH, validateAddress } from '@emporium/user-domain';

/** A cleared text field arrives as `''` and is stored as null. */
const emptyToNull = (value: string): string | null => (value === '' ? null : value);

/**
 * Only what a shopper may change about themselves. `.strict()` refuses anything else, so a request carrying
 * `role`, `email` or `userId` fails instead of having those fields silently dropped or, worse, written.
 */
export const updateProfileInput = z
  .object({
    name: z.string().trim().max(100, 'Use at most 100 characters').transform(emptyToNull).nullable().optional(),
    phone: z
      .string()
      .trim()
      .max(PHONE_MAX_LENGTH, `Use at most ${PHONE_MAX_LENGTH} characters`)
      .refine((phone) => phone === '' || isPlausiblePhone(phone), 'Enter a valid phone number')
      .transform(emptyToNull)
      .nullable()
      .optional(),
    marketingConsent: z.boolean().optional(),
  })
  .strict();

const optionalText = z.string().nullish();

/**
 * An address as the form sends it. The fields are only type-checked here: `validateAddress` (on the normalised
 * value) reports every problem at its field's path in one pass, with the country-specific messages a shopper
 * needs. The parsed value is the normalised address (`normalizeAddress`), ready to store.
 */
export const addressInput = z
  .object({
    firstName: z.string(),
    lastName: z.string(),
    company: optionalText,
    line1: z.string(),
    line2: optionalText,
    city: z.string(),
    region: optionalText,
    postalCode: optionalText,
    countryCode: z.string(),
    phone: optionalText,
    kind: z.enum(ADDRESS_KINDS),
    isDefault: z.boolean().optional(),
    label: z.string().trim().max(50, 'Use at most 50 characters').optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    for (const error of validateAddress(normalizeAddress(value))) {
      ctx.addIssue({ code: 'custom', path: [error.path], message: error.message });
    }
  })
  .transform((value) => ({ ...value, ...normalizeAddress(value) }));

export const updateAddressInput = z.object({ id: z.uuid(), address: addressInput }).strict();

export const addressIdInput = z.object({ id: z.uuid() }).strict();

export type UpdateProfileInput = z.infer<typeof updateProfileInput>;
export type AddressInput = z.infer<typeof addressInput>;
export type UpdateAddressInput = z.infer<typeof updateAddressInput>;
export type AddressIdInput = z.infer<typeof addressIdInput>;
