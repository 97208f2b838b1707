export {
  compactPostcode,
  hasPostcodePattern,
  isKnownCountry,
  ISO_COUNTRY_CODES,
  normalizeCountry,
  normalizePostcode,
  postcodeFits,
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
  type FieldIssue,
  type FieldIssueCode,
  type NoZoneForAddress,
  type RateRefusal,
  type ShippingError,
} from './lib/shipping-error';
