import type { TRPCError } from '@trpc/server';
import type { InventoryService } from '@emporium/inventory-api';
import { describeShippingError, type PostalAddress, validateAddress } from '@emporium/shipping-domain';
import { invalidInput, type RequestContext } from '@emporium/platform-trpc';

function unusable(path: string, message: string): TRPCError {
  return invalidInput([{ path, message }]);
}

/**
 * The postal address of one of the inventory service's locations — where a shipment leaves from or a return goes back
 * to — asked of the inventory service (shipping never reads its tables). A location that does not exist, is inactive,
 * or has no complete address is refused at `path`, with what staff must fix.
 */
export async function locationAddress(ctx: RequestContext, locationId: string, path: string): Promise<PostalAddress> {
  const location = await ctx.services.client<InventoryService>('inventory').locations.get.query({ locationId });
  if (!location) throw unusable(path, 'No such inventory location');
  const label = `${location.name} (${location.code})`;
  if (!location.active) throw unusable(path, `${label} is inactive; activate it under Inventory → Locations or choose another`);
  const { line1, line2, city, region, postalCode, countryCode } = location.address;
  if (!line1 || !city || !postalCode || !countryCode) {
    throw unusable(path, `${label} has no complete address; add its street, city, postcode and country under Inventory → Locations`);
  }
  const checked = validateAddress({ country: countryCode, postalCode, ...(region ? { region } : {}) });
  if (!checked.ok) throw unusable(path, `${label}'s address cannot be shipped from: ${describeShippingError(checked.error)}`);
  return {
    name: location.name,
    line1,
    ...(line2 ? { line2 } : {}),
    city,
    ...(region ? { region } : {}),
    postalCode,
    country: checked.value.country,
  };
}
