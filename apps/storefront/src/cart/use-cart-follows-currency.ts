import { useToast } from '@emporium/ui';
import { useCallback } from 'react';
import { currencyPlural } from '../lib/shop-currency';
import { trpc } from '../trpc';
import { cartErrorMessage } from './cart-error';
import { useSetCartCurrency } from './use-cart';

/**
 * Re-prices the cart in a currency the shopper has just picked for the shop, so the cart and the shelves agree. An
 * empty cart is left alone (the first product added sets its currency), and so is one already in that currency.
 * Lines with no price in the new currency come back as notices, which the header shows.
 */
export function useCartFollowsCurrency() {
  const utils = trpc.useUtils();
  const toast = useToast();
  const { mutate, isPending } = useSetCartCurrency();
  const follow = useCallback(
    (currency: string) => {
      const cart = utils.cart.get.getData();
      if (!cart || cart.lines.length === 0 || cart.currency === currency) return;
      mutate({ currency }, { onError: (error) => toast.show(`Your cart is still priced in ${currencyPlural(cart.currency)}. ${cartErrorMessage(error)}`, { tone: 'error' }) });
    },
    [utils, mutate, toast],
  );
  return { follow, isPending };
}
