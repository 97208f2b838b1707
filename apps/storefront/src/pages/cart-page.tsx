import { EmptyState, buttonClassName } from '@emporium/ui';
import { Link } from 'react-router';
import { useDocumentTitle } from '../lib/use-document-title';

export function CartPage() {
  useDocumentTitle('Your cart');
  return (
    <section className="page-section" aria-labelledby="cart-heading">
      <h1 id="cart-heading">Your cart</h1>
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
    </section>
  );
}

function CartIcon() {
  return (
    <svg width="28" height="28" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinejoin="round">
      <path d="M5 8h14l-1.2 12H6.2z" />
      <path d="M9 8V6a3 3 0 0 1 6 0v2" />
    </svg>
  );
}
