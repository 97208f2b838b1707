import type { ServiceRef } from '@emporium/platform-trpc';
import type { OrderRouter } from './order.router';

/** How other services name the order service: `ctx.services.client<OrderService>('order')`. */
export type OrderService = ServiceRef<'order', OrderRouter>;
