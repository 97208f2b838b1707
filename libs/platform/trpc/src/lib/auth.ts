export const ROLES = ['customer', 'staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface AuthenticatedUser {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
}

/** Who is calling. Resolved once per request from its session cookie or bearer token. */
export interface AuthState {
  readonly user: AuthenticatedUser | null;
  readonly sessionId: string | null;
}

export const ANONYMOUS: AuthState = Object.freeze({ user: null, sessionId: null });

/**
 * Turns request headers into an AuthState. The user service provides the real one; until it is mounted every
 * caller is anonymous, so customer, staff and admin procedures refuse everyone.
 */
export type AuthResolver = (headers: Headers) => Promise<AuthState>;

export const anonymousResolver: AuthResolver = async () => ANONYMOUS;
