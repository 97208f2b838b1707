import { Link, NavLink, useLocation } from 'react-router';
import { signInPath } from '../account/lib/safe-next';
import { AccountMenu } from '../account/shell/account-menu';
import { NoticeRelay } from '../account/shell/notice-relay';
import { CartNoticeRelay } from '../cart/cart-notice-relay';
import { MiniCart } from '../cart/mini-cart';
import { CurrencySelect } from './currency-select';
import { SearchForm } from './search-form';
import { ShopNav } from './shop-nav';
import { useCurrentUser } from './use-current-user';

/**
 * Relays notices that follow the shopper across pages ("You have signed out") and what the cart did on its own (a
 * merged guest cart, a capped quantity) to the shell's toasts.
 */
export function SiteHeader() {
  return (
    <>
      <NoticeRelay />
      <CartNoticeRelay />
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
            <MiniCart />
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
