export type {
  Carrier,
  CarrierAddress,
  CarrierQuote,
  CarrierTrackingEvent,
  EventLocation,
  LabelDocument,
  LabelRequest,
  ParcelSpec,
  PurchasedLabel,
  QuoteRequest,
  RatingAddress,
  TrackingReport,
  WebhookRefusal,
  WebhookRequest,
  WebhookResult,
} from './lib/carrier';
export {
  type CarrierError,
  CarrierRejected,
  CarrierUnavailable,
  IdempotencyConflict,
  isCarrierError,
  type UnavailableReason,
} from './lib/carrier-errors';
export {
  carrierHttpClient,
  type CarrierHttpClient,
  type CarrierHttpOptions,
  type CarrierRequest,
  type CarrierResponse,
} from './lib/http-client';
export { verifyTimestampedHmac, type SignatureCheck, WEBHOOK_TOLERANCE_SECONDS } from '@emporium/signed-webhooks';
export {
  SANDBOX_CARRIER_CODE,
  sandboxCarrier,
  sandboxCarrierConfig,
  type SandboxCarrierConfig,
  type SandboxCarrierTuning,
} from './lib/sandbox-carrier';
export { SANDBOX_STATUSES } from './lib/sandbox-schemas';
export {
  randomTrackingDigits,
  TABLE_RATE_CODE,
  tableRateCarrier,
  tableRateCarrierConfig,
  type TableRateCarrierConfig,
  type TableRateDeps,
} from './lib/table-rate-carrier';
export { quoteAll, type QuoteAllResult, type QuoteNote } from './lib/quote-all';
export {
  CARRIER_DEFINITIONS,
  CarrierConfigError,
  type CarrierDefinition,
  type CarriersConfig,
  type CarrierServices,
  createCarriers,
  defineCarrier,
  sandboxCarrierDefinition,
  tableRateDefinition,
} from './lib/registry';
