import { useToast, VisuallyHidden } from '@emporium/ui';
import { type FocusEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { apiErrorMessage } from '../../lib/api-error';
import { trpc } from '../../trpc';
import { type SignedInUser } from '../lib/account-types';
import { firstName } from '../lib/display-name';
import { useSessionCache } from './use-session-cache';

export interface AccountMenuProps {
  readonly user: SignedInUser;
  readonly isStaff: boolean;
}

/**
 * The signed-in header entry: a button with the shopper's first name that opens a short list of account links and
 * "Sign out". A disclosure rather than an ARIA menu: links and a button, reached with Tab like anything else;
 * Escape closes it and returns focus to the button, and so does choosing an entry.
 */
export function AccountMenu({ user, isStaff }: AccountMenuProps) {
  const { pathname } = useLocation();
  // Open on the page it was opened on: following one of its links (or Back) closes it without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = (value: boolean) => setOpenOn(value ? pathname : null);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  const session = useSessionCache();
  const toast = useToast();
  const logout = trpc.user.auth.logout.useMutation();

  // A click or tap anywhere else closes it.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpenOn(null);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && open) {
      setOpen(false);
      buttonRef.current?.focus();
    }
  }

  // Tabbing out of the menu closes it, as it would a native <details> dropdown that lost interest.
  function onBlur(event: FocusEvent) {
    if (open && !rootRef.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
  }

  async function signOut() {
    try {
      await logout.mutateAsync();
    } catch (error) {
      toast.show(apiErrorMessage(error), { tone: 'error' });
      return;
    }
    setOpen(false);
    // Leave any signed-in page before forgetting who was signed in, so no guard sends us to the sign-in page.
    await navigate('/');
    session.signedOut();
    toast.show('You have signed out.', { tone: 'success' });
  }

  const name = firstName(user);
  return (
    <div className="account-menu" ref={rootRef} onKeyDown={onKeyDown} onBlur={onBlur}>
      <button ref={buttonRef} type="button" className="site-nav__link account-menu__button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
          <circle cx="12" cy="8" r="4" />
          <path d="M4 21c1.5-4 4.5-6 8-6s6.5 2 8 6" strokeLinecap="round" />
        </svg>
        <span className="site-nav__text account-menu__name">
          <VisuallyHidden>Account: </VisuallyHidden>
          {name}
        </span>
        <svg aria-hidden="true" className="account-menu__caret" width="12" height="12" viewBox="0 0 12 12" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="m2.5 4.5 3.5 3.5 3.5-3.5" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
      <div id={panelId} className="account-menu__panel" hidden={!open}>
        <p className="account-menu__who">
          Signed in as <strong>{user.email}</strong>
        </p>
        <ul className="account-menu__list">
          <li>
            <Link to="/account" className="account-menu__item">
              Your account
            </Link>
          </li>
          <li>
            <Link to="/account/orders" className="account-menu__item">
              Orders
            </Link>
          </li>
          <li>
            <Link to="/account/addresses" className="account-menu__item">
              Addresses
            </Link>
          </li>
          <li>
            <Link to="/account/security" className="account-menu__item">
              Sign-in &amp; security
            </Link>
          </li>
          {isStaff && (
            <li>
              <Link to="/admin" className="account-menu__item">
                Shop admin
              </Link>
            </li>
          )}
        </ul>
        <button type="button" className="account-menu__item account-menu__sign-out" onClick={() => void signOut()} disabled={logout.isPending} aria-busy={logout.isPending || undefined}>
          {logout.isPending ? 'Signing out…' : 'Sign out'}
        </button>
      </div>
    </div>
  );
}
