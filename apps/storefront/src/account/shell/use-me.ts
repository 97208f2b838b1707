import { trpc } from '../../trpc';
import { type SignedInUser } from '../lib/account-types';

/** What the guards read of `user.me`. */
export interface MeQuery {
  /** The signed-in user, null for a visitor, undefined until known. */
  readonly data: SignedInUser | null | undefined;
  readonly isPending: boolean;
  readonly isError: boolean;
  readonly isFetching: boolean;
  readonly error: unknown;
  readonly refetch: () => Promise<unknown>;
}

/**
 * `user.me` with the options `useCurrentUser` gives it (one cache entry for the header and the guards), for the
 * guards that also need its error and status.
 */
export function useMe(): MeQuery {
  return trpc.user.me.useQuery(undefined, { staleTime: 5 * 60_000, retry: false });
}
