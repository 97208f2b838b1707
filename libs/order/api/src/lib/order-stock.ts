import type { LineQuantity } from '@emporium/order-domain';
import type { Order } from '@emporium/order-data-access';
import type { RequestContext } from '@emporium/platform-trpc';
import { domainError } from '@emporium/platform-trpc';
import { inventory } from './order-services';

/**
 * Puts units of the order's lines back into stock through the inventory service, under `key` (a retry is the same
 * restock). A reservation the checkout has not committed yet is released whole instead — only a whole cancellation
 * may do that; anything partial waits for the commit.
 */
export async function putBack(
  ctx: RequestContext,
  order: Order,
  lines: readonly LineQuantity[],
  options: { readonly key: string; readonly reason: 'return' | 'cancellation'; readonly whole: boolean; readonly locationId?: string | null },
): Promise<void> {
  if (!order.reservationId || lines.length === 0) return;
  const client = inventory(ctx);
  const reservation = await client.reservation.query({ reservationId: order.reservationId });
  if (reservation.status === 'active') {
    if (!options.whole) throw domainError('CONFLICT', 'STOCK_NOT_COMMITTED', 'The checkout is still finishing this order; try again in a moment', { orderId: order.id });
    await client.release.mutate({ reservationId: order.reservationId, reason: `order ${order.number} cancelled` });
    return;
  }
  if (reservation.status !== 'committed') return;
  const bySku = new Map<string, number>();
  for (const { lineId, quantity } of lines) {
    const line = order.lines.find((candidate) => candidate.lineId === lineId);
    if (line) bySku.set(line.sku, (bySku.get(line.sku) ?? 0) + quantity);
  }
  await client.restock.mutate({
    reservationId: order.reservationId,
    idempotencyKey: options.key,
    reason: options.reason,
    lines: [...bySku].map(([sku, quantity]) => ({ sku, quantity })),
    ...(options.locationId ? { locationId: options.locationId } : {}),
  });
}
