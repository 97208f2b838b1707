import { z } from 'zod';
import { MAX_QUANTITY, MAX_RESERVATION_TTL_SECONDS, MIN_RESERVATION_TTL_SECONDS, skuKey } from '@emporium/inventory-domain';
import { idempotencyKeySchema, idSchema, requestLineSchema, skuSchema } from './fields';

/** Lines of one SKU are summed before stock is checked; their sum has the same ceiling as one line. */
function refineSkuTotals(value: { lines: ReadonlyArray<{ sku: string; quantity: number }> }, ctx: z.RefinementCtx): void {
  const totals = new Map<string, number>();
  value.lines.forEach((line, index) => {
    // A line that is bad on its own is already reported at its quantity.
    if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > MAX_QUANTITY) return;
    const total = (totals.get(skuKey(line.sku)) ?? 0) + line.quantity;
    totals.set(skuKey(line.sku), total);
    if (total > MAX_QUANTITY && total - line.quantity <= MAX_QUANTITY) {
      ctx.addIssue({ code: 'custom', path: ['lines', index, 'quantity'], message: `Ask for at most 1,000,000 of ${line.sku} in all` });
    }
  });
}

/** Most lines one reservation may hold (a cart's limit is lower). */
export const MAX_RESERVATION_LINES = 200;

export const reserveInput = z
  .object({
    idempotencyKey: idempotencyKeySchema,
    lines: z.array(requestLineSchema).min(1, 'Reserve at least one line').max(MAX_RESERVATION_LINES, `Reserve at most ${MAX_RESERVATION_LINES} lines at once`),
    ttlSeconds: z
      .number({ error: 'Enter a whole number of seconds' })
      .int('Enter a whole number of seconds')
      .min(MIN_RESERVATION_TTL_SECONDS, `Hold stock for at least ${MIN_RESERVATION_TTL_SECONDS} second`)
      .max(MAX_RESERVATION_TTL_SECONDS, 'Hold stock for at most a day')
      .optional(),
    allowSplit: z.boolean().optional(),
    reference: z.string().trim().min(1).max(200, 'Use at most 200 characters').optional().nullable(),
  })
  .strict()
  .superRefine(refineSkuTotals);
export type ReserveInput = z.infer<typeof reserveInput>;

export const releaseInput = z
  .object({ reservationId: idSchema, reason: z.string().trim().min(1).max(200, 'Use at most 200 characters').optional().nullable() })
  .strict();
export type ReleaseInput = z.infer<typeof releaseInput>;

export const commitInput = z.object({ reservationId: idSchema }).strict();

export const reservationIdInput = z.object({ reservationId: idSchema }).strict();

export const restockInput = z
  .object({
    reservationId: idSchema,
    idempotencyKey: idempotencyKeySchema,
    lines: z.array(requestLineSchema).min(1, 'Restock at least one line').max(MAX_RESERVATION_LINES, `Restock at most ${MAX_RESERVATION_LINES} lines at once`),
    reason: z.enum(['return', 'cancellation'], { error: 'Choose return or cancellation' }),
    locationId: idSchema.optional().nullable(),
  })
  .strict()
  .superRefine(refineSkuTotals);
export type RestockInput = z.infer<typeof restockInput>;

/** Most SKUs one availability question may name (a large cart, a catalog page). */
export const MAX_AVAILABILITY_SKUS = 250;

export const availabilityInput = z
  .object({ skus: z.array(skuSchema).min(1, 'Name at least one SKU').max(MAX_AVAILABILITY_SKUS, `Ask about at most ${MAX_AVAILABILITY_SKUS} SKUs at once`) })
  .strict();
