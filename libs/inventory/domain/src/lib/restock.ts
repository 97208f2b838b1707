import { type AllocationLine, type RequestLine, sumLines } from './allocate';
import type { Result } from './errors';
import { assertWholeQuantity } from './quantity';
import { skuKey } from './sku';

/** Units of one SKU a committed reservation took from one location, and how many of those have come back. */
export interface CommittedAllocation {
  readonly sku: string;
  readonly locationId: string;
  readonly committed: number;
  readonly restocked: number;
}

/**
 * Where returned units go back on the shelf: each SKU's summed quantity is spread over its allocations in the given
 * order, up to what each has left to restock (committed − restocked), so units return to the locations they left
 * from and never more than left. A SKU the reservation never held → `UnknownSku` (all of them); more than its
 * total left → `RestockExceedsCommitted` with the totals, for the first such SKU in request order. Lines carry the
 * allocation's SKU as stored. Quantities must be whole and positive (else `RangeError`).
 */
export function planRestock(allocations: readonly CommittedAllocation[], lines: readonly RequestLine[]): Result<AllocationLine[]> {
  for (const line of lines) assertWholeQuantity(line.quantity, 1, `Restock quantity of ${line.sku}`);
  const summed = sumLines(lines);
  const allocationsOf = (sku: string): CommittedAllocation[] => allocations.filter((allocation) => skuKey(allocation.sku) === skuKey(sku));

  const unknown = summed.filter((line) => allocationsOf(line.sku).length === 0);
  if (unknown.length > 0) return { ok: false, error: { type: 'UnknownSku', skus: unknown.map((line) => line.sku) } };

  const plan: AllocationLine[] = [];
  for (const line of summed) {
    const held = allocationsOf(line.sku);
    const committed = held.reduce((sum, allocation) => sum + allocation.committed, 0);
    const restocked = held.reduce((sum, allocation) => sum + allocation.restocked, 0);
    const left = held.reduce((sum, allocation) => sum + Math.max(0, allocation.committed - allocation.restocked), 0);
    if (line.quantity > left) {
      return { ok: false, error: { type: 'RestockExceedsCommitted', sku: line.sku, committed, restocked, requested: line.quantity } };
    }
    let remaining = line.quantity;
    for (const allocation of held) {
      const quantity = Math.min(Math.max(0, allocation.committed - allocation.restocked), remaining);
      if (quantity > 0) {
        plan.push({ sku: allocation.sku, locationId: allocation.locationId, quantity });
        remaining -= quantity;
      }
    }
  }
  return { ok: true, value: plan };
}
