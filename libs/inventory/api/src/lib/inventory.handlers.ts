import { type AvailabilityChanged, applyStockAlert, registerSkus, type SkusRegistered } from '@emporium/inventory-data-access';
import { defineEventHandler, type EventHandler } from '@emporium/platform-events';

/** The catalog sells new SKUs (or renamed one): they become items with stock records. */
export const skusRegisteredHandler: EventHandler = defineEventHandler<SkusRegistered>({
  consumer: 'inventory',
  event: 'catalog.skus-registered',
  async handle(event, trx, { events, logger }) {
    const outcome = await registerSkus(trx, events, { ...event.payload, renamed: event.payload.renamed ?? [] });
    logger.info({ eventId: event.id, ...outcome }, 'SKUs registered');
  },
});

/** The alerts list follows the inventory's own status changes. */
export const stockAlertHandler: EventHandler = defineEventHandler<AvailabilityChanged>({
  consumer: 'inventory',
  event: 'inventory.availability-changed',
  async handle(event, trx, { logger }) {
    const outcome = await applyStockAlert(trx, event.payload);
    if (outcome !== 'applied') logger.debug({ eventId: event.id, sku: event.payload.sku, outcome }, 'stock alert not applied');
  },
});

export const inventoryEventHandlers: EventHandler[] = [skusRegisteredHandler, stockAlertHandler];
