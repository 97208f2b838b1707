export { type ShippingRouter, shippingRouter } from './lib/shipping.router';
export type { ShippingService } from './lib/shipping.service-ref';
export type { ShippingRates } from './lib/shipping-quotes';
