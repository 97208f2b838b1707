import type { CatalogService } from '@emporium/catalog-api';
import type { CurrencyCode } from '@emporium/money';
import { findShipmentByTrackingNumber, listTrackingEvents } from '@emporium/shipping-data-access';
import { compactPostcode } from '@emporium/shipping-domain';
import { domainError, publicProcedure, router } from '@emporium/platform-trpc';
import { shippingAdminRouter } from './shipping-admin.router';
import { ratesInput } from './shipping.inputs';
import { trackInput } from './shipments.inputs';
import { tableRates } from './shipping-quotes';

/**
 * The shipping service. Shoppers (the cart and the checkout) ask for rates; staff set up zones and methods.
 * Staff also create shipments, buy labels and print them (admin.shipments); shoppers track parcels (track).
 */
export const shippingRouter = router({
  /**
   * The options for a destination and a cart's contents: weights and prices come from the catalog (nothing from the
   * client but the variants and quantities). Lines the catalog does not know are left out of the weight.
   */
  rates: publicProcedure.input(ratesInput).query(async ({ ctx, input }) => {
    const currency = input.currency as CurrencyCode;
    const { variants } = await ctx.services.client<CatalogService>('catalog').variants.lookup.query({ variantIds: input.lines.map((line) => line.variantId), currency });
    const byId = new Map(variants.map((variant) => [variant.variantId, variant]));
    let weightGrams = 0;
    let subtotal = 0;
    for (const line of input.lines) {
      const variant = byId.get(line.variantId);
      if (!variant) continue;
      weightGrams += Math.max(1, variant.weightGrams) * line.quantity;
      subtotal += (variant.price?.amount ?? 0) * line.quantity;
    }
    const rates = await tableRates(ctx, { address: input.destination, subtotal: { amount: subtotal, currency }, weightGrams: Math.max(1, weightGrams) });
    return { options: rates.options, notes: rates.notes };
  }),

  /**
   * A parcel's progress for whoever holds its tracking number and the destination's postcode: the status and the
   * carrier's events (what, where as city/region/country, when) — never the order, names or addresses. A wrong
   * postcode and an unknown number answer the same NOT_FOUND, so neither can be told apart by guessing.
   */
  track: publicProcedure.input(trackInput).query(async ({ ctx, input }) => {
    const shipment = await findShipmentByTrackingNumber(ctx.db, input.trackingNumber);
    if (!shipment || compactPostcode(shipment.shipTo.postalCode) !== compactPostcode(input.postalCode)) {
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
