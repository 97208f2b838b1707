import type { CatalogService } from '@emporium/catalog-api';
import type { CurrencyCode } from '@emporium/money';
import { findShipmentByTrackingNumber, listTrackingEvents, trackingGuesses } from '@emporium/shipping-data-access';
import { compactPostcode } from '@emporium/shipping-domain';
import { domainError, internalProcedure, publicProcedure, rateLimited, type RequestContext, router } from '@emporium/platform-trpc';
import { shippingAdminRouter } from './shipping-admin.router';
import { checkoutRatesInput, ratesInput, type RatesInput } from './shipping.inputs';
import { trackInput } from './shipments.inputs';
import { shopRates } from './shop-rates';

/**
 * The shipping service. Shoppers (the cart and the checkout) ask for rates; staff set up zones and methods.
 * Staff also create shipments, buy labels and print them (admin.shipments); shoppers track parcels (track).
 */
/** Weights and list prices from the catalog (nothing from the client but the variants and quantities); unknown variants weigh nothing. */
async function cartRates(ctx: RequestContext, input: RatesInput, subtotalAfterDiscounts: number | null) {
  const currency = input.currency as CurrencyCode;
  const { variants } = await ctx.services.client<CatalogService>('catalog').variants.lookup.query({ variantIds: input.lines.map((line) => line.variantId), currency });
  const byId = new Map(variants.map((variant) => [variant.variantId, variant]));
  let listSubtotal = 0;
  const lines = input.lines.flatMap((line, index) => {
    const variant = byId.get(line.variantId);
    if (!variant) return [];
    listSubtotal += (variant.price?.amount ?? 0) * line.quantity;
    // A variant without a weight still travels: a gram, so it is packed and counted.
    return [{ lineId: `${index}:${line.variantId}`, sku: variant.sku, quantity: line.quantity, unitWeightGrams: Math.max(1, variant.weightGrams) }];
  });
  return shopRates(ctx, { destination: input.destination, currency, subtotal: subtotalAfterDiscounts ?? listSubtotal, lines });
}

export const shippingRouter = router({
  /**
   * The options for a destination and a cart's contents: weights and prices come from the catalog (nothing from the
   * client but the variants and quantities). Lines the catalog does not know are left out of the weight.
   */
  rates: publicProcedure.input(ratesInput).query(({ ctx, input }) => cartRates(ctx, input, null)),

  /**
   * For the checkout: the same options for the merchandise total after discounts (which the cart works out), so a
   * free-delivery threshold counts what the shopper actually pays.
   */
  checkoutRates: internalProcedure.input(checkoutRatesInput).query(({ ctx, input }) => cartRates(ctx, input, input.subtotal)),

  /**
   * A parcel's progress for whoever holds its tracking number and the destination's postcode: the status and the
   * carrier's events (what, where as city/region/country, when) — never the order, names or addresses. A wrong
   * postcode and an unknown number answer the same NOT_FOUND, so neither can be told apart by guessing; too many of
   * them from one address → TOO_MANY_REQUESTS for a while.
   */
  track: publicProcedure.input(trackInput).query(async ({ ctx, input }) => {
    const guesses = trackingGuesses(ctx.db);
    const address = ctx.client.ip ?? 'unknown';
    const wait = await guesses.waitSeconds(address);
    if (wait > 0) throw rateLimited(ctx, 'TRACKING_GUESSES_LIMITED', 'Too many lookups that found nothing.', wait);
    const shipment = await findShipmentByTrackingNumber(ctx.db, input.trackingNumber);
    // The customer's own postcode: a parcel's destination, or where a return label collects from.
    const customer = shipment && (shipment.kind === 'return' ? shipment.shipFrom : shipment.shipTo);
    if (!shipment || !customer || compactPostcode(customer.postalCode) !== compactPostcode(input.postalCode)) {
      await guesses.recordMiss(address);
      throw domainError('NOT_FOUND', 'TRACKING_NOT_FOUND', 'No parcel with that tracking number goes to that postcode');
    }
    const events = await listTrackingEvents(ctx.db, shipment.id);
    return {
      trackingNumber: input.trackingNumber,
      status: shipment.status,
      events: events.map((event) => ({
        status: event.status,
        description: event.description,
        location: event.location ? { city: event.location.city, ...(event.location.region ? { region: event.location.region } : {}), country: event.location.country } : null,
        occurredAt: event.occurredAt,
      })),
    };
  }),

  admin: shippingAdminRouter,
});

export type ShippingRouter = typeof shippingRouter;
