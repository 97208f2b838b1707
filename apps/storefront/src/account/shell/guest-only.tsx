import { type ReactNode } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { safeNextPath } from '../lib/safe-next';
import { PageSpinner } from './page-spinner';
import { useMe } from './use-me';

/**
 * Sign-in and registration, for visitors who are not signed in. Someone who is (or who just signed in here) goes
 * on to `?next=` when it is a page of this shop, else to their account.
 */
export function GuestOnly({ children }: { readonly children: ReactNode }) {
  const me = useMe();
  const [params] = useSearchParams();
  if (me.isPending) return <PageSpinner label="Loading" />;
  if (me.data) return <Navigate to={safeNextPath(params.get('next'))} replace />;
  return children;
}
