import { createContext, use } from 'react';
import type { ShopCurrency } from './shop-currency';

export interface ShopCurrencyApi {
  /** The currency every price on screen is asked for and shown in. */
  readonly currency: ShopCurrency;
  /** Switches every price on screen (queries re-run: their keys include the currency) and remembers the choice. */
  readonly setCurrency: (currency: ShopCurrency) => void;
}

export const ShopCurrencyContext = createContext<ShopCurrencyApi | null>(null);

/** The shopper's currency, from the <ShopCurrencyProvider> the app is mounted in. */
export function useShopCurrency(): ShopCurrencyApi {
  const api = use(ShopCurrencyContext);
  if (!api) throw new Error('useShopCurrency must be called inside a <ShopCurrencyProvider>.');
  return api;
}
