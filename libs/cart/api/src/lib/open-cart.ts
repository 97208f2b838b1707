import type { Cart, CartNotice } from '@emporium/cart-domain';
import {
  type CartDestination,
  createGuestCart,
  findCustomerCart,
  findGuestCart,
  lockOrCreateCustomerCart,
  newCartToken,
  saveCartCoupons,
  saveCartDestination,
  saveCartLines,
  type StoredCart,
} from '@emporium/cart-data-access';
import type { CurrencyCode } from '@emporium/money';
import { type DbTransaction, inTransaction } from '@emporium/platform-db';
import type { RequestContext } from '@emporium/platform-trpc';
import { cartNotFound } from './cart-errors';
import { noticeView } from './cart-notices';
import { type CartOwner, cartOwner, clearCartCookie, sendCartCookie, tokenHashOf } from './cart-owner';
import type { CartNoticeView } from './cart-view';
import { mergeGuestCart } from './merge-guest-cart';

/** The currency of a cart created without one named (the shop's first currency). */
export const DEFAULT_CART_CURRENCY = 'USD' as CurrencyCode;

export interface OpenedCart {
  readonly owner: CartOwner;
  /** Null for a visitor who has no cart yet. */
  readonly stored: StoredCart | null;
  /** What happened on the way: a merged guest cart, and what the change itself reported. */
  readonly notices: readonly CartNoticeView[];
}

/** A cart a caller names must be theirs; any other id — someone else's, or none at all — is not found. */
function checkCartId(stored: StoredCart | null, cartId: string | undefined): void {
  if (cartId !== undefined && stored?.id !== cartId) throw cartNotFound();
}

const merges = new WeakMap<RequestContext, Promise<{ owner: CartOwner; notices: CartNoticeView[] }>>();

/** Who owns the cart, after merging a waiting guest cart — once per request, however many steps ask. */
function ownerAndMerge(ctx: RequestContext): Promise<{ owner: CartOwner; notices: CartNoticeView[] }> {
  let merged = merges.get(ctx);
  if (!merged) {
    merged = (async () => {
      const owner = await cartOwner(ctx);
      const notices = owner.kind === 'customer' && owner.guestToken ? await mergeGuestCart(ctx, owner.userId, owner.guestToken) : [];
      return { owner, notices };
    })();
    merges.set(ctx, merged);
  }
  return merged;
}

/** The caller's cart as it is (a guest cart waiting in a customer's cookie is merged first). Creates nothing. */
export async function readCart(ctx: RequestContext, cartId?: string): Promise<OpenedCart> {
  const { owner, notices } = await ownerAndMerge(ctx);
  const stored =
    owner.kind === 'customer' ? await findCustomerCart(ctx.db, owner.userId) : owner.token ? await findGuestCart(ctx.db, tokenHashOf(owner.token)) : null;
  // A token that opens nothing (expired, merged, forged) is dropped from the browser.
  if (owner.kind === 'guest' && owner.token && !stored) clearCartCookie(ctx);
  checkCartId(stored, cartId);
  return { owner, stored, notices };
}

/** What a change leaves behind; whatever is left out stays as it was. */
export interface CartEdit {
  readonly cart?: Cart;
  readonly couponCodes?: readonly string[];
  readonly destination?: CartDestination | null;
  readonly notices?: readonly CartNotice[];
}

export interface ChangeOptions {
  readonly cartId?: string;
  /** Whether a caller without a cart gets one (adding does; removing from nothing does not). */
  readonly create: boolean;
  /** The currency of a cart created here. */
  readonly currency?: CurrencyCode;
}

/**
 * Runs one change on the caller's cart inside a transaction holding the cart's row lock, so two tabs changing one
 * cart at once take turns and neither change is lost. `work` receives the cart (null when there is none and
 * `create` is false) and returns the edit, or throws a typed error — which rolls everything back.
 * A new guest cart's cookie is sent only once its row is committed.
 */
export async function changeCart(
  ctx: RequestContext,
  options: ChangeOptions,
  work: (stored: StoredCart | null, trx: DbTransaction) => Promise<CartEdit>,
): Promise<OpenedCart> {
  const { owner, notices: mergeNotices } = await ownerAndMerge(ctx);
  const currency = options.currency ?? DEFAULT_CART_CURRENCY;
  let newToken: string | null = null;
  const { stored, notices } = await inTransaction(ctx.db, async (trx) => {
    let current: StoredCart | null;
    if (owner.kind === 'customer') {
      current = options.create ? await lockOrCreateCustomerCart(trx, owner.userId, currency) : await findCustomerCart(trx, owner.userId, { forUpdate: true });
    } else {
      current = owner.token ? await findGuestCart(trx, tokenHashOf(owner.token), { forUpdate: true }) : null;
      checkCartId(current, options.cartId);
      if (!current && options.create) {
        newToken = newCartToken();
        current = await createGuestCart(trx, tokenHashOf(newToken), currency);
      }
    }
    // A customer's cart created just now has an id the caller cannot have named: the transaction rolls it back.
    if (owner.kind === 'customer') checkCartId(current, options.cartId);
    const edit = await work(current, trx);
    if (!current) return { stored: null, notices: [] };
    if (edit.cart) await saveCartLines(trx, current.id, edit.cart);
    if (edit.couponCodes) await saveCartCoupons(trx, current.id, edit.couponCodes);
    if (edit.destination !== undefined) await saveCartDestination(trx, current.id, edit.destination);
    const after: StoredCart = {
      ...current,
      cart: edit.cart ?? current.cart,
      couponCodes: edit.couponCodes ?? current.couponCodes,
      destination: edit.destination === undefined ? current.destination : edit.destination,
      updatedAt: new Date(),
    };
    return { stored: after, notices: (edit.notices ?? []).map((notice) => noticeView(notice, [current.cart, after.cart])) };
  });
  if (newToken) sendCartCookie(ctx, newToken);
  return { owner, stored, notices: [...mergeNotices, ...notices] };
}
