import { cx } from '@emporium/ui';
import { type ReactNode } from 'react';
import { NavLink } from 'react-router';
import { adminPaths } from './lib/admin-paths';

const icon = (path: ReactNode) => (
  <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
    {path}
  </svg>
);

const SECTIONS: ReadonlyArray<{ readonly to: string; readonly label: string; readonly icon: ReactNode; readonly end?: boolean }> = [
  { to: adminPaths.dashboard, label: 'Dashboard', end: true, icon: icon(<path d="M3 13h8V3H3zM13 21h8V11h-8zM3 21h8v-6H3zM13 3v6h8V3z" />) },
  { to: adminPaths.orders, label: 'Orders', icon: icon(<path d="M6 2L3 6v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6l-3-4zM3 6h18M16 10a4 4 0 0 1-8 0" />) },
  { to: adminPaths.products, label: 'Products', icon: icon(<path d="M4 7l8-4 8 4v10l-8 4-8-4zM4 7l8 4 8-4M12 11v10" />) },
  { to: adminPaths.categories, label: 'Categories', icon: icon(<path d="M4 5h6v6H4zM14 5h6v6h-6zM4 15h6v6H4zM14 15h6v6h-6z" />) },
  { to: adminPaths.collections, label: 'Collections', icon: icon(<path d="M5 4h14v16l-7-4-7 4z" />) },
  { to: adminPaths.inventory, label: 'Inventory', icon: icon(<path d="M3 21V8l9-5 9 5v13M7 21v-8h10v8M7 17h10" />) },
  { to: adminPaths.promotions, label: 'Promotions', icon: icon(<path d="M20.6 13.4l-7.2 7.2a2 2 0 0 1-2.8 0L3 13V3h10l7.6 7.6a2 2 0 0 1 0 2.8zM7.5 7.5h.01" />) },
  { to: adminPaths.tax, label: 'Tax', icon: icon(<path d="M19 5L5 19M7.5 9a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3zM16.5 18a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3z" />) },
  { to: adminPaths.shipping, label: 'Shipping', icon: icon(<path d="M1 4h14v12H1zM15 9h4l3 3v4h-7M5.5 21a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM18.5 21a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z" />) },
  { to: adminPaths.shipments, label: 'Shipments', icon: icon(<path d="M21 8l-9-5-9 5v8l9 5 9-5zM3 8l9 5 9-5M12 13v8M7.5 5.5l9 5" />) },
  { to: adminPaths.payments, label: 'Payments', icon: icon(<path d="M2 5h20v14H2zM2 10h20M6 15h4" />) },
  { to: adminPaths.csv, label: 'CSV import/export', icon: icon(<path d="M12 3v12M7 10l5 5 5-5M4 21h16" />) },
  { to: adminPaths.customers, label: 'Customers', icon: icon(<path d="M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM2 21c1-4 4-6 7-6s6 2 7 6M17 11a3 3 0 1 0 0-6M22 20c-.6-2.5-2-4-4-4.6" />) },
  { to: adminPaths.mailbox, label: 'Mailbox', icon: icon(<path d="M3 6h18v12H3zM3 6l9 7 9-7" />) },
];

/** The admin's sections; NavLink marks the current one with aria-current="page". */
export function AdminNav({ id, open }: { readonly id: string; readonly open: boolean }) {
  return (
    <nav id={id} className={cx('admin-nav', open && 'is-open')} aria-label="Admin">
      <ul className="admin-nav__list">
        {SECTIONS.map((section) => (
          <li key={section.to}>
            <NavLink to={section.to} end={section.end} className="admin-nav__link">
              {section.icon}
              {section.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
