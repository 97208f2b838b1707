import type { CurrencyCode, Money } from '@emporium/money';
import type { MethodPricing, ShippingMethod } from '../lib/method';

/** Spec builders for shipping rules; not exported from the lib. */
export const USD = 'USD' as CurrencyCode;
export const EUR = 'EUR' as CurrencyCode;
export const JPY = 'JPY' as CurrencyCode;

export const m = (amount: number, currency: CurrencyCode = USD): Money => ({ amount, currency });

/** An active method in zone `z` taking 2–4 days; `pricing` and anything else may be overridden. */
export function method(id: string, pricing: MethodPricing, fields: Partial<ShippingMethod> = {}): ShippingMethod {
  return { id, zoneId: 'z', name: `Method ${id}`, carrier: 'Post', service: 'standard', pricing, minDays: 2, maxDays: 4, active: true, ...fields };
}
