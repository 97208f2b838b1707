import { ProductCard } from './product-card';
import { type ProductSummary } from './product-types';

export interface ProductGridProps {
  readonly products: readonly ProductSummary[];
  readonly headingLevel: 2 | 3;
  /** Names the list for screen readers, e.g. "Featured products". */
  readonly label: string;
}

export function ProductGrid({ products, headingLevel, label }: ProductGridProps) {
  return (
    <ul className="product-grid" aria-label={label}>
      {products.map((product) => (
        <ProductCard key={product.id} product={product} headingLevel={headingLevel} />
      ))}
    </ul>
  );
}
