import './mini-cart.css';
import { useId } from 'react';
import { countLabel } from '../lib/count-label';
import { MiniCartPanel } from './mini-cart-panel';
import { useCart } from './use-cart';
import { useDisclosure } from './use-disclosure';

/**
 * The header's cart: a button with the number of items that opens a quick view of the cart under it (a
 * disclosure, reached with Tab like anything else). The number is the API's count of units in the cart.
 */
export function MiniCart() {
  const cart = useCart();
  const count = cart.data?.itemCount ?? 0;
  const panelId = useId();
  const { open, setOpen, rootProps, buttonRef } = useDisclosure();

  return (
    <div className="mini-cart" {...rootProps}>
      <button
        ref={buttonRef}
        type="button"
        className="site-nav__link mini-cart__button"
        aria-label={`Cart, ${countLabel(count, 'item', 'items')}`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round">
          <path d="M5 8h14l-1.2 12H6.2z" />
          <path d="M9 8V6a3 3 0 0 1 6 0v2" />
        </svg>
        <span className="site-nav__text">Cart</span>
        <span className={count > 0 ? 'site-nav__badge site-nav__badge--filled' : 'site-nav__badge'} aria-hidden="true">
          {count}
        </span>
      </button>
      <div id={panelId} className="mini-cart__panel" hidden={!open}>
        {open && <MiniCartPanel cart={cart} onClose={() => setOpen(false)} />}
      </div>
    </div>
  );
}
