import type { TRPCError } from '@trpc/server';
import { type CartError, describeCartError } from '@emporium/cart-domain';
import { domainError, invalidInput } from '@emporium/platform-trpc';

/** Someone else's cart, a cart that is gone, or none: the same answer, so ids reveal nothing. */
export function cartNotFound(): TRPCError {
  return domainError('NOT_FOUND', 'CART_NOT_FOUND', 'No such cart');
}

export function variantNotFound(variantId: string): TRPCError {
  return domainError('NOT_FOUND', 'VARIANT_NOT_FOUND', 'This item is not in the catalog', { variantId });
}

/** The typed error a shopper sees for each refusal of the cart rules. */
export function cartError(error: CartError): TRPCError {
  const message = describeCartError(error);
  switch (error.type) {
    case 'QuantityInvalid':
      return invalidInput([{ path: 'quantity', message }]);
    case 'LineLimitReached':
      return domainError('CONFLICT', 'LINE_LIMIT_REACHED', message, { maxLines: error.maxLines });
    case 'VariantNotPurchasable':
      return domainError('CONFLICT', 'VARIANT_NOT_PURCHASABLE', message, { variantId: error.variantId, reason: error.reason });
    case 'LineNotFound':
      return domainError('NOT_FOUND', 'LINE_NOT_FOUND', message, { variantId: error.variantId });
    case 'CurrencyMismatch':
      return domainError('CONFLICT', 'CURRENCY_MISMATCH', message, { expected: error.expected, actual: error.actual });
  }
}

/** The soft check at add: the inventory knows fewer units are left than the line would hold. */
export function notEnoughStock(sku: string, available: number, requested: number): TRPCError {
  const message = available <= 0 ? 'This item is out of stock' : `Only ${available} of this item ${available === 1 ? 'is' : 'are'} left`;
  return domainError('CONFLICT', 'OUT_OF_STOCK', message, { sku, available: Math.max(0, available), requested });
}

/** A code no promotion has. The message repeats only what the shopper typed. */
export function couponNotFound(code: string): TRPCError {
  return domainError('NOT_FOUND', 'COUPON_NOT_FOUND', `We don't recognise the code ${code}. Check it and try again.`, { code });
}

/** A real code that does not apply to this cart now, with the sentence that says why. */
export function couponNotApplicable(code: string, message: string, rejection: Readonly<Record<string, unknown>>): TRPCError {
  return domainError('CONFLICT', 'COUPON_NOT_APPLICABLE', message, { code, rejection });
}

/** No line of the cart has a price in the currency asked for: switching would empty it. */
export function currencyNotAvailable(currency: string): TRPCError {
  return domainError('CONFLICT', 'CURRENCY_NOT_AVAILABLE', `None of the items in your cart is sold in ${currency}; your cart stays as it is`, { currency });
}
