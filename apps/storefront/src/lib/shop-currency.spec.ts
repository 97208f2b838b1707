import {
  CURRENCY_STORAGE_KEY,
  type CurrencyStorage,
  currencyPlural,
  DEFAULT_SHOP_CURRENCY,
  isShopCurrency,
  parseStoredCurrency,
  readStoredCurrency,
  SHOP_CURRENCIES,
  storeCurrency,
} from './shop-currency';

/** A stand-in for localStorage: a map, or one whose every call throws (storage blocked, quota exceeded). */
function memoryStorage(initial: Record<string, string> = {}): CurrencyStorage & { readonly items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}
const refusingStorage: CurrencyStorage = {
  getItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  },
};

describe('the currencies on offer', () => {
  it('are US dollars first, the default, and euros', () => {
    expect(SHOP_CURRENCIES.map((currency) => currency.code)).toEqual(['USD', 'EUR']);
    expect(DEFAULT_SHOP_CURRENCY).toBe('USD');
    expect(isShopCurrency('EUR')).toBe(true);
    expect(isShopCurrency('GBP')).toBe(false);
    expect(isShopCurrency(undefined)).toBe(false);
  });

  it('are named in sentences, and an unknown code is named by itself', () => {
    expect(currencyPlural('EUR')).toBe('euros');
    expect(currencyPlural('USD')).toBe('US dollars');
    expect(currencyPlural('JPY')).toBe('JPY');
  });
});

describe('parseStoredCurrency', () => {
  it('reads a currency the shop offers, forgiving case and spaces', () => {
    expect(parseStoredCurrency('EUR')).toBe('EUR');
    expect(parseStoredCurrency(' eur ')).toBe('EUR');
    expect(parseStoredCurrency('USD')).toBe('USD');
  });

  it('falls back to US dollars for nothing stored, a currency not offered, or anything else', () => {
    for (const stored of [null, undefined, '', 'GBP', 'euro', '"EUR"', '{"currency":"EUR"}', 'EUR;USD', 'constructor', '__proto__']) {
      expect(parseStoredCurrency(stored)).toBe('USD');
    }
  });
});

describe('reading and storing the choice', () => {
  it('keeps the choice under one key and reads it back', () => {
    const storage = memoryStorage();
    expect(readStoredCurrency(storage)).toBe('USD');
    storeCurrency(storage, 'EUR');
    expect(storage.items.get(CURRENCY_STORAGE_KEY)).toBe('EUR');
    expect(readStoredCurrency(storage)).toBe('EUR');
  });

  it('reads a bad stored value as US dollars', () => {
    expect(readStoredCurrency(memoryStorage({ [CURRENCY_STORAGE_KEY]: 'bitcoin' }))).toBe('USD');
  });

  it('shows US dollars and keeps going when there is no storage or it refuses', () => {
    expect(readStoredCurrency(null)).toBe('USD');
    expect(readStoredCurrency(refusingStorage)).toBe('USD');
    expect(() => storeCurrency(refusingStorage, 'EUR')).not.toThrow();
    expect(() => storeCurrency(null, 'EUR')).not.toThrow();
  });
});
