export { type ShippingRouter, shippingRouter } from './lib/shipping.router';
export type { ShippingService } from './lib/shipping.service-ref';
export type { RatePreview, ShippingRates } from './lib/shipping-quotes';
export type { RatedLine, ShopRateOption, ShopRates } from './lib/shop-rates';
export {
  SHIPMENT_DELIVERED,
  SHIPMENT_EXCEPTION,
  SHIPMENT_LABEL_PURCHASED,
  SHIPMENT_SHIPPED,
  type ShipmentIdentity,
  type ShipmentLabelPurchased,
  type ShipmentStatusReached,
} from './lib/shipment-events';
export { CARRIER_WEBHOOK_PATH, receiveCarrierWebhook, type WebhookDelivery, type WebhookDeps } from './lib/carrier-webhooks';
