import { Badge, Card } from '@emporium/ui';
import { Link } from 'react-router';
import { HighlightedText } from '../catalog/highlighted-text';
import { productPath } from '../lib/paths';
import { ProductImage } from './product-image';
import { ProductPrice } from './product-price';
import { type ProductSummary } from './product-types';

export interface ProductCardProps {
  readonly product: ProductSummary;
  /** The level that fits under the section's own heading. */
  readonly headingLevel: 2 | 3;
  /** Search words to mark in the title. */
  readonly highlight?: string;
}

/** One product in a grid. The whole card is clickable through the title link, which stretches over it. */
export function ProductCard({ product, headingLevel, highlight }: ProductCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <Card as="li" interactive className="product-card">
      <ProductImage product={product} className="product-card__image" />
      <div className="product-card__body">
        {product.brand && <p className="product-card__brand">{product.brand}</p>}
        <Heading className="product-card__title">
          <Link to={productPath(product.slug)} className="product-card__link">
            <HighlightedText text={product.title} query={highlight} />
          </Link>
        </Heading>
        <ProductPrice price={product.price} maxPrice={product.maxPrice} />
        {!product.inStock && (
          <Badge tone="danger" className="product-card__badge">
            Sold out
          </Badge>
        )}
      </div>
    </Card>
  );
}
