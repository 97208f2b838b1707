import { type Money, toDecimalString } from '@emporium/money';

/** An address the rules cannot place. */
export type AddressError =
  | { readonly type: 'UnknownCountry'; readonly country: string }
  | { readonly type: 'PostcodeMismatch'; readonly country: string; readonly postalCode: string };

/**
 * One thing wrong with a zone or method as configured: where (`path`, e.g. `weightBands[2].upToGrams`), what
 * (`code`) and a sentence fragment an admin form can show beside the field.
 */
export interface FieldIssue {
  readonly path: string;
  readonly code: FieldIssueCode;
  readonly message: string;
}

export type FieldIssueCode =
  | 'required'
  | 'unknown_country'
  | 'invalid_currency'
  | 'invalid_amount'
  | 'invalid_bound'
  | 'overlapping'
  | 'unsorted'
  | 'open_band_not_last'
  | 'currencies_differ'
  | 'invalid_pattern'
  | 'invalid_days';

/** A zone or method that cannot be saved as it is; every issue is listed, not only the first. */
export type ConfigError =
  | { readonly type: 'InvalidZone'; readonly zoneId: string; readonly issues: readonly FieldIssue[] }
  | { readonly type: 'InvalidMethod'; readonly methodId: string; readonly issues: readonly FieldIssue[] };

/**
 * Why one method cannot carry this parcel at this price.
 *
 * - `InvalidWeight`: the weight is not a whole number of grams above zero.
 * - `MethodInactive`: switched off by the shop.
 * - `NoPriceInCurrency`: the method has no price in the currency of the subtotal.
 * - `TooHeavy`: heavier than the last weight band (`maxGrams`) of a table that is not open-ended.
 * - `NoBandForSubtotal`: above the last price band (`maxSubtotal`) of a table that is not open-ended, and not free.
 */
export type RateRefusal =
  | { readonly type: 'InvalidWeight'; readonly weightGrams: number }
  | { readonly type: 'MethodInactive'; readonly methodId: string }
  | { readonly type: 'NoPriceInCurrency'; readonly methodId: string; readonly currency: string }
  | { readonly type: 'TooHeavy'; readonly methodId: string; readonly weightGrams: number; readonly maxGrams: number }
  | { readonly type: 'NoBandForSubtotal'; readonly methodId: string; readonly subtotal: Money; readonly maxSubtotal: Money };

/** No zone covers the address: the shop does not ship there. */
export interface NoZoneForAddress {
  readonly type: 'NoZoneForAddress';
  readonly country: string;
  readonly region?: string;
  readonly postalCode?: string;
}

/** Every expected refusal of the shipping rules. */
export type ShippingError = AddressError | ConfigError | RateRefusal | NoZoneForAddress;

const money = (value: Money): string => `${toDecimalString(value)} ${value.currency}`;

/** One English sentence (no trailing full stop) per refusal; the API layer maps the type to a status. */
export function describeShippingError(error: ShippingError): string {
  switch (error.type) {
    case 'UnknownCountry':
      return `"${error.country}" is not a country code we know (use the two-letter ISO code, such as US or DE)`;
    case 'PostcodeMismatch':
      return `"${error.postalCode}" is not a valid postcode for ${error.country}`;
    case 'InvalidZone':
      return `Shipping zone ${error.zoneId} cannot be saved: ${describeIssues(error.issues)}`;
    case 'InvalidMethod':
      return `Shipping method ${error.methodId} cannot be saved: ${describeIssues(error.issues)}`;
    case 'InvalidWeight':
      return `A parcel's weight must be a whole number of grams above zero (got ${error.weightGrams})`;
    case 'MethodInactive':
      return `Shipping method ${error.methodId} is not offered at the moment`;
    case 'NoPriceInCurrency':
      return `Shipping method ${error.methodId} has no price in ${error.currency}`;
    case 'TooHeavy':
      return `Shipping method ${error.methodId} takes parcels up to ${error.maxGrams} g (this one weighs ${error.weightGrams} g)`;
    case 'NoBandForSubtotal':
      return `Shipping method ${error.methodId} has no price for orders above ${money(error.maxSubtotal)} (this one is ${money(error.subtotal)})`;
    case 'NoZoneForAddress':
      return `We do not ship to ${[error.postalCode, error.region, error.country].filter(Boolean).join(', ')}`;
  }
}

const kilograms = (grams: number): string => `${(grams / 1000).toLocaleString('en', { maximumFractionDigits: 3 })} kg`;

/**
 * Why the method named beside it is left out of a quote, as the merchant reads it in a rate preview ("switched off",
 * "no price in EUR"): a fragment without the method's id, which the caller shows next to its name.
 */
export function describeSkip(reason: RateRefusal | ConfigError): string {
  switch (reason.type) {
    case 'MethodInactive':
      return 'switched off';
    case 'NoPriceInCurrency':
      return `no price in ${reason.currency}`;
    case 'TooHeavy':
      return `takes parcels up to ${kilograms(reason.maxGrams)} (this one weighs ${kilograms(reason.weightGrams)})`;
    case 'NoBandForSubtotal':
      return `no price for orders above ${money(reason.maxSubtotal)} (this one is ${money(reason.subtotal)})`;
    case 'InvalidWeight':
      return `cannot weigh ${reason.weightGrams} g`;
    case 'InvalidZone':
    case 'InvalidMethod':
      return `set up wrongly: ${describeIssues(reason.issues)}`;
  }
}

function describeIssues(issues: readonly FieldIssue[]): string {
  return issues.map((issue) => `${issue.path} ${issue.message}`).join('; ');
}
