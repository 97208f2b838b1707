import { quoteAll, type QuoteRequest, TABLE_RATE_CODE } from '@emporium/shipping-carriers';
import { listZones } from '@emporium/shipping-data-access';
import { type DeliveryWindow, packParcels, type ShippingAddress, validateAddress, zoneFor } from '@emporium/shipping-domain';
import type { CurrencyCode, Money } from '@emporium/money';
import type { RequestContext } from '@emporium/platform-trpc';
import { ratingOrigin } from './rating-origin';
import { deliveryWindow } from './shop-calendar';
import { shippingCarriers } from './shipping-carriers';
import { addressError } from './shipping-errors';

/** One delivery option the checkout offers: `id` is what it sends back when the shopper picks it. */
export interface ShopRateOption {
  /** `<carrier>:<service>`; the checkout re-quotes and matches it, so a stale or forged amount is never charged. */
  readonly id: string;
  readonly carrier: string;
  readonly service: string;
  readonly name: string;
  readonly amount: Money;
  readonly free: boolean;
  readonly transitDays: { readonly min: number; readonly max: number };
  /** If ordered now: the dispatch date and the delivery dates (the warehouse's calendar: cut-off, weekends, holidays). */
  readonly delivery: DeliveryWindow;
}

export interface ShopRates {
  /** Cheapest first. */
  readonly options: readonly ShopRateOption[];
  /** Sentences for the shopper: why there is nothing, or that some carriers are missing right now. */
  readonly notes: readonly string[];
}

export interface RatedLine {
  readonly lineId: string;
  readonly sku: string;
  readonly quantity: number;
  readonly unitWeightGrams: number;
}

/** Packed as a shipment would be; lines too heavy for one parcel leave the packing to the carriers (one parcel of the total). */
function parcelsFor(ctx: RequestContext, lines: readonly RatedLine[]): QuoteRequest['parcels'] {
  const packed = packParcels(lines, { maxWeightGrams: ctx.config.SHIPPING_MAX_PARCEL_GRAMS });
  if (packed.ok && packed.value.parcels.length > 0) return packed.value.parcels.map((parcel) => ({ weightGrams: parcel.weightGrams }));
  return [{ weightGrams: Math.max(1, lines.reduce((sum, line) => sum + line.unitWeightGrams * line.quantity, 0)) }];
}

/**
 * What the checkout offers for a destination and a cart: the merchant's table rates and every configured carrier's
 * live quotes, asked in parallel and waited for at most SHIPPING_QUOTE_TIMEOUT_MS. A carrier that is slow, down or
 * refuses leaves its services out and the shopper a note — never an error. Each option says when it would arrive
 * if ordered now. Carriers that price by distance are asked
 * only once the shopper gave a postcode. An address that cannot exist is BAD_REQUEST at its field.
 */
export async function shopRates(
  ctx: RequestContext,
  input: { readonly destination: ShippingAddress; readonly currency: CurrencyCode; readonly subtotal: number; readonly lines: readonly RatedLine[] },
): Promise<ShopRates> {
  const destination = validateAddress(input.destination);
  if (!destination.ok) throw addressError(destination.error);
  const shipTo = destination.value;
  const origin = shipTo.postalCode ? await ratingOrigin(ctx) : null;
  const configured = shippingCarriers(ctx.config, ctx.db);
  const carriers = configured.filter((carrier) => carrier.code === TABLE_RATE_CODE || origin !== null);
  const request: QuoteRequest = {
    // The table rate looks only at the destination; distance-priced carriers get the warehouse.
    shipFrom: origin ?? shipTo,
    shipTo,
    parcels: parcelsFor(ctx, input.lines),
    currency: input.currency,
    subtotal: { amount: input.subtotal, currency: input.currency },
  };
  const quoted = await quoteAll(carriers, request, { timeoutMs: ctx.config.SHIPPING_QUOTE_TIMEOUT_MS });
  for (const note of quoted.notes) ctx.logger.warn({ carrier: note.carrier, reason: note.reason, err: note.error }, note.message);

  const now = new Date();
  const options = quoted.options.map((quote) => ({
    id: `${quote.carrier}:${quote.service}`,
    carrier: quote.carrier,
    service: quote.service,
    name: quote.name,
    amount: quote.amount,
    free: quote.free ?? false,
    transitDays: quote.transitDays,
    delivery: deliveryWindow(ctx.config, now, quote.transitDays),
  }));
  const notes: string[] = [];
  if (quoted.notes.length > 0) notes.push('Some delivery options are unavailable right now; the ones shown can be chosen.');
  if (options.length === 0 && quoted.notes.length === 0) {
    const covered = zoneFor(await listZones(ctx.db), shipTo) !== null;
    notes.push(covered ? 'No delivery option can take this order to that address' : `We do not ship to ${shipTo.country} yet`);
  }
  if (!shipTo.postalCode && configured.length > 1) notes.push('Enter your postcode to see every delivery option.');
  return { options, notes };
}
