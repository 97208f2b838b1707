import type { CurrencyCode } from '@emporium/money';
import type { Database } from '@emporium/platform-db';
import { currencySetting, type CurrencySetting } from './currency-settings';
import { activeAutomaticPromotions, type AutomaticPromotion } from './promotion-lookup';
import { type TaxRateRecord, taxRatesFor } from './tax-regions';

/**
 * What every cart read needs and merchants rarely change — a currency's settings, a country's tax rates, the running
 * automatic promotions — kept per process for a few seconds, so a cart page costs its own rows and not the shop's set-up.
 *
 * - **Bounded staleness**: an entry lives `PRICING_SETTINGS_TTL_MS` from the moment its read began; a change made in
 *   another process shows in carts within that time. The checkout prices from the database, not from here.
 * - **This process's changes show at once**: the staff procedures that change them call `forgetPricingSettings`.
 * - Per database handle (tests run several shops in one process); a failed read is not kept.
 */
export const PRICING_SETTINGS_TTL_MS = 5_000;

interface Entry {
  readonly loadedAt: number;
  readonly value: Promise<unknown>;
}

const caches = new WeakMap<Database, Map<string, Entry>>();

function cached<T>(db: Database, key: string, load: () => Promise<T>, now: number = Date.now()): Promise<T> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const entry = cache.get(key);
  if (entry && now - entry.loadedAt < PRICING_SETTINGS_TTL_MS) return entry.value as Promise<T>;
  const value = load();
  const fresh = { loadedAt: now, value };
  cache.set(key, fresh);
  value.catch(() => {
    if (cache.get(key) === fresh) cache.delete(key);
  });
  return value;
}

/** After a change to tax, currency settings or promotions in this process: carts read it on their next look. */
export function forgetPricingSettings(db: Database): void {
  caches.get(db)?.clear();
}

export function cachedCurrencySetting(db: Database, currency: CurrencyCode): Promise<CurrencySetting | null> {
  return cached(db, `currency:${currency}`, () => currencySetting(db, currency));
}

export function cachedTaxRates(db: Database, country: string): Promise<TaxRateRecord[]> {
  return cached(db, `tax:${country.toUpperCase()}`, () => taxRatesFor(db, country));
}

/** Automatic promotions carry no per-customer limits (their fields refuse them), so one answer serves every shopper. */
export function cachedAutomaticPromotions(db: Database): Promise<AutomaticPromotion[]> {
  return cached(db, 'automatic-promotions', () => activeAutomaticPromotions(db, null));
}
