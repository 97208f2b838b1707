import type { Money } from '@emporium/money';
import type { ShippingMethod } from './method';
import type { Result } from './result';
import type { RateRefusal } from './shipping-error';

/** What a rate depends on: the subtotal the free-shipping threshold and price bands look at, and the parcel's weight. */
export interface RateInput {
  /** In the currency to be charged; the caller decides which subtotal counts (usually after discounts). */
  readonly subtotal: Money;
  readonly weightGrams: number;
}

/**
 * What the method charges, in the subtotal's currency. Checked in this order, the first refusal wins:
 * 1. `InvalidWeight` — the weight is not a whole number of grams above zero (every kind of method needs one);
 * 2. `MethodInactive`;
 * 3. `NoPriceInCurrency` — no flat amount, weight-band amount or price-band table in that currency (a free
 *    threshold alone does not make a method available in a currency);
 * 4. `TooHeavy` — weight bands only: heavier than the last band's bound (even a free order cannot make a carrier
 *    take a parcel it does not carry);
 * 5. free: a subtotal at or above `freeFrom[currency]` costs 0;
 * 6. the amount: the flat amount, or the first band whose upper bound is at or above the weight (grams) or the
 *    subtotal (minor units); above a bounded price table is `NoBandForSubtotal`.
 * A subtotal that is negative or not whole minor units is a broken contract and throws `RangeError`.
 */
export function rateFor(method: ShippingMethod, input: RateInput): Result<Money, RateRefusal> {
  const { subtotal, weightGrams } = input;
  const currency = subtotal.currency;
  if (!Number.isSafeInteger(weightGrams) || weightGrams <= 0) return refuse({ type: 'InvalidWeight', weightGrams });
  if (!Number.isSafeInteger(subtotal.amount) || subtotal.amount < 0) {
    throw new RangeError(`A subtotal must be whole minor units, 0 or more (got ${subtotal.amount})`);
  }
  if (!method.active) return refuse({ type: 'MethodInactive', methodId: method.id });
  const noPrice = refuse({ type: 'NoPriceInCurrency', methodId: method.id, currency });
  const { pricing } = method;

  let amount: number | undefined;
  switch (pricing.kind) {
    case 'flat': {
      amount = pricing.amounts[currency];
      if (amount === undefined) return noPrice;
      break;
    }
    case 'weight_bands': {
      if (!pricing.bands.some((band) => band.amounts[currency] !== undefined)) return noPrice;
      const band = pricing.bands.find((b) => b.upToGrams === null || weightGrams <= b.upToGrams);
      if (!band) {
        const maxGrams = Math.max(...pricing.bands.map((b) => b.upToGrams ?? 0));
        return refuse({ type: 'TooHeavy', methodId: method.id, weightGrams, maxGrams });
      }
      amount = band.amounts[currency];
      if (amount === undefined) return noPrice;
      break;
    }
    case 'price_bands': {
      const bands = pricing.bands[currency];
      if (!bands || bands.length === 0) return noPrice;
      if (isFree(method, subtotal)) return { ok: true, value: { amount: 0, currency } };
      const band = bands.find((b) => b.upTo === null || subtotal.amount <= b.upTo);
      if (!band) {
        const maxSubtotal = { amount: Math.max(...bands.map((b) => b.upTo ?? 0)), currency };
        return refuse({ type: 'NoBandForSubtotal', methodId: method.id, subtotal, maxSubtotal });
      }
      amount = band.amount;
      break;
    }
  }
  return { ok: true, value: { amount: isFree(method, subtotal) ? 0 : amount, currency } };
}

/** Whether the subtotal reaches the method's free-shipping threshold in its currency (inclusive). */
export function isFree(method: ShippingMethod, subtotal: Money): boolean {
  const threshold = method.freeFrom?.[subtotal.currency];
  return threshold !== undefined && subtotal.amount >= threshold;
}

function refuse(error: RateRefusal): { readonly ok: false; readonly error: RateRefusal } {
  return { ok: false, error };
}
