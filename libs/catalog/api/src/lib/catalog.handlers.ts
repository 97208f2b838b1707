import { applyAvailabilityChange, type AvailabilityChanged } from '@emporium/catalog-data-access';
import { defineEventHandler, type EventHandler } from '@emporium/platform-events';

/** Keeps the catalog's availability projection (in-stock filter, facets, badges) current from inventory events. */
export const availabilityChangedHandler: EventHandler = defineEventHandler<AvailabilityChanged>({
  consumer: 'catalog',
  event: 'inventory.availability-changed',
  async handle(event, trx, { logger }) {
    const outcome = await applyAvailabilityChange(trx, event.payload);
    if (outcome !== 'applied') logger.debug({ eventId: event.id, sku: event.payload.sku, outcome }, 'availability change not applied');
  },
});

export const catalogEventHandlers: EventHandler[] = [availabilityChangedHandler];
