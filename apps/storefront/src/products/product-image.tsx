import { cx } from '@emporium/ui';
import { type ProductSummary } from './product-types';

export interface ProductImageProps {
  readonly product: Pick<ProductSummary, 'title' | 'image'>;
  /** The image at the top of a product page is the largest thing on screen: fetch it first, not lazily. */
  readonly priority?: boolean;
  readonly className?: string;
}

/** A square product image, or a lettered tile when the product has none yet. */
export function ProductImage({ product, priority = false, className }: ProductImageProps) {
  if (!product.image) {
    return (
      <div className={cx('product-image', 'product-image--missing', className)} aria-hidden="true">
        {product.title.charAt(0)}
      </div>
    );
  }
  return (
    <img
      className={cx('product-image', className)}
      src={product.image.url}
      alt={product.image.alt}
      width={600}
      height={600}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : 'auto'}
      decoding="async"
    />
  );
}
