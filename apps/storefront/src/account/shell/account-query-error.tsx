import { useEffect } from 'react';
import { QueryError } from '../../app/query-error';
import { isSignedOut } from '../../lib/api-error';
import { useSessionCache } from './use-session-cache';

/**
 * A failed load on a signed-in page. When the reason is that the session has ended (signed out elsewhere,
 * expired), `user.me` is asked again, and the guard sends the visitor to sign in and back here.
 */
export function AccountQueryError({ error, onRetry, retrying }: { readonly error: unknown; readonly onRetry: () => void; readonly retrying?: boolean }) {
  const session = useSessionCache();
  const signedOut = isSignedOut(error);
  useEffect(() => {
    if (signedOut) session.sessionLost();
  }, [signedOut, session]);
  return <QueryError error={error} onRetry={onRetry} retrying={retrying} />;
}
