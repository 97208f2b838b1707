import { Price } from '@emporium/ui';
import { currencyPlural } from '../lib/shop-currency';
import { ProductPrice } from './product-price';
import type { ProductDetail, ProductVariant } from './product-types';
import { LowStockNote } from './low-stock-note';
import { StockStatus } from './stock-status';

export interface PurchaseSummaryProps {
  readonly product: ProductDetail;
  readonly variant: ProductVariant | null;
  /** Options still to choose, e.g. ["Size"]. */
  readonly missing: readonly string[];
}

function lowerList(names: readonly string[]): string {
  const words = names.map((name) => name.toLowerCase());
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * The price and availability of what the shopper has chosen, and its SKU — what "Add to cart" below the options acts
 * on. Until every option is chosen it shows the product's "from" price and what is left to pick.
 * A live region, so a screen reader hears the price and stock change as options are picked.
 */
export function PurchaseSummary({ product, variant, missing }: PurchaseSummaryProps) {
  return (
    <div className="purchase-summary" aria-live="polite">
      {variant ? (
        <>
          {variant.price ? (
            <Price amount={variant.price.amount} currency={variant.price.currency} compareAt={variant.compareAtPrice?.amount} size="lg" />
          ) : (
            // The product has a price in this currency (it would not be listed otherwise), this variant has none.
            <p className="purchase-summary__note">Price unavailable in {currencyPlural(product.price.currency)}</p>
          )}
          <div className="purchase-summary__status">
            <StockStatus inStock={variant.inStock && variant.price !== null} />
            {variant.inStock && variant.price !== null && <LowStockNote sku={variant.sku} />}
            <span className="purchase-summary__sku">
              SKU <code>{variant.sku}</code>
            </span>
          </div>
        </>
      ) : (
        <>
          <ProductPrice price={product.price} maxPrice={product.maxPrice} size="lg" />
          <div className="purchase-summary__status">
            <StockStatus inStock={product.inStock} />
            {missing.length > 0 && <span className="purchase-summary__note">Choose a {lowerList(missing)} to see its availability</span>}
          </div>
        </>
      )}
    </div>
  );
}
