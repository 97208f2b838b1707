import { Link, NavLink, useLocation } from 'react-router';
import { signInPath } from '../account/lib/safe-next';
import { AccountMenu } from '../account/shell/account-menu';
import { NoticeRelay } from '../account/shell/notice-relay';
import { countLabel } from '../lib/count-label';
import { CurrencySelect } from './currency-select';
import { SearchForm } from './search-form';
import { ShopNav } from './shop-nav';
import { useCurrentUser } from './use-current-user';

/** There is no cart service yet, so the cart is always empty; the badge reads from here until there is. */
const CART_ITEM_COUNT = 0;

/** Relays notices that follow the shopper across pages ("You have signed out") to the shell's toasts. */
export function SiteHeader() {
  return (
    <>
      <NoticeRelay />
      <header className="site-header">
        <div className="site-header__inner container">
          <Link to="/" className="site-logo">
            <svg aria-hidden="true" className="site-logo__mark" width="28" height="28" viewBox="0 0 32 32">
              <rect width="32" height="32" rx="8" fill="currentColor" />
              <path d="M10 9h12v3H13.5v3H21v3h-7.5v3H22v3H10z" fill="var(--ui-color-surface)" />
            </svg>
            Emporium
          </Link>
          <SearchForm />
          <nav className="site-nav" aria-label="Your shopping">
            <AccountEntry />
            <NavLink to="/cart" className="site-nav__link" aria-label={`Cart, ${countLabel(CART_ITEM_COUNT, 'item', 'items')}`}>
              <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round">
                <path d="M5 8h14l-1.2 12H6.2z" />
                <path d="M9 8V6a3 3 0 0 1 6 0v2" />
              </svg>
              <span className="site-nav__text">Cart</span>
              <span className="site-nav__badge" aria-hidden="true">
                {CART_ITEM_COUNT}
              </span>
            </NavLink>
          </nav>
        </div>
        {/* The Shop row: categories on the left (scrolling sideways on a phone), the shopper's currency on the right. */}
        <div className="shop-bar">
          <div className="shop-bar__inner container">
            <ShopNav />
            <CurrencySelect />
          </div>
        </div>
      </header>
    </>
  );
}

/** "Sign in" for a visitor, a menu with their name for a shopper; plain "Account" until we know which. */
function AccountEntry() {
  const { user, isLoading, isStaff } = useCurrentUser();
  const { pathname, search } = useLocation();
  if (user) return <AccountMenu user={user} isStaff={isStaff} />;
  return (
    <NavLink to={isLoading ? '/account' : signInPath(`${pathname}${search}`)} className="site-nav__link" end={false}>
      <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
        <circle cx="12" cy="8" r="4" />
        <path d="M4 21c1.5-4 4.5-6 8-6s6.5 2 8 6" strokeLinecap="round" />
      </svg>
      <span className="site-nav__text">{isLoading ? 'Account' : 'Sign in'}</span>
    </NavLink>
  );
}
