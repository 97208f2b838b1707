import type { AnyRouter } from '@trpc/server';
import type { Config, ServiceName } from '@emporium/platform-config';
import type { Database, MigrationSet } from '@emporium/platform-db';
import type { EventBus, EventHandler, JobDefinition } from '@emporium/platform-events';
import type { Logger } from '@emporium/platform-observability';
import type { BackgroundTask } from '@emporium/platform-trpc';

/** How much demo data a first start loads (DEMO_CATALOG, DEMO_CATALOG_SIZE). */
export interface DemoOptions {
  readonly catalog: 'generated' | 'curated';
  readonly size: number;
}

/** What a plain HTTP route's handler is given of the process. */
export interface HttpRouteRuntime {
  readonly config: Config;
  readonly db: Database;
  readonly events: EventBus;
  readonly logger: Logger;
}

export interface HttpRouteRequest {
  /** The path's `:name` parameters. */
  readonly params: Readonly<Record<string, string>>;
  readonly headers: Headers;
  /** The body exactly as received (signatures are over these bytes). */
  readonly rawBody: string;
}

export interface HttpRouteResponse {
  readonly status: number;
  /** Sent as JSON. */
  readonly body: unknown;
}

/**
 * A plain HTTP route outside tRPC, for callers that are not our clients (a carrier's webhooks). It is mounted
 * beside `/trpc`, so the CSRF guard does not apply: the handler authenticates the request itself (a signature).
 */
export interface HttpRoute {
  readonly method: 'POST';
  /** A path pattern with `:name` parameters, e.g. `/webhooks/shipping/:carrier`. */
  readonly path: string;
  handle(request: HttpRouteRequest, runtime: HttpRouteRuntime): Promise<HttpRouteResponse>;
}

/** Everything the API binary needs to mount one service. */
export interface ServiceDefinition {
  readonly name: ServiceName;
  readonly router: AnyRouter;
  /** The service's own schema(s). */
  readonly migrations: readonly MigrationSet[];
  /** Services it calls; each must be mounted beside it or reachable at `<NAME>_URL`. */
  readonly calls: readonly ServiceName[];
  readonly handlers: readonly EventHandler[];
  /** Scheduled and queued jobs; a function of the config when they need settings (a gateway's keys). */
  readonly jobs: readonly JobDefinition[] | ((config: Config) => readonly JobDefinition[]);
  /** Loads demo data into an empty schema (first start of a local shop); events tell other services what was seeded. */
  /** Plain HTTP routes the service answers besides its router (webhooks). */
  readonly httpRoutes?: readonly HttpRoute[];
  /** Work it does on its own in each process that mounts it, calling other services (the checkout's recovery sweep). */
  readonly background?: readonly BackgroundTask[];
  readonly seedDemo?: (db: Database, options: DemoOptions, events: EventBus) => Promise<unknown>;
}
