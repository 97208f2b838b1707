export { cartMigrationSet } from './lib/cart.migrations';
export { CART_SCHEMA, cartDb, type CartTables } from './lib/cart.tables';
export { hashCartToken, isWellFormedCartToken, newCartToken } from './lib/cart-token';
export type { CartDestination, StoredCart } from './lib/stored-cart';
export {
  createGuestCart,
  deleteAbandonedGuestCarts,
  findCartById,
  findCustomerCart,
  findGuestCart,
  lockOrCreateCustomerCart,
  markCartCompleted,
  markCartMerged,
  saveCartCoupons,
  saveCartDestination,
  saveCartLines,
} from './lib/carts';
export { type CartStoreResult } from './lib/store-result';
export { type PromotionFailure, type RedeemFailure } from './lib/promotion-failure';
export { type TaxSettingsFailure } from './lib/tax-failure';
export {
  createPromotion,
  getPromotion,
  listPromotions,
  type PromotionFields,
  type PromotionListQuery,
  type PromotionPage,
  type PromotionView,
  setPromotionActive,
  updatePromotion,
} from './lib/promotions';
export {
  BATCH_CODE_ALPHABET,
  type BatchCode,
  batchCodes,
  type CouponBatchRequest,
  type CouponBatchView,
  type CouponCodePage,
  type CouponCodeQuery,
  type CouponCodeView,
  createCouponCode,
  generateCouponBatch,
  listCouponBatches,
  listCouponCodes,
  type NewCouponCode,
  type RandomInt,
  setCouponCodeActive,
} from './lib/coupon-codes';
export { activeAutomaticPromotions, type AutomaticPromotion, type CodeLookup, findCouponCodes } from './lib/promotion-lookup';
export { redeemCoupon, type RedeemRequest, type Redemption, type Release, releaseCoupon, type ReleaseRequest } from './lib/coupon-redemptions';
export { createTaxClass, listTaxClasses, type TaxClassView } from './lib/tax-classes';
export {
  deleteTaxRegion,
  listTaxRegions,
  saveTaxRegion,
  type TaxRateFields,
  type TaxRateRecord,
  taxRatesFor,
  type TaxRegionFields,
  type TaxRegionView,
} from './lib/tax-regions';
export { currencySetting, type CurrencySetting, type CurrencySettingView, listCurrencySettings, updateCurrencySetting } from './lib/currency-settings';
export { DEMO_BATCH_PROMOTION, DEMO_COUPONS, seedDemoPricing } from './lib/demo-pricing';
export { COUPON_GUESS_POLICY, couponGuesses } from './lib/coupon-guesses';
export { cachedAutomaticPromotions, cachedCurrencySetting, cachedTaxRates, forgetPricingSettings, PRICING_SETTINGS_TTL_MS } from './lib/pricing-settings-cache';
