export { cartRouter, type CartRouter } from './lib/cart.router';
export type { CartService } from './lib/cart.service-ref';
export { expireGuestCartsJob } from './lib/cart.jobs';
export type { CartCouponView, CartLineView, CartNoticeView, CartTotalsView, CartView, DiscountView, TaxView } from './lib/cart-view';
export { cartAdminRouter } from './lib/cart-admin.router';
export { couponsRouter } from './lib/coupons.router';
export type { CouponBatchOutput, CouponCodeOutput, PromotionOutput } from './lib/promotion-output';
export type { CurrencySettingOutput, TaxRegionOutput } from './lib/tax-output';
export type { CheckoutQuote, CheckoutQuoteLine } from './lib/checkout-quote';
