import type { Money } from '@emporium/money';
import { listMethods, listZones } from '@emporium/shipping-data-access';
import { describeShippingError, describeSkip, quoteMethods, type ShippingAddress, type ShippingOption, type ZoneSpecificity } from '@emporium/shipping-domain';
import type { RequestContext } from '@emporium/platform-trpc';
import { addressError } from './shipping-errors';

/** What a shopper sees of the shipping options: the options, and a sentence when there are none or some are missing. */
export interface ShippingRates {
  readonly options: readonly ShippingOption[];
  readonly notes: readonly string[];
}

/** What staff see in the rate preview besides the options: the zone that matched and why methods were left out. */
export interface RatePreview extends ShippingRates {
  readonly zone: { readonly id: string; readonly name: string; readonly matchedBy: ZoneSpecificity } | null;
  readonly skipped: readonly { readonly methodId: string; readonly name: string; readonly reason: string }[];
}

/**
 * The table-rate options for an address, a subtotal and a weight, from the merchant's zones and methods. An address
 * that cannot be shipped to as written is BAD_REQUEST at its field; an address no zone covers is not an error but an
 * answer with no options and a note.
 */
export async function tableRates(ctx: RequestContext, input: { address: ShippingAddress; subtotal: Money; weightGrams: number }): Promise<RatePreview> {
  const [zones, methods] = await Promise.all([listZones(ctx.db), listMethods(ctx.db)]);
  const quote = quoteMethods(zones, methods, input);
  if (!quote.ok) {
    const error = quote.error;
    if (error.type === 'UnknownCountry' || error.type === 'PostcodeMismatch') throw addressError(error);
    if (error.type === 'NoZoneForAddress') return { options: [], notes: [`We do not ship to ${input.address.country} yet`], zone: null, skipped: [] };
    return { options: [], notes: [describeShippingError(error)], zone: null, skipped: [] };
  }
  const { zone, options, skipped } = quote.value;
  const notes = options.length === 0 ? ['No shipping method can carry this order to that address'] : [];
  return { options, notes, zone, skipped: skipped.map((method) => ({ methodId: method.methodId, name: method.name, reason: describeSkip(method.reason) })) };
}
