import { ProductCard } from './product-card';
import { type ProductSummary } from './product-types';

export interface ProductGridProps {
  readonly products: readonly ProductSummary[];
  readonly headingLevel: 2 | 3;
  /** Names the list for screen readers, e.g. "Featured products". */
  readonly label: string;
  /** Search words to mark in the titles. */
  readonly highlight?: string;
}

export function ProductGrid({ products, headingLevel, label, highlight }: ProductGridProps) {
  return (
    <ul className="product-grid" aria-label={label}>
      {products.map((product) => (
        <ProductCard key={product.id} product={product} headingLevel={headingLevel} highlight={highlight} />
      ))}
    </ul>
  );
}
