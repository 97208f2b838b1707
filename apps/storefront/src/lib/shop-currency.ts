/**
 * The currencies a shopper can see prices in. The catalog holds prices per variant per currency and every read of
 * prices names one, so the API's own default never decides what the labels built here say.
 */
export const SHOP_CURRENCIES = [
  { code: 'USD', name: 'US dollar', plural: 'US dollars', symbol: '$' },
  { code: 'EUR', name: 'Euro', plural: 'euros', symbol: '€' },
] as const;

export type ShopCurrency = (typeof SHOP_CURRENCIES)[number]['code'];

/** What a first visit shows, and what links from before the choice existed were priced in. */
export const DEFAULT_SHOP_CURRENCY: ShopCurrency = 'USD';

/** Where the choice is kept between visits (localStorage). */
export const CURRENCY_STORAGE_KEY = 'emporium.currency';

export function isShopCurrency(value: unknown): value is ShopCurrency {
  return SHOP_CURRENCIES.some((currency) => currency.code === value);
}

/** How a sentence names amounts in a currency ("prices in euros"); the code itself for one the shop does not offer. */
export function currencyPlural(code: string): string {
  return SHOP_CURRENCIES.find((currency) => currency.code === code)?.plural ?? code;
}

/**
 * The currency a stored value names. Anything else — nothing stored yet, a currency the shop no longer offers, a
 * value edited by hand or written by another version of the app — falls back to the default rather than failing.
 */
export function parseStoredCurrency(stored: string | null | undefined): ShopCurrency {
  const code = stored?.trim().toUpperCase();
  return isShopCurrency(code) ? code : DEFAULT_SHOP_CURRENCY;
}

/** The part of the Web Storage API used here, so tests can pass a stand-in. */
export type CurrencyStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The shopper's stored choice. Storage may be missing or refuse access (privacy settings): then the default. */
export function readStoredCurrency(storage: CurrencyStorage | null): ShopCurrency {
  try {
    return parseStoredCurrency(storage?.getItem(CURRENCY_STORAGE_KEY));
  } catch {
    return DEFAULT_SHOP_CURRENCY;
  }
}

/** Keeps the choice for the next visit; when storage refuses (full, blocked), the choice lasts for this visit only. */
export function storeCurrency(storage: CurrencyStorage | null, currency: ShopCurrency): void {
  try {
    storage?.setItem(CURRENCY_STORAGE_KEY, currency);
  } catch {
    // Nothing to do: the page keeps showing the chosen currency, it is only forgotten on the next visit.
  }
}

/** window.localStorage, or null where reading the property itself throws (some browsers with storage blocked). */
export function browserStorage(): CurrencyStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}
