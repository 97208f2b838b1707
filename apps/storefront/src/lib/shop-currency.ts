/**
 * The currency the storefront shows prices in. There is one until the shop lets a shopper choose; every request
 * for prices names it, so the API's own default can never silently disagree with the labels built here.
 */
export const SHOP_CURRENCY = 'USD';
