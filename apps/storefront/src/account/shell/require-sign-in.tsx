import { type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { QueryError } from '../../app/query-error';
import { signInPath } from '../lib/safe-next';
import { PageSpinner } from './page-spinner';
import { useMe } from './use-me';

/** The signed-in part of the account: a visitor who is not signed in is sent to sign in, and brought back after. */
export function RequireSignIn({ children }: { readonly children: ReactNode }) {
  const me = useMe();
  const { pathname, search } = useLocation();
  if (me.isPending) return <PageSpinner label="Loading your account" />;
  if (me.isError) return <QueryError error={me.error} onRetry={() => void me.refetch()} retrying={me.isFetching} />;
  if (!me.data) return <Navigate to={signInPath(`${pathname}${search}`)} replace />;
  return children;
}
