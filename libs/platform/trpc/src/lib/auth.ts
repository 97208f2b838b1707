import type { Database } from '@emporium/platform-db';
import type { ServiceClients } from './service-client';

export const ROLES = ['customer', 'staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface AuthenticatedUser {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
}

/** Who is calling. Resolved at most once per request, from its session cookie, and only when a procedure asks. */
export interface AuthState {
  readonly user: AuthenticatedUser | null;
  readonly sessionId: string | null;
}

export const ANONYMOUS: AuthState = Object.freeze({ user: null, sessionId: null });

/** What a resolver may use: the request's headers, somewhere to set a renewed cookie, and the process's capabilities. */
export interface AuthRequest {
  readonly headers: Headers;
  readonly responseHeaders?: Headers;
  readonly db: Database;
  readonly services: ServiceClients;
  /** Whether cookies set for this request must carry `Secure` (false only for plain-http localhost). */
  readonly secureCookies: boolean;
}

/**
 * Turns a request into an AuthState. The user service provides the real one (a session lookup where it is mounted,
 * a typed call to it elsewhere); without it every caller is anonymous, so customer, staff and admin procedures
 * refuse everyone.
 */
export type AuthResolver = (request: AuthRequest) => Promise<AuthState>;

export const anonymousResolver: AuthResolver = async () => ANONYMOUS;
