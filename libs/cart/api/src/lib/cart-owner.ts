import { hashCartToken, isWellFormedCartToken } from '@emporium/cart-data-access';
import type { RequestContext } from '@emporium/platform-trpc';
import { cartCookie, cartCookieName, clearedCartCookie } from './cart-cookie';

/** Whose cart a call works on: a signed-in customer's, or a guest's (by the token in their cookie, if any). */
export type CartOwner =
  | { readonly kind: 'customer'; readonly userId: string; readonly guestToken: string | null }
  | { readonly kind: 'guest'; readonly token: string | null };

export async function cartOwner(ctx: RequestContext): Promise<CartOwner> {
  const { user } = await ctx.identify();
  const raw = ctx.cookie(cartCookieName(ctx.secureCookies));
  const token = raw !== null && isWellFormedCartToken(raw) ? raw : null;
  return user ? { kind: 'customer', userId: user.id, guestToken: token } : { kind: 'guest', token };
}

/** Who redeems coupons and counts towards per-customer limits: the account, when there is one. */
export function customerKeyOf(owner: CartOwner): string | null {
  return owner.kind === 'customer' ? owner.userId : null;
}

export function tokenHashOf(token: string): Buffer {
  return hashCartToken(token);
}

/** Hands the browser its new guest cart token (only over HTTP: a local call has no response of its own). */
export function sendCartCookie(ctx: RequestContext, token: string): void {
  ctx.responseHeaders?.append('set-cookie', cartCookie(token, ctx.secureCookies));
}

export function clearCartCookie(ctx: RequestContext): void {
  ctx.responseHeaders?.append('set-cookie', clearedCartCookie(ctx.secureCookies));
}
