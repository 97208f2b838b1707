import { createTRPCClient, httpBatchLink, type TRPCClient, type TRPCLink, unstable_localLink } from '@trpc/client';
import type { AnyRouter } from '@trpc/server';
import { observable } from '@trpc/server/observable';
import type { ServiceName } from '@emporium/platform-config';

/**
 * A typed handle on another service: its name and (as a type only) its router. A service exports
 * `type CatalogService = ServiceRef<'catalog', typeof catalogRouter>` and callers use `ctx.services.client<CatalogService>('catalog')`.
 */
export interface ServiceRef<TName extends ServiceName = ServiceName, TRouter extends AnyRouter = AnyRouter> {
  readonly name: TName;
  readonly router: TRouter;
}

export interface ServiceClients {
  /** A client for the named service: in-process when it is mounted here, over HTTP otherwise. */
  client<TRef extends ServiceRef>(name: TRef['name']): TRPCClient<TRef['router']>;
}

/** Most calls one batched HTTP request may carry; the API refuses larger batches (a cheap amplification guard). */
export const MAX_BATCH_SIZE = 25;

/** How long one HTTP call to another service may take before it is abandoned. */
const SERVICE_CALL_TIMEOUT_MS = 10_000;

const fetchWithTimeout: typeof fetch = (input, init) => fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(SERVICE_CALL_TIMEOUT_MS) });

export interface ServiceTopology {
  /** This process's router (every mounted service under its name) and the names it mounts. */
  readonly local: { readonly router: AnyRouter; readonly services: readonly ServiceName[] };
  /** Base URLs of the services that are not. */
  readonly urls: Partial<Record<ServiceName, string>>;
}

export class ServiceUnavailableError extends Error {
  constructor(service: ServiceName) {
    super(`Service "${service}" is neither mounted in this process nor configured with a URL`);
    this.name = 'ServiceUnavailableError';
  }
}

/** A service's procedures live under its name (`catalog.products.list`); the client names them without it. */
function prefixLink<TRouter extends AnyRouter>(prefix: string): TRPCLink<TRouter> {
  return () =>
    ({ op, next }) =>
      observable((observer) => next({ ...op, path: `${prefix}.${op.path}` }).subscribe(observer));
}

export interface CallOrigin<TContext> {
  /** The caller's context; a local callee gets a copy marked as a local call. */
  readonly context: TContext;
  /** Headers for an HTTP call: request id, and the caller's credentials so the callee authorises the same user. */
  readonly headers: () => Record<string, string>;
  readonly localContext: (context: TContext) => TContext;
}

export function createServiceClients<TContext>(topology: ServiceTopology, origin: CallOrigin<TContext>): ServiceClients {
  const cache = new Map<ServiceName, TRPCClient<AnyRouter>>();
  const build = (name: ServiceName): TRPCClient<AnyRouter> => {
    if (topology.local.services.includes(name)) {
      return createTRPCClient<AnyRouter>({
        links: [prefixLink(name), unstable_localLink({ router: topology.local.router, createContext: async () => origin.localContext(origin.context) })],
      });
    }
    const url = topology.urls[name];
    if (!url) throw new ServiceUnavailableError(name);
    return createTRPCClient<AnyRouter>({
      links: [prefixLink(name), httpBatchLink({ url: `${url}/trpc`, headers: origin.headers, maxURLLength: 4000, maxItems: MAX_BATCH_SIZE, fetch: fetchWithTimeout })],
    });
  };
  return {
    client<TRef extends ServiceRef>(name: TRef['name']) {
      let client = cache.get(name);
      if (!client) {
        client = build(name);
        cache.set(name, client);
      }
      return client as unknown as TRPCClient<TRef['router']>;
    },
  };
}
