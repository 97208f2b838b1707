import { z } from 'zod';
import { ADJUSTMENT_REASONS, MAX_QUANTITY } from '@emporium/inventory-domain';

/** As the catalog writes SKUs: letters, digits, dots, hyphens and underscores. A length problem is reported alone. */
export const skuSchema = z
  .string({ error: 'Enter a SKU' })
  .trim()
  .min(1, { message: 'Enter a SKU', abort: true })
  .max(64, { message: 'A SKU has at most 64 characters', abort: true })
  .regex(/^[A-Za-z0-9._-]+$/, 'A SKU has only letters, digits, dots, hyphens and underscores');

const wholeNumber = z.number({ error: 'Enter a whole number' }).int('Enter a whole number');

/** Units moved or held: a whole number from 1 to 1,000,000. */
export const quantitySchema = wholeNumber.min(1, 'Enter at least 1').max(MAX_QUANTITY, 'Enter at most 1,000,000');

/** A stock count: 0 is a count too. */
export const countSchema = wholeNumber.min(0, 'Enter 0 or more').max(MAX_QUANTITY, 'Enter at most 1,000,000');

export const idempotencyKeySchema = z
  .string({ error: 'Give an idempotency key' })
  .min(8, { message: 'An idempotency key has at least 8 characters', abort: true })
  .max(200, { message: 'An idempotency key has at most 200 characters', abort: true })
  .regex(/^[\x21-\x7e]+$/, 'An idempotency key has only visible ASCII characters');

export const idSchema = z.uuid({ error: 'Not a valid id' });

export const reasonSchema = z.enum(ADJUSTMENT_REASONS, { error: `Choose one of: ${ADJUSTMENT_REASONS.join(', ')}` });

export const noteSchema = z.string().trim().max(500, 'Use at most 500 characters').optional().nullable();

/** One SKU and how many: the unit of every stock request. */
export const requestLineSchema = z.object({ sku: skuSchema, quantity: quantitySchema }).strict();
