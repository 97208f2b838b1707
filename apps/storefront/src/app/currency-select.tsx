import { SelectField } from '@emporium/ui';
import { useCartFollowsCurrency } from '../cart/use-cart-follows-currency';
import { isShopCurrency, SHOP_CURRENCIES } from '../lib/shop-currency';
import { useShopCurrency } from '../lib/shop-currency-context';

/**
 * The shopper's currency as a native select: "USD $" / "EUR €" on screen, named "Currency" for screen readers.
 * Changing it re-prices everything on screen; a listing drops a price filter set in the old currency (use-listing),
 * and a cart with lines is switched to it too.
 */
export function CurrencySelect() {
  const { currency, setCurrency } = useShopCurrency();
  const cartFollows = useCartFollowsCurrency().follow;
  return (
    <SelectField
      label="Currency"
      hideLabel
      className="currency-select"
      value={currency}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (!isShopCurrency(next)) return;
        setCurrency(next);
        cartFollows(next);
      }}
    >
      {SHOP_CURRENCIES.map((option) => (
        <option key={option.code} value={option.code} title={option.name}>
          {option.code} {option.symbol}
        </option>
      ))}
    </SelectField>
  );
}
