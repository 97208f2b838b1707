import type { ServiceRef } from '@emporium/platform-trpc';
import type { InventoryRouter } from './inventory.router';

/** How other services name the inventory for a typed client: `ctx.services.client<InventoryService>('inventory')`. */
export type InventoryService = ServiceRef<'inventory', InventoryRouter>;
