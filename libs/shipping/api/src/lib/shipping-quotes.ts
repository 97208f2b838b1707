import type { Money } from '@emporium/money';
import { listMethods, listZones } from '@emporium/shipping-data-access';
import { describeShippingError, quoteMethods, type ShippingAddress, type ShippingOption } from '@emporium/shipping-domain';
import type { RequestContext } from '@emporium/platform-trpc';
import { addressError } from './shipping-errors';

/** What a shopper sees of the shipping options: the options, and a sentence when there are none or some are missing. */
export interface ShippingRates {
  readonly options: readonly ShippingOption[];
  readonly notes: readonly string[];
}

/**
 * The table-rate options for an address, a subtotal and a weight, from the merchant's zones and methods. An address
 * that cannot be shipped to as written is BAD_REQUEST at its field; an address no zone covers is not an error but an
 * answer with no options and a note.
 */
export async function tableRates(ctx: RequestContext, input: { address: ShippingAddress; subtotal: Money; weightGrams: number }): Promise<ShippingRates & { skipped: number }> {
  const [zones, methods] = await Promise.all([listZones(ctx.db), listMethods(ctx.db)]);
  const quote = quoteMethods(zones, methods, input);
  if (!quote.ok) {
    const error = quote.error;
    if (error.type === 'UnknownCountry' || error.type === 'PostcodeMismatch') throw addressError(error);
    if (error.type === 'NoZoneForAddress') return { options: [], notes: [`We do not ship to ${input.address.country} yet`], skipped: 0 };
    return { options: [], notes: [describeShippingError(error)], skipped: 0 };
  }
  const notes = quote.value.options.length === 0 ? ['No shipping method can carry this order to that address'] : [];
  return { options: quote.value.options, notes, skipped: quote.value.skipped.length };
}
