import '../cart/cart-page.css';
import { buttonClassName, EmptyState } from '@emporium/ui';
import { Link } from 'react-router';
import { QueryError } from '../app/query-error';
import { CartCurrencyNote } from '../cart/cart-currency-note';
import { CartIcon } from '../cart/cart-icon';
import { CartLines } from '../cart/cart-lines';
import { CartSkeleton } from '../cart/cart-skeleton';
import { CouponForm } from '../cart/coupon-form';
import { TotalsBreakdown } from '../cart/totals-breakdown';
import { useCart } from '../cart/use-cart';
import { countLabel } from '../lib/count-label';
import { useDocumentTitle } from '../lib/use-document-title';

/**
 * The cart: its lines with what each needs, coupon codes, and what it all comes to where it goes. Amounts are in
 * the cart's own currency. The page ends with the totals and the way to the checkout.
 */
export function CartPage() {
  useDocumentTitle('Your cart');
  const cart = useCart();

  return (
    <section className="page-section cart-page" aria-labelledby="cart-heading" aria-busy={cart.isPending || undefined}>
      <h1 id="cart-heading">
        Your cart
        {cart.data && cart.data.itemCount > 0 && <span className="cart-page__count"> {countLabel(cart.data.itemCount, 'item', 'items')}</span>}
      </h1>
      {cart.data === undefined ? (
        cart.isLoadingError ? <QueryError error={cart.error} onRetry={() => void cart.refetch()} retrying={cart.isFetching} /> : <CartSkeleton />
      ) : cart.data.lines.length === 0 ? (
        <EmptyCart />
      ) : (
        <div className="cart-page__layout">
          <div className="cart-page__main">
            <CartCurrencyNote cartCurrency={cart.data.currency} />
            <h2 className="ui-visually-hidden">Products</h2>
            <CartLines lines={cart.data.lines} />
          </div>
          <aside className="cart-page__aside" aria-label="Coupons and totals">
            <CouponForm coupons={cart.data.coupons} />
            <TotalsBreakdown cart={cart.data} />
            <Link to="/checkout" className={buttonClassName({ size: 'lg', fullWidth: true })}>
              Checkout
            </Link>
          </aside>
        </div>
      )}
    </section>
  );
}

function EmptyCart() {
  return (
    <EmptyState
      title="Your cart is empty"
      icon={<CartIcon />}
      action={
        <Link to="/" className={buttonClassName()}>
          Continue shopping
        </Link>
      }
    >
      <p>Products you add to your cart will appear here.</p>
    </EmptyState>
  );
}
