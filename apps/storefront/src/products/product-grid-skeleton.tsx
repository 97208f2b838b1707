import { Skeleton, VisuallyHidden } from '@emporium/ui';

export interface ProductGridSkeletonProps {
  readonly count?: number;
}

/** The grid's shape while products load; says "Loading products" once for screen readers. */
export function ProductGridSkeleton({ count = 8 }: ProductGridSkeletonProps) {
  return (
    <div aria-busy="true">
      <VisuallyHidden role="status">Loading products…</VisuallyHidden>
      <ul className="product-grid" aria-hidden="true">
        {Array.from({ length: count }, (_, index) => (
          <li key={index} className="ui-card product-card">
            <Skeleton shape="rect" className="product-card__image" />
            <div className="product-card__body">
              <Skeleton width="75%" />
              <Skeleton width="35%" />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
