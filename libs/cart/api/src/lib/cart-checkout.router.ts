import { destinationSchema } from '@emporium/cart-contracts';
import { markCartCompleted } from '@emporium/cart-data-access';
import { domainError, internalProcedure, publicProcedure, router } from '@emporium/platform-trpc';
import { z } from 'zod';
import { quoteForCheckout } from './checkout-quote';
import { readCart } from './open-cart';

const cartId = z.uuid({ error: 'Not a valid cart id' });

/**
 * What the checkout asks of the cart. `quote` works on the caller's own cart (the shopper's request, passed on by
 * the checkout), so a cart id that is not theirs is NOT_FOUND; `complete` is for the checkout alone.
 */
export const cartCheckoutRouter = router({
  /** The cart priced for an address and a delivery charge, from the database now; null when the caller has no cart. */
  quote: publicProcedure
    .input(
      z.object({
        cartId: cartId.optional(),
        destination: destinationSchema,
        shippingAmount: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const { region, postalCode, country } = input.destination;
      return quoteForCheckout(ctx, await readCart(ctx, input.cartId), { destination: { country, region, postalCode }, shippingAmount: input.shippingAmount });
    }),

  /** An order was placed from the cart: it stops being the shopper's cart. Asking again changes nothing. */
  complete: internalProcedure.input(z.object({ cartId }).strict()).mutation(async ({ ctx, input }) => {
    const result = await markCartCompleted(ctx.db, input.cartId);
    if (!result.found) throw domainError('NOT_FOUND', 'CART_NOT_FOUND', 'No such cart', { cartId: input.cartId });
    return { completed: true, replayed: !result.changed };
  }),
});
