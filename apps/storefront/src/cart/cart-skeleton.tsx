import { Skeleton } from '@emporium/ui';

/** The shape of a cart on its way: three lines and the summary beside them. */
export function CartSkeleton() {
  return (
    <div className="cart-page__layout">
      <p role="status" className="ui-visually-hidden">
        Loading your cart
      </p>
      <ul className="cart-lines" aria-hidden="true">
        {[0, 1, 2].map((index) => (
          <li key={index} className="cart-line">
            <Skeleton shape="rect" className="cart-line__thumb" />
            <div className="cart-line__about">
              <Skeleton width="60%" />
              <Skeleton width="35%" />
            </div>
          </li>
        ))}
      </ul>
      <div className="cart-page__aside" aria-hidden="true">
        <Skeleton shape="rect" height="14rem" />
      </div>
    </div>
  );
}
