import { mergeCarts } from '@emporium/cart-domain';
import { findCustomerCart, findGuestCart, lockOrCreateCustomerCart, markCartMerged, saveCartCoupons, saveCartDestination, saveCartLines } from '@emporium/cart-data-access';
import { inTransaction } from '@emporium/platform-db';
import type { RequestContext } from '@emporium/platform-trpc';
import { lookupVariants } from './cart-facts';
import { mergedNotice, noticeView } from './cart-notices';
import { clearCartCookie, tokenHashOf } from './cart-owner';
import type { CartNoticeView } from './cart-view';

/**
 * Folds the guest cart a signed-in customer still carries in their cookie into their account's cart — the first cart
 * call after sign-in does it, whichever it is — and clears the cookie. Concurrent first calls are safe: each locks the
 * guest cart's row first (so they take turns) and then the customer's, and the second finds the guest cart merged.
 * Every other change locks only one cart, so no two transactions wait on each other in opposite orders.
 */
export async function mergeGuestCart(ctx: RequestContext, userId: string, guestToken: string): Promise<CartNoticeView[]> {
  const tokenHash = tokenHashOf(guestToken);
  const guestPreview = await findGuestCart(ctx.db, tokenHash);
  if (!guestPreview) {
    clearCartCookie(ctx);
    return [];
  }
  // Prices in the customer's currency are needed only when the carts differ in currency; asked before any lock.
  const customerPreview = await findCustomerCart(ctx.db, userId);
  const targetCurrency = customerPreview && customerPreview.cart.lines.length > 0 ? customerPreview.cart.currency : guestPreview.cart.currency;
  const prices =
    targetCurrency === guestPreview.cart.currency
      ? []
      : [...(await lookupVariants(ctx, guestPreview.cart.lines.map((line) => line.variantId), targetCurrency)).values()].map((facts) => ({ variantId: facts.variantId, price: facts.price }));

  const notices = await inTransaction(ctx.db, async (trx) => {
    const guest = await findGuestCart(trx, tokenHash, { forUpdate: true });
    if (!guest) return [];
    if (guest.cart.lines.length === 0 && guest.couponCodes.length === 0 && !guest.destination) {
      await markCartMerged(trx, guest.id, null);
      return [];
    }
    const customer = await lockOrCreateCustomerCart(trx, userId, guest.cart.currency);
    const merged = mergeCarts({ customer: customer.cart, guest: guest.cart, prices, now: new Date() });
    await saveCartLines(trx, customer.id, merged.cart);
    const codes = [...customer.couponCodes, ...guest.couponCodes.filter((code) => !customer.couponCodes.includes(code))];
    if (codes.length !== customer.couponCodes.length) await saveCartCoupons(trx, customer.id, codes);
    if (!customer.destination && guest.destination) await saveCartDestination(trx, customer.id, guest.destination);
    await markCartMerged(trx, guest.id, customer.id);
    const views = merged.notices.map((notice) => noticeView(notice, [guest.cart, customer.cart]));
    return guest.cart.lines.length > 0 ? [mergedNotice(guest.cart.lines.length), ...views] : views;
  });
  clearCartCookie(ctx);
  return notices;
}
