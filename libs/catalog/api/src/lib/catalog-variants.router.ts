import { lookupVariantsForCart } from '@emporium/catalog-data-access';
import { internalProcedure, router } from '@emporium/platform-trpc';
import { variantLookupInput } from './catalog.inputs';

export const catalogVariantsRouter = router({
  /**
   * What a cart needs to price, tax and show its lines: each variant once, in the order first asked for, with its
   * price in `currency` (null if it has none there) and its and its product's status, drafts and archived included, so
   * the cart can tell a shopper a line became unavailable. Unknown ids are left out, never an error. Not cached: a
   * cart prices from what is stored now. For other services only: it answers for drafts, which shoppers never see.
   */
  lookup: internalProcedure
    .input(variantLookupInput)
    .query(async ({ ctx, input }) => ({ variants: await lookupVariantsForCart(ctx.db, input.variantIds, input.currency) })),
});
