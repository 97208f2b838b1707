import { isCurrencyCode } from '@emporium/money';
import type { Result } from './result';
import type { ConfigError, FieldIssue } from './shipping-error';

/** Currency code → amount in that currency's minor units (`{ USD: 599, JPY: 800 }`). Never converted. */
export type CurrencyAmounts = Readonly<Record<string, number>>;

/** Parcels up to `upToGrams` (inclusive) and above the previous band's bound; null = no upper limit (last only). */
export interface WeightBand {
  readonly upToGrams: number | null;
  readonly amounts: CurrencyAmounts;
}

/** Subtotals up to `upTo` minor units (inclusive) and above the previous band's bound; null = no upper limit. */
export interface PriceBand {
  readonly upTo: number | null;
  readonly amount: number;
}

/**
 * How a method is priced. Bands carry only their upper bound; each starts just above the previous one (the first
 * at zero), so a table cannot have a gap, only bounds out of order or repeated — which `validateMethod` refuses.
 * Price bands are kept per currency, since their bounds are subtotals in that currency.
 */
export type MethodPricing =
  | { readonly kind: 'flat'; readonly amounts: CurrencyAmounts }
  | { readonly kind: 'weight_bands'; readonly bands: readonly WeightBand[] }
  | { readonly kind: 'price_bands'; readonly bands: Readonly<Record<string, readonly PriceBand[]>> };

export type MethodKind = MethodPricing['kind'];

/** A way of sending a parcel within one zone, with its price and transit time in business days. */
export interface ShippingMethod {
  readonly id: string;
  readonly zoneId: string;
  readonly name: string;
  readonly carrier: string;
  readonly service: string;
  readonly pricing: MethodPricing;
  /** Currency → subtotal from which (inclusive) the method is free in that currency. */
  readonly freeFrom?: CurrencyAmounts;
  /** Transit time in working days after dispatch, `minDays ≤ maxDays`. */
  readonly minDays: number;
  readonly maxDays: number;
  readonly active: boolean;
}

const isMinorAmount = (value: number): boolean => Number.isSafeInteger(value) && value >= 0;

/**
 * Checks a method before it is saved and lists every issue with its field path: ids and names present, currency
 * codes of three letters, amounts whole and not negative, band bounds strictly increasing with only the last one
 * open (null), every weight band priced in the same currencies, `0 ≤ minDays ≤ maxDays` in whole days.
 * A table whose last band is bounded is allowed: heavier parcels (or larger subtotals) are refused when rating.
 */
export function validateMethod(method: ShippingMethod): Result<ShippingMethod, ConfigError> {
  const issues: FieldIssue[] = [];
  for (const field of ['id', 'zoneId', 'name', 'carrier', 'service'] as const) {
    if (!method[field].trim()) issues.push({ path: field, code: 'required', message: 'is required' });
  }
  const { pricing } = method;
  switch (pricing.kind) {
    case 'flat':
      checkAmounts(pricing.amounts, 'pricing.amounts', issues);
      break;
    case 'weight_bands':
      checkWeightBands(pricing.bands, issues);
      break;
    case 'price_bands':
      checkPriceBands(pricing.bands, issues);
      break;
  }
  if (method.freeFrom) checkAmounts(method.freeFrom, 'freeFrom', issues, false);
  for (const field of ['minDays', 'maxDays'] as const) {
    if (!isMinorAmount(method[field])) issues.push({ path: field, code: 'invalid_days', message: 'must be a whole number of days, 0 or more' });
  }
  if (method.minDays > method.maxDays) issues.push({ path: 'maxDays', code: 'invalid_days', message: 'must not be below minDays' });
  return issues.length === 0 ? { ok: true, value: method } : { ok: false, error: { type: 'InvalidMethod', methodId: method.id, issues } };
}

function checkAmounts(amounts: CurrencyAmounts, path: string, issues: FieldIssue[], required = true): void {
  const entries = Object.entries(amounts);
  if (required && entries.length === 0) issues.push({ path, code: 'required', message: 'needs a price in at least one currency' });
  for (const [currency, amount] of entries) {
    if (!isCurrencyCode(currency)) issues.push({ path: `${path}.${currency}`, code: 'invalid_currency', message: 'is not an ISO 4217 code' });
    if (!isMinorAmount(amount)) {
      issues.push({ path: `${path}.${currency}`, code: 'invalid_amount', message: 'must be a whole number of minor units, 0 or more' });
    }
  }
}

/** Bounds must rise strictly, and only the last may be open (null). */
function checkBounds(bounds: readonly (number | null)[], path: (i: number) => string, min: number, issues: FieldIssue[]): void {
  let previous: number | null = null;
  bounds.forEach((bound, i) => {
    if (bound === null) {
      if (i !== bounds.length - 1) issues.push({ path: path(i), code: 'open_band_not_last', message: 'only the last band may have no upper bound' });
      return;
    }
    if (!Number.isSafeInteger(bound) || bound < min) {
      issues.push({ path: path(i), code: 'invalid_bound', message: `must be a whole number, ${min} or more` });
      return;
    }
    if (previous !== null && bound === previous) {
      issues.push({ path: path(i), code: 'overlapping', message: `repeats the previous band's bound ${previous}` });
    } else if (previous !== null && bound < previous) {
      issues.push({ path: path(i), code: 'unsorted', message: `is below the previous band's bound ${previous}; list bands from lightest to heaviest` });
    }
    previous = previous === null ? bound : Math.max(previous, bound);
  });
}

function checkWeightBands(bands: readonly WeightBand[], issues: FieldIssue[]): void {
  if (bands.length === 0) issues.push({ path: 'pricing.bands', code: 'required', message: 'needs at least one band' });
  checkBounds(bands.map((band) => band.upToGrams), (i) => `pricing.bands[${i}].upToGrams`, 1, issues);
  const first = Object.keys(bands[0]?.amounts ?? {}).sort().join(',');
  bands.forEach((band, i) => {
    checkAmounts(band.amounts, `pricing.bands[${i}].amounts`, issues);
    if (i > 0 && Object.keys(band.amounts).sort().join(',') !== first) {
      issues.push({ path: `pricing.bands[${i}].amounts`, code: 'currencies_differ', message: 'must price the same currencies as the first band' });
    }
  });
}

function checkPriceBands(bandsByCurrency: Readonly<Record<string, readonly PriceBand[]>>, issues: FieldIssue[]): void {
  const entries = Object.entries(bandsByCurrency);
  if (entries.length === 0) issues.push({ path: 'pricing.bands', code: 'required', message: 'needs bands in at least one currency' });
  for (const [currency, bands] of entries) {
    const path = `pricing.bands.${currency}`;
    if (!isCurrencyCode(currency)) issues.push({ path, code: 'invalid_currency', message: 'is not an ISO 4217 code' });
    if (bands.length === 0) issues.push({ path, code: 'required', message: 'needs at least one band' });
    checkBounds(bands.map((band) => band.upTo), (i) => `${path}[${i}].upTo`, 0, issues);
    bands.forEach((band, i) => {
      if (!isMinorAmount(band.amount)) {
        issues.push({ path: `${path}[${i}].amount`, code: 'invalid_amount', message: 'must be a whole number of minor units, 0 or more' });
      }
    });
  }
}
