import {
  acceptPricesInput,
  addToCartInput,
  cartRefInput,
  couponInput,
  removeLineInput,
  setCurrencyInput,
  setDestinationInput,
  setLineQuantityInput,
} from '@emporium/cart-contracts';
import { acceptPrices, addToCart, type CartResult, changeCurrency, clearCart, removeLine, setLineQuantity } from '@emporium/cart-domain';
import { couponGuesses, findCouponCodes } from '@emporium/cart-data-access';
import { publicProcedure, rateLimited, router } from '@emporium/platform-trpc';
import { cartAdminRouter } from './cart-admin.router';
import { cartCheckoutRouter } from './cart-checkout.router';
import { cartError, couponNotApplicable, currencyNotAvailable, couponNotFound, notEnoughStock, variantNotFound } from './cart-errors';
import { lookupVariants, stockOf } from './cart-facts';
import { customerKeyOf } from './cart-owner';
import { buildCartView, emptyCartView } from './cart-view-builder';
import { couponsRouter } from './coupons.router';
import { changeCart, DEFAULT_CART_CURRENCY, readCart } from './open-cart';

/** Most codes one cart carries at once. */
const MAX_COUPONS_PER_CART = 5;

/** The cart after a domain change, or the typed refusal (which rolls the change back). */
function applied(result: CartResult) {
  if (!result.ok) throw cartError(result.error);
  return { cart: result.cart, notices: result.notices };
}

/**
 * The shopper's cart. Every procedure works on the caller's own cart — the account's when signed in (a guest cart
 * still in the cookie is merged into it first), else the guest cart its HttpOnly cookie names — and answers with the
 * whole cart, priced by the server: a price, total or discount sent by the client is never read.
 */
