import type { InventoryService } from '@emporium/inventory-api';
import type { RatingAddress } from '@emporium/shipping-carriers';
import type { Database } from '@emporium/platform-db';
import type { RequestContext } from '@emporium/platform-trpc';

/** Locations change rarely; rates are asked often. */
const ORIGIN_TTL_MS = 60_000;
const cached = new WeakMap<Database, { readonly at: number; readonly origin: RatingAddress | null }>();

/**
 * Where parcels usually leave from, for carriers that price by distance: the inventory's most preferred active
 * location that has a country and a postcode (asked of the inventory service, remembered for a minute), or null.
 */
export async function ratingOrigin(ctx: RequestContext, now = Date.now()): Promise<RatingAddress | null> {
  const hit = cached.get(ctx.db);
  if (hit && now - hit.at < ORIGIN_TTL_MS) return hit.origin;
  const locations = await ctx.services.client<InventoryService>('inventory').locations.active.query();
  const first = locations.find((location) => location.address.countryCode && location.address.postalCode);
  const origin = first
    ? { country: first.address.countryCode as string, postalCode: first.address.postalCode as string, ...(first.address.region ? { region: first.address.region } : {}) }
    : null;
  cached.set(ctx.db, { at: now, origin });
  return origin;
}
