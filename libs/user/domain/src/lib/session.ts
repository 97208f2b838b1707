/**
 * Session lifetimes as lucia-auth.com recommends for database sessions: a session lasts 30 days and is extended
 * to a fresh 30 days when it is used with fewer than 15 days left, so an active shopper stays signed in while
 * the session row is written at most about twice a month. The clock is always passed in.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

export const SESSION_LIFETIME_MS = 30 * DAY_MS;
/** Renew when less than this remains: half the lifetime. */
const SESSION_RENEWAL_THRESHOLD_MS = 15 * DAY_MS;
/** `last_seen_at` is for "active sessions" lists, not auditing; minute precision saves a write per request. */
export const LAST_SEEN_GRANULARITY_MS = 60 * 1000;

export function sessionExpiry(now: Date): Date {
  return new Date(now.getTime() + SESSION_LIFETIME_MS);
}

/** A session is expired from the instant of its `expiresAt` on. */
export function isSessionExpired(session: { readonly expiresAt: Date }, now: Date): boolean {
  return now.getTime() >= session.expiresAt.getTime();
}

/**
 * The new `expiresAt` for a session used at `now`, or null when it should be left alone: it still has 15 days or
 * more, or it has already expired (an expired session is ended, never revived).
 */
export function renewedExpiry(session: { readonly expiresAt: Date }, now: Date): Date | null {
  if (isSessionExpired(session, now)) return null;
  const remaining = session.expiresAt.getTime() - now.getTime();
  return remaining < SESSION_RENEWAL_THRESHOLD_MS ? sessionExpiry(now) : null;
}

/** Whether a request at `now` should update a `last_seen_at` recorded at `lastSeenAt`. */
export function shouldRecordLastSeen(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= LAST_SEEN_GRANULARITY_MS;
}
