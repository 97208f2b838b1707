export { inventoryEventHandlers, skusRegisteredHandler, stockAlertHandler } from './lib/inventory.handlers';
export { expireReservationsJob } from './lib/inventory.jobs';
export { type InventoryRouter, inventoryRouter } from './lib/inventory.router';
export type { InventoryService } from './lib/inventory.service-ref';
