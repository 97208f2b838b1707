import type { ServiceRef } from '@emporium/platform-trpc';
import type { ShippingRouter } from './shipping.router';

/** How other services name the shipping service: `ctx.services.client<ShippingService>('shipping')`. */
export type ShippingService = ServiceRef<'shipping', ShippingRouter>;
