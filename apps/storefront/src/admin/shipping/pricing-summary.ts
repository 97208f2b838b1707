import { formatMoney } from '@emporium/ui';

/**
 * A method's price in a line, as the methods table shows it: "Up to 2 kg $5.99 · up to 5 kg $8.99 · above $14.99".
 * Written for one currency (bands priced in several would be a wall of numbers); the others are listed apart.
 */

type Amounts = Readonly<Record<string, number>>;

/** The shapes the API sends (`MethodPricing` of the shipping rules), structurally. */
export type PricingShape =
  | { readonly kind: 'flat'; readonly amounts: Amounts }
  | { readonly kind: 'weight_bands'; readonly bands: ReadonlyArray<{ readonly upToGrams: number | null; readonly amounts: Amounts }> }
  | { readonly kind: 'price_bands'; readonly bands: Readonly<Record<string, ReadonlyArray<{ readonly upTo: number | null; readonly amount: number }>>> };

/** "$5.99", "€4.50", "£0.00"; "free" for nothing at all. */
export function priceLabel(amount: number, currency: string): string {
  return amount === 0 ? 'free' : formatMoney(amount, currency);
}

/** 500 → "500 g", 2000 → "2 kg", 2500 → "2.5 kg". */
export function weightLabel(grams: number): string {
  return grams >= 1000 ? `${grams / 1000} kg` : `${grams} g`;
}

/** Every currency the method has a price in, in a stable order (USD, EUR, GBP first). */
export function pricedCurrencies(pricing: PricingShape): string[] {
  const found =
    pricing.kind === 'flat'
      ? Object.keys(pricing.amounts)
      : pricing.kind === 'weight_bands'
        ? pricing.bands.flatMap((band) => Object.keys(band.amounts))
        : Object.keys(pricing.bands);
  return orderCurrencies(found);
}

const PREFERRED = ['USD', 'EUR', 'GBP'];

export function orderCurrencies(codes: Iterable<string>): string[] {
  const unique = [...new Set(codes)];
  const rank = (code: string) => (PREFERRED.includes(code) ? PREFERRED.indexOf(code) : PREFERRED.length);
  return unique.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** The price in one currency; the first priced currency when none is asked for. "—" when it has none there. */
export function pricingSummary(pricing: PricingShape, currency = pricedCurrencies(pricing)[0] ?? 'USD'): string {
  switch (pricing.kind) {
    case 'flat': {
      const amount = pricing.amounts[currency];
      return amount === undefined ? `No ${currency} price` : `Flat ${priceLabel(amount, currency)}`;
    }
    case 'weight_bands':
      return bandsSummary(
        pricing.bands.map((band) => ({ bound: band.upToGrams, amount: band.amounts[currency] })),
        weightLabel,
        currency,
      );
    case 'price_bands': {
      const bands = pricing.bands[currency];
      if (!bands || bands.length === 0) return `No ${currency} price`;
      return `Subtotal ${bandsSummary(
        bands.map((band) => ({ bound: band.upTo, amount: band.amount })),
        (bound) => formatMoney(bound, currency),
        currency,
      ).replace(/^U/, 'u')}`;
    }
  }
}

function bandsSummary(bands: ReadonlyArray<{ bound: number | null; amount: number | undefined }>, boundLabel: (bound: number) => string, currency: string): string {
  if (bands.length === 0) return 'No bands';
  const price = (amount: number | undefined) => (amount === undefined ? `no ${currency} price` : priceLabel(amount, currency));
  const parts = bands.map((band, index) => {
    if (band.bound === null) return index === 0 ? `Any ${price(band.amount)}` : `above ${price(band.amount)}`;
    return `${index === 0 ? 'Up' : 'up'} to ${boundLabel(band.bound)} ${price(band.amount)}`;
  });
  const last = bands[bands.length - 1];
  if (last && last.bound !== null) parts.push(`nothing above ${boundLabel(last.bound)}`);
  return parts.join(' · ');
}

/** "Free from $75.00 · €70.00"; "—" when never free. */
export function freeFromSummary(freeFrom: Amounts | undefined): string {
  const entries = orderCurrencies(Object.keys(freeFrom ?? {})).map((currency) => formatMoney(freeFrom?.[currency] ?? 0, currency));
  return entries.length === 0 ? '—' : entries.join(' · ');
}

/** "2–5 days", "1 day", "Same day". */
export function transitLabel(minDays: number, maxDays: number): string {
  if (maxDays === 0) return 'Same day';
  if (minDays === maxDays) return `${minDays} ${minDays === 1 ? 'day' : 'days'}`;
  return `${minDays}–${maxDays} days`;
}
