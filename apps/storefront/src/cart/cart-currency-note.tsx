import { Button } from '@emporium/ui';
import { currencyPlural } from '../lib/shop-currency';
import { useShopCurrency } from '../lib/shop-currency-context';
import { useCartFollowsCurrency } from './use-cart-follows-currency';

/**
 * The cart keeps the currency it was filled in; a shopper who now sees the shop in another one (signed in to an
 * account whose cart is in dollars, say) is told, and offered to switch the cart over.
 */
export function CartCurrencyNote({ cartCurrency }: { readonly cartCurrency: string }) {
  const { currency } = useShopCurrency();
  const { follow, isPending } = useCartFollowsCurrency();
  if (cartCurrency === currency) return null;
  return (
    <div className="cart-currency-note" role="status">
      <p>
        Your cart is priced in {currencyPlural(cartCurrency)}, the shop is showing {currencyPlural(currency)}.
      </p>
      <Button variant="secondary" size="sm" loading={isPending} onClick={() => follow(currency)}>
        Price my cart in {currencyPlural(currency)}
      </Button>
    </div>
  );
}
