import { Skeleton, SkeletonText, VisuallyHidden } from '@emporium/ui';

/** The product page's shape while the product loads. */
export function ProductDetailSkeleton() {
  return (
    <div className="product-detail" aria-busy="true">
      <VisuallyHidden role="status">Loading product…</VisuallyHidden>
      <Skeleton shape="rect" className="product-detail__media" />
      <div className="product-detail__info" aria-hidden="true">
        <Skeleton width="70%" height="2.25rem" />
        <Skeleton width="25%" height="1.5rem" />
        <SkeletonText lines={4} />
      </div>
    </div>
  );
}
