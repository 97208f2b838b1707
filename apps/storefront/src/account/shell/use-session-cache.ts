import { useQueryClient } from '@tanstack/react-query';
import { getQueryKey } from '@trpc/react-query';
import { useMemo } from 'react';
import { trpc } from '../../trpc';
import { type SignedInUser } from '../lib/account-types';

/**
 * Keeps the cached view of "who is signed in" true across sign-in, sign-out and account deletion: `user.me` is set
 * at once (the header and the guards follow) and re-read, and everything cached about the previous person (profile,
 * addresses, sessions, staff data) is dropped so nobody sees it after them. The cart is read again too: the first
 * cart call after signing in merges the visitor's cart into the account's, and after signing out the visitor has a
 * cart of their own (the account's must not linger in the header).
 */
export function useSessionCache() {
  const queryClient = useQueryClient();
  const utils = trpc.useUtils();
  return useMemo(() => {
    const meKey = getQueryKey(trpc.user.me);
    const forgetPersonalData = () =>
      queryClient.removeQueries({
        queryKey: getQueryKey(trpc.user),
        predicate: (query) => JSON.stringify(query.queryKey[0]) !== JSON.stringify(meKey[0]),
      });
    return {
      signedIn(user: SignedInUser | null) {
        forgetPersonalData();
        utils.user.me.setData(undefined, user);
        void utils.user.me.invalidate();
        void utils.cart.get.invalidate();
      },
      signedOut() {
        forgetPersonalData();
        utils.user.me.setData(undefined, null);
        void utils.user.me.invalidate();
        void utils.cart.get.reset();
      },
      /** The server said the session is gone (expired, signed out elsewhere): ask again, and the guards follow. */
      sessionLost() {
        void utils.user.me.invalidate();
        void utils.cart.get.invalidate();
      },
    };
  }, [queryClient, utils]);
}
