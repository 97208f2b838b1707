import type { ServiceRef } from '@emporium/platform-trpc';
import type { CartRouter } from './cart.router';

/** How other services (the checkout) name the cart for a typed client: `ctx.services.client<CartService>('cart')`. */
export type CartService = ServiceRef<'cart', CartRouter>;
