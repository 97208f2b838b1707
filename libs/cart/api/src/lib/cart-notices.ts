import type { Cart, CartNotice } from '@emporium/cart-domain';
import type { CartNoticeView } from './cart-view';
import { formatAmount as amount } from './shopper-text';

/** One sentence per notice, naming the product as the shopper knows it. */
export function noticeView(notice: CartNotice, carts: readonly Cart[]): CartNoticeView {
  const title = carts.flatMap((cart) => cart.lines).find((line) => line.variantId === notice.variantId)?.title ?? 'An item';
  switch (notice.type) {
    case 'capped':
      return { type: 'capped', variantId: notice.variantId, message: `${title}: at most ${notice.kept} per order, so your cart holds ${notice.kept} (not ${notice.requested})` };
    case 'price_updated':
      return { type: 'price_updated', variantId: notice.variantId, message: `${title} is now ${amount(notice.to)} (was ${amount(notice.from)})` };
    case 'not_merged':
      return {
        type: 'not_merged',
        variantId: notice.variantId,
        message:
          notice.reason === 'line_limit'
            ? `${title} was not added from your earlier cart: your cart is full`
            : `${title} was not added from your earlier cart: it has no price in this currency`,
      };
    case 'removed':
      return { type: 'removed', variantId: notice.variantId, message: `${title} was removed: it has no price in this currency` };
  }
}

export function mergedNotice(lineCount: number): CartNoticeView {
  return {
    type: 'merged',
    variantId: null,
    message: lineCount === 1 ? 'The item from your guest cart is now in your account’s cart' : `The ${lineCount} items from your guest cart are now in your account’s cart`,
  };
}
