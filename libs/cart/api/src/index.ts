export { cartAdminRouter } from './lib/cart-admin.router';
export { couponsRouter } from './lib/coupons.router';
export type { CouponBatchOutput, CouponCodeOutput, PromotionOutput } from './lib/promotion-output';
export type { CurrencySettingOutput, TaxRegionOutput } from './lib/tax-output';
