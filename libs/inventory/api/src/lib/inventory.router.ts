import { availabilityInput, commitInput, locationIdInput, releaseInput, reservationIdInput, reserveInput, restockInput } from '@emporium/inventory-contracts';
import { type Actor, availabilityOf, commit, getLocation, getReservation, listActiveLocations, release, reserve, restock } from '@emporium/inventory-data-access';
import { domainError, internalProcedure, publicProcedure, router } from '@emporium/platform-trpc';
import { inventoryAdminRouter } from './inventory-admin.router';
import { unwrap } from './inventory-errors';

/** Stock calls come from the checkout and the order service; the ledger notes the reference they pass. */
const SERVICE_ACTOR: Actor = { id: 'service', label: null };

/**
 * The inventory service. Shoppers (and the cart and catalog) may ask what is available; holding, committing and
 * returning stock is for other services only — a browser reaches it through the checkout, never directly.
 */
export const inventoryRouter = router({
  /** Availability of up to 250 SKUs at once; SKUs the inventory does not know are listed apart. */
  availability: publicProcedure.input(availabilityInput).query(({ ctx, input }) => availabilityOf(ctx.db, input.skus)),

  /**
   * Holds stock for a checkout attempt. The same idempotency key returns the same reservation (`replayed: true`);
   * the same key with a different request is refused. Out of stock is a CONFLICT with reason OUT_OF_STOCK and the
   * shortfall per SKU.
   */
  reserve: internalProcedure.input(reserveInput).mutation(async ({ ctx, input }) =>
    unwrap(await reserve(ctx.db, ctx.events, { ...input, reference: input.reference ?? null }, SERVICE_ACTOR)),
  ),

  /** Gives a reservation's units back (payment failed, checkout abandoned, order cancelled before commitment). */
  release: internalProcedure.input(releaseInput).mutation(async ({ ctx, input }) => unwrap(await release(ctx.db, ctx.events, input, SERVICE_ACTOR))),

  /** The order was placed: the held units leave stock. */
  commit: internalProcedure.input(commitInput).mutation(async ({ ctx, input }) => unwrap(await commit(ctx.db, ctx.events, input, SERVICE_ACTOR))),

  /** Units of a committed reservation come back (return received, cancellation after commitment). */
  restock: internalProcedure.input(restockInput).mutation(async ({ ctx, input }) =>
    unwrap(await restock(ctx.db, ctx.events, { ...input, locationId: input.locationId ?? null }, SERVICE_ACTOR)),
  ),

  reservation: internalProcedure.input(reservationIdInput).query(async ({ ctx, input }) => {
    const reservation = await getReservation(ctx.db, input.reservationId);
    if (!reservation) throw domainError('NOT_FOUND', 'RESERVATION_NOT_FOUND', 'No such reservation', { reservationId: input.reservationId });
    return reservation;
  }),

  locations: router({
    /** A location's name and address (null when there is no such location), for the shipping service to ship from or take returns to. */
    get: internalProcedure.input(locationIdInput).query(({ ctx, input }) => getLocation(ctx.db, input.locationId)),
    /** The active locations, most preferred first: where parcels usually leave from (the shipping service rates from the first). */
    active: internalProcedure.query(({ ctx }) => listActiveLocations(ctx.db)),
  }),

  admin: inventoryAdminRouter,
});

export type InventoryRouter = typeof inventoryRouter;
