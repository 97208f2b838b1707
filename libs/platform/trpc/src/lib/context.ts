import type { Config } from '@emporium/platform-config';
import type { EventBus } from '@emporium/platform-events';
import type { Database } from '@emporium/platform-db';
import type { Logger, Metrics } from '@emporium/platform-observability';
import type { AuthenticatedUser, AuthState } from './auth';
import type { ServiceClients } from './service-client';

export interface ClientInfo {
  readonly ip: string | null;
  readonly userAgent: string | null;
}

/** What every procedure receives. Built once per incoming request (or per in-process call from another service). */
export interface RequestContext {
  readonly requestId: string;
  /** The process's validated settings. */
  readonly config: Config;
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly db: Database;
  readonly events: EventBus;
  /** Who is calling: resolved on first use (public reads never pay for a session lookup), then remembered. */
  readonly identify: () => Promise<AuthState>;
  /** The caller's network address (the socket's, or X-Forwarded-For's first hop when TRUST_PROXY is set) and agent. */
  readonly client: ClientInfo;
  /** The shop's public base URL (PUBLIC_URL, else the URL this process printed): links in e-mails point here. */
  readonly publicUrl: string;
  /** Whether cookies set for this request must carry `Secure` (false only for plain-http localhost). */
  readonly secureCookies: boolean;
  /** Typed clients of the other services, local or remote depending on the topology. */
  readonly services: ServiceClients;
  /** `http` for a request from outside this process, `local` for a call from a service mounted beside this one. */
  readonly transport: 'http' | 'local';
  /**
   * Whether the caller is another Emporium service: an in-process call, or an HTTP call carrying the service token.
   * Internal procedures (reserve, commit…) require it; the shopper's identity, if any, still comes from `identify`.
   */
  readonly fromService: boolean;
  /**
   * A cookie the request carried (the shopper's, also on a local call made on their behalf), or null. Procedures
   * that keep state in a cookie of their own (the guest cart) read it here.
   */
  readonly cookie: (name: string) => string | null;
  /** Response headers of the HTTP request (set cookies here); absent for local calls. */
  readonly responseHeaders?: Headers;
}

/** What customer, staff and admin procedures receive: the context plus the signed-in caller. */
export type SignedInContext = RequestContext & { readonly user: AuthenticatedUser; readonly sessionId: string };
