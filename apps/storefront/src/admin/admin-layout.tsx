import { Badge, Button } from '@emporium/ui';
import { type KeyboardEvent, useRef, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useMainFocus } from '../lib/use-main-focus';
import { trpc } from '../trpc';
import { AdminNav } from './admin-nav';
import type { SignedInUser } from './admin-types';
import { roleLabel } from './customers/roles';
import { ADMIN_ROOT } from './lib/admin-paths';
import { useFeedback } from './lib/use-feedback';

/**
 * The admin's frame: a skip link, a header (who is signed in, the way back to the shop), the side navigation and
 * the page. On a narrow screen the navigation folds behind a "Menu" button and closes again after a choice.
 */
export function AdminLayout({ user }: { readonly user: SignedInUser }) {
  const { mainRef, skipToContent } = useMainFocus();
  const menuButtonRef = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  // The page the menu was opened on: going to another page closes it.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === pathname;
  const setMenuOpen = (open: boolean) => setMenuOpenOn(open ? pathname : null);

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key === 'Escape' && menuOpen) {
      setMenuOpen(false);
      menuButtonRef.current?.focus();
    }
  }

  return (
    <div className="admin" onKeyDown={closeOnEscape}>
      <a className="skip-link" href="#admin-main" onClick={skipToContent}>
        Skip to content
      </a>
      <header className="admin-header">
        <button
          ref={menuButtonRef}
          type="button"
          className="admin-header__menu"
          aria-expanded={menuOpen}
          aria-controls="admin-nav"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
            {menuOpen ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
          </svg>
          Menu
        </button>
        <Link to={ADMIN_ROOT} className="admin-header__brand">
          Emporium <span className="admin-header__brand-tag">Admin</span>
        </Link>
        <div className="admin-header__end">
          <p className="admin-header__user">
            <span className="admin-header__name">{user.name || user.email}</span> <Badge tone="accent">{roleLabel(user.role)}</Badge>
          </p>
          <Link to="/" className="admin-header__shop">
            Back to the shop
          </Link>
          <SignOutButton />
        </div>
      </header>
      <div className="admin-body">
        <AdminNav id="admin-nav" open={menuOpen} />
        <main id="admin-main" ref={mainRef} tabIndex={-1} className="admin-main">
          <Outlet />
        </main>
      </div>
    </div>
  );
}

function SignOutButton() {
  const utils = trpc.useUtils();
  const navigate = useNavigate();
  const feedback = useFeedback();
  const logout = trpc.user.auth.logout.useMutation({
    onSuccess: async () => {
      // Leave first, so the admin gate does not send a signed-out visitor to the sign-in page.
      await navigate('/');
      await utils.user.me.invalidate();
    },
    onError: feedback.failed,
  });
  return (
    <Button variant="ghost" size="sm" onClick={() => logout.mutate()} loading={logout.isPending}>
      Sign out
    </Button>
  );
}
