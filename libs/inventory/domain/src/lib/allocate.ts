import type { Result, Shortfall } from './errors';
import type { ItemPolicy } from './item-policy';
import { byPriority, type StockLocation } from './location';
import { assertWholeQuantity } from './quantity';
import { skuKey } from './sku';
import { availableOf, type StockLevel } from './stock-level';

export interface RequestLine {
  readonly sku: string;
  readonly quantity: number;
}

export interface AllocationLine {
  readonly sku: string;
  readonly locationId: string;
  readonly quantity: number;
}

export interface AllocationRequest {
  readonly lines: readonly RequestLine[];
  /** Policies of the requested SKUs. */
  readonly items: readonly ItemPolicy[];
  readonly locations: readonly StockLocation[];
  /** Current levels, any subset: a missing level is 0 on hand, 0 reserved. */
  readonly levels: readonly StockLevel[];
  /** Default true. */
  readonly allowSplit?: boolean;
}

export interface Allocation {
  readonly lines: readonly AllocationLine[];
  readonly untracked: readonly RequestLine[];
  readonly backordered: readonly RequestLine[];
}

/** Lines merged by `skuKey`, in order of first appearance, each keeping the SKU as first written. */
export function sumLines(lines: readonly RequestLine[]): RequestLine[] {
  const byKey = new Map<string, { sku: string; quantity: number }>();
  for (const line of lines) {
    const key = skuKey(line.sku);
    const seen = byKey.get(key);
    if (seen) seen.quantity += line.quantity;
    else byKey.set(key, { sku: line.sku, quantity: line.quantity });
  }
  return [...byKey.values()];
}

/** One summed, tracked SKU to place. */
interface Demand {
  readonly sku: string;
  readonly key: string;
  readonly quantity: number;
  readonly allowBackorder: boolean;
}

const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const bySku = (a: RequestLine, b: RequestLine): number => compareKeys(skuKey(a.sku), skuKey(b.sku));
const levelKey = (key: string, locationId: string): string => `${key}\u0000${locationId}`;

/** Units free for allocation per (SKU, location): max(0, on hand − reserved), so a backordered level gives nothing. */
function freeStock(levels: readonly StockLevel[]): (demand: Demand, location: StockLocation) => number {
  const totals = new Map<string, { onHand: number; reserved: number }>();
  for (const level of levels) {
    const key = levelKey(skuKey(level.sku), level.locationId);
    const total = totals.get(key) ?? { onHand: 0, reserved: 0 };
    totals.set(key, { onHand: total.onHand + level.onHand, reserved: total.reserved + level.reserved });
  }
  return (demand, location) => Math.max(0, availableOf(totals.get(levelKey(demand.key, location.id)) ?? { onHand: 0, reserved: 0 }));
}

/** Active locations in allocation order; a location listed twice counts once. */
function activeLocations(locations: readonly StockLocation[]): StockLocation[] {
  const seen = new Set<string>();
  return locations
    .filter((location) => {
      if (!location.active || seen.has(location.id)) return false;
      seen.add(location.id);
      return true;
    })
    .sort(byPriority);
}

/**
 * Decides which locations supply an order. The rules, in order:
 *
 * 1. Lines are summed per SKU (by `skuKey`) before any check, so `2 × A` and `1 × A, 1 × A` are the same request.
 *    SKUs without a policy → `UnknownSku` naming them all.
 * 2. Untracked SKUs are not allocated; they come back (summed) in `untracked`.
 * 3. Only active locations count, in `byPriority` order. For allocation a location's available is
 *    max(0, on hand − reserved): a level already oversold by backorders offers nothing.
 * 4. One location is preferred: the first whose available covers every tracked SKU's whole quantity gets everything.
 * 5. Otherwise, with `allowSplit: false`: if every tracked SKU could be covered in total (summed over locations, or it
 *    may be backordered) → `SplitRequired` naming the SKUs no single location covers (when each is covered somewhere,
 *    just not together, those the location covering the most SKUs lacks); else `InsufficientStock`.
 * 6. Splitting, per SKU: the first location that covers its whole quantity; failing that, min(available, remaining)
 *    from each location with stock, by priority. A remainder of a backorderable SKU is added to the highest-priority
 *    active location (merged with its line there) and listed in `backordered`; any other remainder is a shortfall
 *    `{ sku, requested, available }` with available summed over the active locations.
 * 7. Any shortfall → `InsufficientStock` naming every short SKU. With tracked lines and no active location, every
 *    tracked SKU is short — backorderable ones too: there is nowhere to hold them.
 * 8. Lines come out ordered by SKU, then location priority; when ok, each tracked SKU's lines add up to its summed
 *    request. Error lists, `untracked` and `backordered` are ordered by SKU too, so line order never changes the result.
 *
 * Quantities must be whole and positive (a broken contract throws `RangeError`; validate with `isValidQuantity`).
 */
