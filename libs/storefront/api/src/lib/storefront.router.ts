import type { CatalogService } from '@emporium/catalog-api';
import { checkoutRouter } from '@emporium/checkout-api';
import { publicProcedure, router, type ServiceRef } from '@emporium/platform-trpc';
import { homeInput } from './storefront.inputs';

const FEATURED_COUNT = 12;

/**
 * The storefront service is the SPA's backend-for-frontend: it composes what a page needs from the other services
 * in one round trip, calling them through their public procedures (in-process or over HTTP, by topology).
 */
export const storefrontRouter = router({
  /** The featured products, priced in the shopper's currency; products without a price in it are left out by the catalog. */
  home: publicProcedure.input(homeInput).query(async ({ ctx, input }) => {
    const catalog = ctx.services.client<CatalogService>('catalog');
    const page = await catalog.products.list.query({ limit: FEATURED_COUNT, currency: input.currency });
    return { featured: page.items };
  }),

  /** The checkout: delivery options, review, placing the order and following it through payment. */
  checkout: checkoutRouter,
});

export type StorefrontRouter = typeof storefrontRouter;
export type StorefrontService = ServiceRef<'storefront', StorefrontRouter>;
