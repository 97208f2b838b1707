/** Test support for the cart's store: builders for promotions, codes and tax settings. Import from `@emporium/cart-data-access/testing`. */
export { givenCouponCode, givenCurrencySetting, givenPromotion, givenTaxClasses, givenTaxRegion } from './testing/pricing-fixtures';