export function allocate(request: AllocationRequest): Result<Allocation> {
  for (const line of request.lines) assertWholeQuantity(line.quantity, 1, `Quantity of ${line.sku}`);
  const summed = sumLines(request.lines).sort(bySku);

  const policies = new Map<string, ItemPolicy>();
  for (const item of request.items) if (!policies.has(skuKey(item.sku))) policies.set(skuKey(item.sku), item);
  const unknown = summed.filter((line) => !policies.has(skuKey(line.sku)));
  if (unknown.length > 0) return { ok: false, error: { type: 'UnknownSku', skus: unknown.map((line) => line.sku) } };

  const untracked: RequestLine[] = [];
  const tracked: Demand[] = [];
  for (const line of summed) {
    const key = skuKey(line.sku);
    const policy = policies.get(key);
    if (policy?.tracked) tracked.push({ sku: line.sku, key, quantity: line.quantity, allowBackorder: policy.allowBackorder });
    else untracked.push(line);
  }
  if (tracked.length === 0) return { ok: true, value: { lines: [], untracked, backordered: [] } };

  const active = activeLocations(request.locations);
  const free = freeStock(request.levels);
  const totalFree = (demand: Demand): number => active.reduce((sum, location) => sum + free(demand, location), 0);
  const shortfall = (demand: Demand): Shortfall => ({ sku: demand.sku, requested: demand.quantity, available: totalFree(demand) });
  const covers = (location: StockLocation, demand: Demand): boolean => free(demand, location) >= demand.quantity;

  const first = active[0];
  if (!first) return { ok: false, error: { type: 'InsufficientStock', shortfalls: tracked.map(shortfall) } };

  const single = active.find((location) => tracked.every((demand) => covers(location, demand)));
  if (single) {
    const lines = tracked.map((demand) => ({ sku: demand.sku, locationId: single.id, quantity: demand.quantity }));
    return { ok: true, value: { lines, untracked, backordered: [] } };
  }

  if (request.allowSplit === false) {
    const short = tracked.filter((demand) => !demand.allowBackorder && totalFree(demand) < demand.quantity);
    if (short.length > 0) return { ok: false, error: { type: 'InsufficientStock', shortfalls: short.map(shortfall) } };
    let uncovered = tracked.filter((demand) => !active.some((location) => covers(location, demand)));
    if (uncovered.length === 0) {
      // Each SKU is in stock somewhere, just not together: name what the best-stocked location lacks.
      const coveredAt = (location: StockLocation): number => tracked.filter((demand) => covers(location, demand)).length;
      const best = active.reduce((top, location) => (coveredAt(location) > coveredAt(top) ? location : top), first);
      uncovered = tracked.filter((demand) => !covers(best, demand));
    }
    return { ok: false, error: { type: 'SplitRequired', skus: uncovered.map((demand) => demand.sku) } };
  }

  const lines: AllocationLine[] = [];
  const backordered: RequestLine[] = [];
  const shortfalls: Shortfall[] = [];
  for (const demand of tracked) {
    const whole = active.find((location) => covers(location, demand));
    if (whole) {
      lines.push({ sku: demand.sku, locationId: whole.id, quantity: demand.quantity });
      continue;
    }
    const taken: { locationId: string; quantity: number }[] = [];
    let remaining = demand.quantity;
    for (const location of active) {
      const take = Math.min(free(demand, location), remaining);
      if (take > 0) {
        taken.push({ locationId: location.id, quantity: take });
        remaining -= take;
      }
    }
    if (remaining > 0) {
      if (!demand.allowBackorder) {
        shortfalls.push(shortfall(demand));
        continue;
      }
      // Taken in priority order, so a line at the first location can only be the first one.
      const atFirst = taken[0];
      if (atFirst?.locationId === first.id) atFirst.quantity += remaining;
      else taken.unshift({ locationId: first.id, quantity: remaining });
      backordered.push({ sku: demand.sku, quantity: remaining });
    }
    for (const part of taken) lines.push({ sku: demand.sku, ...part });
  }
  if (shortfalls.length > 0) return { ok: false, error: { type: 'InsufficientStock', shortfalls } };
  return { ok: true, value: { lines, untracked, backordered } };
}
