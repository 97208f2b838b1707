import { NavLink, Outlet } from 'react-router';

const SECTIONS = [
  { to: '/account', label: 'Overview', end: true },
  { to: '/account/orders', label: 'Orders', end: false },
  { to: '/account/profile', label: 'Profile', end: false },
  { to: '/account/addresses', label: 'Addresses', end: false },
  { to: '/account/security', label: 'Sign-in & security', end: false },
  { to: '/account/delete', label: 'Delete account', end: false },
] as const;

/** The signed-in account pages: a section menu (a sidebar on wide screens, a scrolling row on phones) and the page. */
export function AccountLayout() {
  return (
    <div className="account-layout">
      <nav className="account-nav" aria-label="Your account">
        <ul className="account-nav__list">
          {SECTIONS.map((section) => (
            <li key={section.to}>
              <NavLink to={section.to} end={section.end} className="account-nav__link">
                {section.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="account-layout__page">
        <Outlet />
      </div>
    </div>
  );
}
