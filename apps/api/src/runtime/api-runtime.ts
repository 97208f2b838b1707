import type { AnyRouter } from '@trpc/server';
import type { Config, ServiceName } from '@emporium/platform-config';
import type { Database, MigrationSet } from '@emporium/platform-db';
import type { EventBus } from '@emporium/platform-events';
import type { Logger, Metrics } from '@emporium/platform-observability';
import {
  type AuthResolver,
  type AuthState,
  type ClientInfo,
  createServiceClients,
  isServiceToken,
  type RequestContext,
  SERVICE_TOKEN_HEADER,
} from '@emporium/platform-trpc';
import { readCookie } from '../http/cookies';
import { REQUEST_ID_HEADER } from '../http/request-id';

/** What the HTTP layer needs from the process: built once at start-up. */
export interface ApiRuntime {
  readonly config: Config;
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly db: Database;
  readonly events: EventBus;
  readonly resolveAuth: AuthResolver;
  /** The `/trpc` router: the mounted services only. */
  readonly router: AnyRouter;
  readonly mountedServices: readonly ServiceName[];
  /** Schemas of the mounted services, checked by /readyz. */
  readonly migrations: readonly MigrationSet[];
  /** PUBLIC_URL, else the URL this process listens on. */
  readonly publicUrl: string;
  /** Its origin: what calls to other services send as `Origin`. */
  readonly publicOrigin: string;
  /** Whether cookies must carry `Secure` (false only for plain-http localhost). */
  readonly secureCookies: boolean;
  /** Origins allowed to send mutations (see csrf-guard.ts). */
  readonly trustedOrigins: ReadonlySet<string>;
}

/** Credentials travel with a cross-service HTTP call so the callee authorises the same user. */
const FORWARDED_HEADERS = ['cookie', 'authorization'] as const;

export async function createRequestContext(
  runtime: ApiRuntime,
  request: { headers: Headers; requestId: string; responseHeaders?: Headers; client: ClientInfo },
): Promise<RequestContext> {
  // Calls to other services carry the shop's own origin, so their CSRF guard accepts them.
  const forwarded: Record<string, string> = { [REQUEST_ID_HEADER]: request.requestId, origin: runtime.publicOrigin };
  for (const name of FORWARDED_HEADERS) {
    const value = request.headers.get(name);
    if (value) forwarded[name] = value;
  }
  const serviceToken = runtime.config.SERVICE_TOKEN;
  if (serviceToken) forwarded[SERVICE_TOKEN_HEADER] = serviceToken;
  const { secureCookies } = runtime;
  let identified: Promise<AuthState> | undefined;
  const context: RequestContext = {
    requestId: request.requestId,
    config: runtime.config,
    logger: runtime.logger.child({ requestId: request.requestId }),
    metrics: runtime.metrics,
    db: runtime.db,
    events: runtime.events,
    identify: () =>
      (identified ??= runtime.resolveAuth({
        headers: request.headers,
        responseHeaders: request.responseHeaders,
        db: runtime.db,
        services: context.services,
        secureCookies,
      })),
    client: request.client,
    publicUrl: runtime.publicUrl,
    secureCookies,
    transport: 'http',
    fromService: isServiceToken(request.headers.get(SERVICE_TOKEN_HEADER), serviceToken),
    cookie: (name) => readCookie(request.headers.get('cookie'), name),
    responseHeaders: request.responseHeaders,
    services: createServiceClients(
      { local: { router: runtime.router, services: runtime.mountedServices }, urls: runtime.config.serviceUrls },
      {
        get context() {
          return context;
        },
        headers: () => forwarded,
        // A local callee shares the caller's identity and request id but must not set the caller's cookies; the call
        // comes from a service mounted here, so it is trusted as one.
        localContext: (caller): RequestContext => ({ ...caller, transport: 'local', fromService: true, responseHeaders: undefined }),
      },
    ),
  };
  return context;
}

/**
 * What the shop's public URL decides, worked out once at start-up. Browsers refuse `Secure` cookies over plain http
 * except on localhost; everywhere else cookies must be Secure.
 */
export function publicUrlSettings(publicUrl: string): Pick<ApiRuntime, 'publicUrl' | 'publicOrigin' | 'secureCookies'> {
  const url = new URL(publicUrl);
  const plainHttpLocalhost = url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return { publicUrl, publicOrigin: url.origin, secureCookies: !plainHttpLocalhost };
}
