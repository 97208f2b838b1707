import { z } from 'zod';
import { MAX_QUANTITY } from '@emporium/inventory-domain';
import { countSchema, idSchema, noteSchema, quantitySchema, reasonSchema, skuSchema } from './fields';

/**
 * `set` records a count (0 allowed: the shelf is empty); `add` and `remove` move 1 to 1,000,000 units. The amount's
 * lower bound depends on the mode, so it is checked after the shape.
 */
export const adjustInput = z
  .object({
    sku: skuSchema,
    locationId: idSchema,
    mode: z.enum(['set', 'add', 'remove'], { error: 'Choose set, add or remove' }),
    quantity: countSchema,
    reason: reasonSchema,
    note: noteSchema,
  })
  .strict()
  .superRefine((value, ctx) => {
    // Only 0 passes countSchema and is still wrong here; anything else invalid was reported once already.
    if (value.mode !== 'set' && value.quantity === 0) ctx.addIssue({ code: 'custom', path: ['quantity'], message: 'Enter at least 1' });
  });
export type AdjustInput = z.infer<typeof adjustInput>;

export const transferInput = z
  .object({ sku: skuSchema, fromLocationId: idSchema, toLocationId: idSchema, quantity: quantitySchema, note: noteSchema })
  .strict()
  .superRefine((value, ctx) => {
    if (value.fromLocationId === value.toLocationId) ctx.addIssue({ code: 'custom', path: ['toLocationId'], message: 'Choose a different location to move stock to' });
  });
export type TransferInput = z.infer<typeof transferInput>;

export const itemPolicyInput = z
  .object({
    sku: skuSchema,
    tracked: z.boolean(),
    allowBackorder: z.boolean(),
    lowStockThreshold: z.number({ error: 'Enter a whole number' }).int('Enter a whole number').min(0, 'Enter 0 or more').max(MAX_QUANTITY, 'Enter at most 1,000,000'),
  })
  .strict();
export type ItemPolicyInput = z.infer<typeof itemPolicyInput>;

export const stockListInput = z
  .object({
    search: z.string().trim().max(64, 'Search with at most 64 characters').optional().nullable(),
    locationId: idSchema.optional().nullable(),
    filter: z.enum(['all', 'attention', 'out_of_stock']).optional(),
    after: z.string().max(64).optional().nullable(),
    limit: z.number().int().min(1).max(100).default(50),
  })
  .strict();
export type StockListInput = z.input<typeof stockListInput>;

export const skuInput = z.object({ sku: skuSchema }).strict();

/** The largest ledger id PostgreSQL can hold (bigint): a longer-looking cursor would fail the query, not the input. */
const MAX_LEDGER_ID = 9_223_372_036_854_775_807n;

/** A ledger id from a previous page. */
const movementCursorSchema = z
  .string()
  .regex(/^\d{1,19}$/, { message: 'Not a valid cursor', abort: true })
  .refine((value) => BigInt(value) <= MAX_LEDGER_ID, 'Not a valid cursor');

export const movementsInput = z
  .object({ sku: skuSchema, before: movementCursorSchema.optional().nullable(), limit: z.number().int().min(1).max(200).default(50) })
  .strict();

export const alertsInput = z.object({ limit: z.number().int().min(1).max(500).default(100) }).strict();

export const auditInput = z.object({ sku: skuSchema.optional() }).strict();
