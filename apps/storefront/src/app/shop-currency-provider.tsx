import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { browserStorage, readStoredCurrency, type ShopCurrency, storeCurrency } from '../lib/shop-currency';
import { type ShopCurrencyApi, ShopCurrencyContext } from '../lib/shop-currency-context';

/**
 * Holds the shopper's currency for the whole app: read once from localStorage (USD when nothing valid is stored),
 * written back on every change. Other tabs pick the choice up when they are next loaded.
 */
export function ShopCurrencyProvider({ children }: { readonly children: ReactNode }) {
  const [storage] = useState(browserStorage);
  const [currency, setChosen] = useState<ShopCurrency>(() => readStoredCurrency(storage));
  const setCurrency = useCallback(
    (next: ShopCurrency) => {
      setChosen(next);
      storeCurrency(storage, next);
    },
    [storage],
  );
  const api = useMemo<ShopCurrencyApi>(() => ({ currency, setCurrency }), [currency, setCurrency]);
  return <ShopCurrencyContext value={api}>{children}</ShopCurrencyContext>;
}
