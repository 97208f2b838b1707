import { trpc } from '../trpc';

/**
 * The signed-in user (or null) for the header, the account pages and the admin guard. One query shared by all of
 * them; sign-in and sign-out invalidate it.
 */
export function useCurrentUser() {
  const query = trpc.user.me.useQuery(undefined, { staleTime: 5 * 60_000, retry: false });
  return { user: query.data ?? null, isLoading: query.isLoading, isStaff: query.data?.role === 'staff' || query.data?.role === 'admin' };
}
