export { acceptPrices, type AcceptedPrice, shownPrices } from './lib/accept-prices';
export { addToCart, type AddToCart } from './lib/add-to-cart';
export { type Cart, type CartLine, cartSubtotal, emptyCart, findLine, itemCount, lineTotal } from './lib/cart';
export { type CartChange, type CartError, type CartResult, describeCartError } from './lib/cart-error';
export { type CartNotice, type NotMergedReason } from './lib/cart-notice';
export { cartRules, type CartRules, DEFAULT_CART_RULES, isValidLineQuantity } from './lib/cart-rules';
export {
  type CatalogVariant,
  type CurrentVariant,
  notPurchasableReason,
  type NotPurchasableReason,
  type PurchaseFacts,
} from './lib/catalog-facts';
export { changeCurrency, type ChangeCurrency } from './lib/change-currency';
export { clearCart, removeLine, setLineQuantity } from './lib/edit-lines';
export { mergeCarts, type MergeCarts, type MergeResult, type VariantPrice } from './lib/merge-carts';
export {
  type CartFacts,
  type CartReview,
  type LineFlag,
  type LineReview,
  reviewCart,
  type StockFact,
  type UnavailableReason,
} from './lib/review-cart';
export {
  type AmountsByCurrency,
  couponFor,
  type CouponForCart,
  discountIn,
  type Promotion,
  type PromotionCode,
  type PromotionDiscount,
  type PromotionStatus,
  promotionStatus,
  type PromotionUsage,
} from './lib/promotion';
