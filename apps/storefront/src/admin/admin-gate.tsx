import { Button, buttonClassName, Spinner } from '@emporium/ui';
import { type ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { useCurrentUser } from '../app/use-current-user';
import { useDocumentTitle } from '../lib/use-document-title';
import { trpc } from '../trpc';
import type { SignedInUser } from './admin-types';
import { describeProblem } from './lib/api-problems';
import { signInPath } from './lib/admin-paths';
import { roleNoun } from './customers/roles';

/**
 * Lets staff and admins through. A visitor who is not signed in goes to sign in and comes back here afterwards;
 * a signed-in customer is told plainly that this is for staff. This is for people, not security: the API checks
 * the role on every call.
 */
export function AdminGate({ children }: { readonly children: (user: SignedInUser) => ReactNode }) {
  const { user, isLoading, isStaff } = useCurrentUser();
  // A second, passive view of the same query, for its error: useCurrentUser reports a failed lookup as "nobody".
  const me = trpc.user.me.useQuery(undefined, { enabled: false });
  const location = useLocation();

  if (isLoading) {
    return (
      <div className="admin-standalone">
        <Spinner size="lg" label="Checking who you are…" />
      </div>
    );
  }
  if (!user && me.isError) return <GateError error={me.error} onRetry={() => void me.refetch()} retrying={me.isFetching} />;
  if (!user) return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
  if (!isStaff) return <StaffOnly user={user} />;
  return children(user);
}

function StaffOnly({ user }: { readonly user: SignedInUser }) {
  useDocumentTitle('Staff only');
  return (
    <main className="admin-standalone" id="main">
      <section className="admin-standalone__card" aria-labelledby="staff-only-heading">
        <h1 id="staff-only-heading">Staff only</h1>
        <p>
          The admin area is for the shop’s staff. You are signed in as <strong>{user.email}</strong>, which is {roleNoun(user.role)}’s account.
        </p>
        <p>If you work here, ask an administrator to give your account the staff role.</p>
        <Link to="/" className={buttonClassName()}>
          Back to the shop
        </Link>
      </section>
    </main>
  );
}

function GateError({ error, onRetry, retrying }: { readonly error: unknown; readonly onRetry: () => void; readonly retrying: boolean }) {
  useDocumentTitle('Admin unavailable');
  return (
    <main className="admin-standalone" id="main">
      <section className="admin-standalone__card" role="alert" aria-labelledby="gate-error-heading">
        <h1 id="gate-error-heading">We couldn’t check your sign-in</h1>
        <p>{describeProblem(error)}</p>
        <Button onClick={onRetry} loading={retrying}>
          Try again
        </Button>
      </section>
    </main>
  );
}