export const cartRouter = router({
  get: publicProcedure.input(cartRefInput).query(async ({ ctx, input }) => buildCartView(ctx, await readCart(ctx, input?.cartId))),

  /**
   * Adds units of a variant at its current catalog price (the snapshot). `currency` is the one the shopper saw the
   * price in: an empty cart takes it, a filled one is switched to it (lines re-priced, never converted). A soft stock
   * check refuses more than the inventory has; the reservation at checkout is the hard one.
   */
  add: publicProcedure.input(addToCartInput).mutation(async ({ ctx, input }) => {
    const before = await readCart(ctx, input.cartId);
    const currency = input.currency ?? before.stored?.cart.currency ?? DEFAULT_CART_CURRENCY;
    const otherLines = before.stored && before.stored.cart.currency !== currency ? before.stored.cart.lines.map((line) => line.variantId) : [];
    const facts = await lookupVariants(ctx, [input.variantId, ...otherLines], currency);
    const variant = facts.get(input.variantId);
    if (!variant) throw variantNotFound(input.variantId);
    const [stock] = await stockOf(ctx, [variant.sku]);
    const now = new Date();
    const opened = await changeCart(ctx, { cartId: input.cartId, create: true, currency }, async (stored) => {
      const current = stored?.cart ?? { currency, lines: [] };
      const switched =
        current.lines.length === 0
          ? { cart: { ...current, currency }, notices: [] }
          : changeCurrency(current, { currency, prices: [...facts.values()].map((entry) => ({ variantId: entry.variantId, price: entry.price })), now });
      const added = applied(addToCart(switched.cart, { variant, quantity: input.quantity, now }));
      const line = added.cart.lines.find((entry) => entry.variantId === variant.variantId);
      if (line && stock && stock.available !== null && line.quantity > stock.available) throw notEnoughStock(variant.sku, stock.available, line.quantity);
      return { cart: added.cart, notices: [...switched.notices, ...added.notices] };
    });
    return buildCartView(ctx, opened);
  }),

  /** Sets a line's quantity (0 removes it), within the per-line maximum and, softly, what the inventory has. */
  setQuantity: publicProcedure.input(setLineQuantityInput).mutation(async ({ ctx, input }) => {
    const before = await readCart(ctx, input.cartId);
    const sku = before.stored?.cart.lines.find((line) => line.variantId === input.variantId)?.sku;
    const [stock] = sku && input.quantity > 0 ? await stockOf(ctx, [sku]) : [];
    const opened = await changeCart(ctx, { cartId: input.cartId, create: false }, async (stored) => {
      if (!stored) throw cartError({ type: 'LineNotFound', variantId: input.variantId });
      const line = stored.cart.lines.find((entry) => entry.variantId === input.variantId);
      const growing = line !== undefined && input.quantity > line.quantity;
      if (growing && stock && stock.available !== null && input.quantity > stock.available) throw notEnoughStock(line.sku, stock.available, input.quantity);
      return applied(setLineQuantity(stored.cart, input.variantId, input.quantity));
    });
    return buildCartView(ctx, opened);
  }),

  remove: publicProcedure.input(removeLineInput).mutation(async ({ ctx, input }) => {
    const opened = await changeCart(ctx, { cartId: input.cartId, create: false }, async (stored) => {
      if (!stored) throw cartError({ type: 'LineNotFound', variantId: input.variantId });
      return applied(removeLine(stored.cart, input.variantId));
    });
    return buildCartView(ctx, opened);
  }),

  /** Empties the cart: its lines and its coupon codes. */
  clear: publicProcedure.input(cartRefInput).mutation(async ({ ctx, input }) => {
    const opened = await changeCart(ctx, { cartId: input?.cartId, create: false }, async (stored) =>
      stored ? { ...applied(clearCart(stored.cart)), couponCodes: [] } : {},
    );
    return buildCartView(ctx, opened);
  }),

  /**
   * Applies a coupon code (trimmed, any case). A code no promotion has is NOT_FOUND; a real code that does not apply
   * to this cart now is refused with the reason (expired, not eligible, minimum not met…) and not stored. Applying a
   * code already on the cart changes nothing. Too many unknown codes from one address → TOO_MANY_REQUESTS for a while.
   */
  applyCoupon: publicProcedure.input(couponInput).mutation(async ({ ctx, input }) => {
    const { code } = input;
    const guesses = couponGuesses(ctx.db);
    const address = ctx.client.ip ?? 'unknown';
    const wait = await guesses.waitSeconds(address);
    // An address that tried too many codes that do not exist waits.
    if (wait > 0) throw rateLimited(ctx, 'COUPON_GUESSES_LIMITED', 'Too many codes tried.', wait);
    const before = await readCart(ctx, input.cartId);
    const lookup = (await findCouponCodes(ctx.db, [code], customerKeyOf(before.owner))).get(code);
    if (!lookup || lookup.promotion.trigger !== 'code') {
      await guesses.recordMiss(address);
      throw couponNotFound(code);
    }
    const stored = before.stored;
    if (!stored || stored.cart.lines.length === 0) {
      throw couponNotApplicable(code, `Add something to your cart before using coupon ${code}`, { type: 'not_eligible' });
    }
    if (stored.couponCodes.includes(code)) return buildCartView(ctx, before);
    if (stored.couponCodes.length >= MAX_COUPONS_PER_CART) {
      throw couponNotApplicable(code, `A cart can carry at most ${MAX_COUPONS_PER_CART} coupons; remove one to add ${code}`, { type: 'too_many_coupons' });
    }
    const trial = await buildCartView(ctx, before, { couponCodes: [...stored.couponCodes, code] });
    const outcome = trial.coupons.find((coupon) => coupon.code === code);
    if (!outcome?.applied) {
      throw couponNotApplicable(code, outcome?.message ?? `Coupon ${code} does not apply to your cart`, { ...(outcome?.rejection ?? { type: 'not_eligible' }) });
    }
    const opened = await changeCart(ctx, { cartId: input.cartId, create: false }, async (current) => {
      if (!current || current.couponCodes.includes(code)) return {};
      return { couponCodes: [...current.couponCodes, code] };
    });
    return buildCartView(ctx, opened);
  }),

  removeCoupon: publicProcedure.input(couponInput).mutation(async ({ ctx, input }) => {
    const opened = await changeCart(ctx, { cartId: input.cartId, create: false }, async (stored) =>
      stored?.couponCodes.includes(input.code) ? { couponCodes: stored.couponCodes.filter((code) => code !== input.code) } : {},
    );
    return buildCartView(ctx, opened);
  }),

  /** Moves the cart to another currency: every line takes the catalog's price there; a line without one is removed (with a notice). */
  setCurrency: publicProcedure.input(setCurrencyInput).mutation(async ({ ctx, input }) => {
    const before = await readCart(ctx, input.cartId);
    if (!before.stored) return emptyCartView(input.currency, before.notices);
    const facts = await lookupVariants(ctx, before.stored.cart.lines.map((line) => line.variantId), input.currency);
    const prices = [...facts.values()].map((entry) => ({ variantId: entry.variantId, price: entry.price }));
    // Switching to a currency none of the lines is sold in would empty the cart: refuse instead.
    if (before.stored.cart.currency !== input.currency && before.stored.cart.lines.length > 0 && prices.every((entry) => entry.price === null)) {
      throw currencyNotAvailable(input.currency);
    }
    const opened = await changeCart(ctx, { cartId: input.cartId, create: false }, async (stored) => {
      if (!stored) return {};
      const switched = changeCurrency(stored.cart, { currency: input.currency, prices, now: new Date() });
      return { cart: switched.cart, notices: switched.notices };
    });
    return buildCartView(ctx, opened);
  }),

  /** Where the order would ship: tax is worked out for it (and the shipping estimate shown); null goes back to the currency's default country. */
  setDestination: publicProcedure.input(setDestinationInput).mutation(async ({ ctx, input }) => {
    const destination = input.destination && { country: input.destination.country, region: input.destination.region ?? null, postalCode: input.destination.postalCode || null };
    const opened = await changeCart(ctx, { cartId: input.cartId, create: false }, async (stored) => (stored ? { destination } : {}));
    return buildCartView(ctx, opened);
  }),

  /**
   * The shopper accepts the current catalog price of flagged lines (all of them when `variantIds` is left out). The
   * prices are read from the catalog here, never taken from the client.
   */
  acceptPrices: publicProcedure.input(acceptPricesInput).mutation(async ({ ctx, input }) => {
    const before = await readCart(ctx, input.cartId);
    if (!before.stored) return emptyCartView(DEFAULT_CART_CURRENCY, before.notices);
    const wanted = input.variantIds ? new Set(input.variantIds) : null;
    const ids = before.stored.cart.lines.map((line) => line.variantId).filter((id) => wanted === null || wanted.has(id));
    const facts = await lookupVariants(ctx, ids, before.stored.cart.currency);
    const accepted = [...facts.values()].flatMap((entry) => (entry.price ? [{ variantId: entry.variantId, price: entry.price }] : []));
    const opened = await changeCart(ctx, { cartId: input.cartId, create: false }, async (stored) => (stored ? applied(acceptPrices(stored.cart, accepted, new Date())) : {}));
    return buildCartView(ctx, opened);
  }),

  coupons: couponsRouter,
  checkout: cartCheckoutRouter,
  admin: cartAdminRouter,
});

export type CartRouter = typeof cartRouter;
