export {
  compactPostcode,
  hasPostcodePattern,
  isKnownCountry,
  ISO_COUNTRY_CODES,
  normalizeCountry,
  normalizePostcode,
  postcodeFits,
  type PostalAddress,
  type ShippingAddress,
  validateAddress,
} from './lib/address';
export {
  isValidPostcodePattern,
  matchZone,
  normalizePostcodePattern,
  postcodeMatches,
  type ShippingZone,
  validateZone,
  type ZoneMatch,
  type ZoneSpecificity,
  zoneFor,
} from './lib/zone';
export {
  type AddressError,
  type ConfigError,
  describeShippingError,
  describeSkip,
  type FieldIssue,
  type FieldIssueCode,
  type NoZoneForAddress,
  type RateRefusal,
  type ShippingError,
} from './lib/shipping-error';
export {
  type CurrencyAmounts,
  type MethodKind,
  type MethodPricing,
  type PriceBand,
  type ShippingMethod,
  validateMethod,
  type WeightBand,
} from './lib/method';
export { isFree, rateFor, type RateInput } from './lib/rate';
export {
  type DeliveryEstimateInput,
  type DeliveryWindow,
  estimateDelivery,
  fromDayNumber,
  isWorkingDay,
  type LocalDateTime,
  MONDAY_TO_FRIDAY,
  toDayNumber,
  type Weekday,
  weekdayOf,
  type WorkingCalendar,
} from './lib/delivery-estimate';
export { type DimensionsCm, fitsWithin, type PackItem, type ParcelRules, volumeCm3 } from './lib/parcel-input';
export { type PackItemField, type PackingError, type ParcelRulesField } from './lib/packing-error';
export { type PackedLine, type Packing, type Parcel } from './lib/packing';
export { packParcels } from './lib/pack-parcels';
export { type QuoteInput, quoteMethods, type ShippingOption, type ShippingQuote, type SkippedMethod } from './lib/quote';
export { type Result } from './lib/result';
export {
  acceptsReturns,
  applyTrackingEvent,
  decides,
  FINAL_STATUSES,
  SHIPMENT_STATUSES,
  type ShipmentAction,
  type ShipmentStatus,
  type TrackingEvent,
  type TrackingState,
  transition,
  type TransitionRefused,
} from './lib/shipment-status';
