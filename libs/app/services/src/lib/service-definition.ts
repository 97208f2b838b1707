import type { AnyRouter } from '@trpc/server';
import type { ServiceName } from '@emporium/platform-config';
import type { Database, MigrationSet } from '@emporium/platform-db';
import type { EventBus, EventHandler, JobDefinition } from '@emporium/platform-events';

/** How much demo data a first start loads (DEMO_CATALOG, DEMO_CATALOG_SIZE). */
export interface DemoOptions {
  readonly catalog: 'generated' | 'curated';
  readonly size: number;
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
  readonly jobs: readonly JobDefinition[];
  /** Loads demo data into an empty schema (first start of a local shop); events tell other services what was seeded. */
  readonly seedDemo?: (db: Database, options: DemoOptions, events: EventBus) => Promise<unknown>;
}
