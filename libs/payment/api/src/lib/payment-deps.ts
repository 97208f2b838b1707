import type { Config } from '@emporium/platform-config';
import type { Database } from '@emporium/platform-db';
import type { EventPublisher } from '@emporium/platform-events';
import type { Logger, Metrics } from '@emporium/platform-observability';

/** What payment operations need of the process: a request's context, a job's, or a webhook route's all have it. */
export interface PaymentDeps {
  readonly db: Database;
  readonly config: Config;
  readonly events: EventPublisher;
  readonly logger: Logger;
  /** Counts authorisations that failed; a request's and a worker's context have it, a webhook route's does not. */
  readonly metrics?: Metrics;
}
