import { ANONYMOUS, type AuthResolver } from '@emporium/platform-trpc';
import { validateSessionToken } from '@emporium/user-data-access';
import { readSessionToken, sessionCookie } from './session-cookie';
import type { UserService } from './user.service-ref';

/**
 * Where the user service is mounted: the session cookie is checked against its own tables. A session extended by
 * this request gets its cookie sent again with the new expiry.
 */
export const localSessionResolver: AuthResolver = async ({ headers, responseHeaders, db, secureCookies }) => {
  const token = readSessionToken(headers.get('cookie'), secureCookies);
  if (!token) return ANONYMOUS;
  const now = new Date();
  const session = await validateSessionToken(db, token, now);
  if (!session) return ANONYMOUS;
  if (session.renewed) responseHeaders?.append('set-cookie', sessionCookie(token, session.expiresAt, secureCookies, now));
  return { user: session.user, sessionId: session.id };
};

/**
 * Everywhere else: ask the user service, over its typed client, with the shopper's cookie forwarded. Requests
 * without a session cookie never make the call.
 */
export const remoteSessionResolver: AuthResolver = async ({ headers, services, secureCookies }) => {
  if (!readSessionToken(headers.get('cookie'), secureCookies)) return ANONYMOUS;
  return services.client<UserService>('user').session.current.query();
};
