import { Card, Price } from '@emporium/ui';
import { Link } from 'react-router';
import { productPath } from '../lib/paths';
import { ProductImage } from './product-image';
import { type ProductSummary } from './product-types';

export interface ProductCardProps {
  readonly product: ProductSummary;
  /** The level that fits under the section's own heading. */
  readonly headingLevel: 2 | 3;
}

/** One product in a grid. The whole card is clickable through the title link, which stretches over it. */
export function ProductCard({ product, headingLevel }: ProductCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <Card as="li" interactive className="product-card">
      <ProductImage product={product} className="product-card__image" />
      <div className="product-card__body">
        <Heading className="product-card__title">
          <Link to={productPath(product.slug)} className="product-card__link">
            {product.title}
          </Link>
        </Heading>
        <Price amount={product.price.amount} currency={product.price.currency} />
      </div>
    </Card>
  );
}
