import { Price } from '@emporium/ui';

interface Money {
  readonly amount: number;
  readonly currency: string;
}

export interface ProductPriceProps {
  /** The lowest price of the product's variants. */
  readonly price: Money;
  /** The highest; when it is above `price`, the price reads "From $19.00". */
  readonly maxPrice?: Money;
  readonly compareAt?: number | null;
  readonly size?: 'sm' | 'md' | 'lg';
}

/** A product's price: one amount, or "From" the lowest when its variants cost different amounts. */
export function ProductPrice({ price, maxPrice, compareAt, size }: ProductPriceProps) {
  const ranged = maxPrice !== undefined && maxPrice.amount > price.amount;
  return (
    <span className="product-price">
      {ranged && <span className="product-price__from">From </span>}
      <Price amount={price.amount} currency={price.currency} compareAt={compareAt} size={size} />
    </span>
  );
}
