import { Badge, Card } from '@emporium/ui';
import { type ReactNode } from 'react';
import { Link } from 'react-router';
import { countLabel } from '../../lib/count-label';
import { useDocumentTitle } from '../../lib/use-document-title';
import { trpc } from '../../trpc';
import { firstName } from '../lib/display-name';
import { useMe } from '../shell/use-me';

/** The account's front page: who is signed in, and the way to each part of the account. */
export function OverviewPage() {
  useDocumentTitle('Your account');
  const user = useMe().data;
  const addresses = trpc.user.addresses.list.useQuery();
  if (!user) return null;
  const saved = addresses.data?.length;

  return (
    <section aria-labelledby="account-overview-heading" className="account-page">
      <header className="account-page__header">
        <h1 id="account-overview-heading">Hello, {firstName(user)}</h1>
        <p className="account-page__lead">
          Signed in as <strong>{user.email}</strong>{' '}
          {user.emailVerified ? <Badge tone="success">Confirmed</Badge> : <Badge tone="danger">Not confirmed</Badge>}
        </p>
      </header>
      <ul className="account-cards">
        <OverviewCard to="/account/profile" title="Profile" icon={<PersonIcon />}>
          Your name, phone number and e-mail preferences.
        </OverviewCard>
        <OverviewCard to="/account/addresses" title="Addresses" icon={<HouseIcon />}>
          {saved === undefined ? 'Shipping and billing addresses for a faster checkout.' : saved === 0 ? 'No saved addresses yet. Add one for a faster checkout.' : `${countLabel(saved, 'saved address', 'saved addresses')}.`}
        </OverviewCard>
        <OverviewCard to="/account/security" title="Sign-in & security" icon={<LockIcon />}>
          Change your password and see the devices signed in to your account.
        </OverviewCard>
      </ul>
      <p className="account-page__aside">
        Want to leave? <Link to="/account/delete">Delete your account</Link>
      </p>
    </section>
  );
}

function OverviewCard({ to, title, icon, children }: { readonly to: string; readonly title: string; readonly icon: ReactNode; readonly children: ReactNode }) {
  return (
    <Card as="li" interactive className="account-card">
      <span className="account-card__icon" aria-hidden="true">
        {icon}
      </span>
      <h2 className="account-card__title">
        <Link to={to} className="account-card__link">
          {title}
        </Link>
      </h2>
      <p className="account-card__text">{children}</p>
    </Card>
  );
}

const iconProps = { width: 24, height: 24, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 1.75, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

function PersonIcon() {
  return (
    <svg {...iconProps}>
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21c1.5-4 4.5-6 8-6s6.5 2 8 6" />
    </svg>
  );
}

function HouseIcon() {
  return (
    <svg {...iconProps}>
      <path d="M3 11 12 4l9 7" />
      <path d="M5 10v10h14V10" />
      <path d="M10 20v-6h4v6" />
    </svg>
  );
}

function LockIcon() {
  return (
    <svg {...iconProps}>
      <rect x="5" y="11" width="14" height="10" rx="2" />
      <path d="M8 11V8a4 4 0 0 1 8 0v3" />
    </svg>
  );
}
