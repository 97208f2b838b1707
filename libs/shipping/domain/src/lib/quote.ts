import type { Money } from '@emporium/money';
import { type ShippingAddress, validateAddress } from './address';
import { type DeliveryWindow, estimateDelivery, type LocalDateTime, type WorkingCalendar } from './delivery-estimate';
import { type ShippingMethod, validateMethod } from './method';
import { isFree, rateFor } from './rate';
import type { Result } from './result';
import type { ConfigError, RateRefusal, ShippingError } from './shipping-error';
import { type ShippingZone, type ZoneSpecificity, zoneFor } from './zone';

export interface QuoteInput {
  readonly address: ShippingAddress;
  /** In the currency to be charged; see `RateInput.subtotal`. */
  readonly subtotal: Money;
  readonly weightGrams: number;
  /** When given, every option gets a delivery window. */
  readonly delivery?: WorkingCalendar & { readonly orderedAt: LocalDateTime; readonly cutOffMinutes: number };
}

/** A method the shopper can choose. */
export interface ShippingOption {
  readonly methodId: string;
  readonly name: string;
  readonly carrier: string;
  readonly service: string;
  readonly amount: Money;
  /** Free because the subtotal reached the method's threshold (a method priced 0 anyway is not `free`). */
  readonly free: boolean;
  readonly transitDays: { readonly min: number; readonly max: number };
  readonly delivery?: DeliveryWindow;
}

/** A method of the zone that is not offered, and why. */
export interface SkippedMethod {
  readonly methodId: string;
  readonly name: string;
  readonly reason: RateRefusal | ConfigError;
}

export interface ShippingQuote {
  readonly zone: { readonly id: string; readonly name: string; readonly matchedBy: ZoneSpecificity };
  /** Cheapest first, then by name, then by id. May be empty when every method was skipped. */
  readonly options: readonly ShippingOption[];
  /** In id order. */
  readonly skipped: readonly SkippedMethod[];
}

/**
 * The shipping options for an address: validate the address, find its zone (`zoneFor`), then rate every method of
 * that zone. A method that is invalid (`validateMethod`), inactive or cannot rate the parcel is listed in `skipped`
 * with its reason, so the checkout can explain why a service is missing. Refuses an address that does not
 * validate, a weight that is not whole grams above zero, and an address no zone covers (`NoZoneForAddress`).
 */
export function quoteMethods(
  zones: readonly ShippingZone[],
  methods: readonly ShippingMethod[],
  input: QuoteInput,
): Result<ShippingQuote, ShippingError> {
  const address = validateAddress(input.address);
  if (!address.ok) return address;
  if (!Number.isSafeInteger(input.weightGrams) || input.weightGrams <= 0) {
    return { ok: false, error: { type: 'InvalidWeight', weightGrams: input.weightGrams } };
  }
  const match = zoneFor(zones, address.value);
  if (!match) return { ok: false, error: { type: 'NoZoneForAddress', ...address.value } };

  const options: ShippingOption[] = [];
  const skipped: SkippedMethod[] = [];
  for (const method of methods) {
    if (method.zoneId !== match.zone.id) continue;
    const valid = validateMethod(method);
    const rate = valid.ok ? rateFor(method, input) : valid;
    if (!rate.ok) {
      skipped.push({ methodId: method.id, name: method.name, reason: rate.error });
      continue;
    }
    options.push({
      methodId: method.id,
      name: method.name,
      carrier: method.carrier,
      service: method.service,
      amount: rate.value,
      free: isFree(method, input.subtotal),
      transitDays: { min: method.minDays, max: method.maxDays },
      ...(input.delivery ? { delivery: estimateDelivery({ ...input.delivery, minDays: method.minDays, maxDays: method.maxDays }) } : {}),
    });
  }
  options.sort((a, b) => a.amount.amount - b.amount.amount || compare(a.name, b.name) || compare(a.methodId, b.methodId));
  skipped.sort((a, b) => compare(a.methodId, b.methodId));
  return { ok: true, value: { zone: { id: match.zone.id, name: match.zone.name, matchedBy: match.matchedBy }, options, skipped } };
}

/** By code unit, so the order never depends on a locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
