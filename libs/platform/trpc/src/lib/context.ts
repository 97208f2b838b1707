import type { EventBus } from '@emporium/platform-events';
import type { Database } from '@emporium/platform-db';
import type { Logger, Metrics } from '@emporium/platform-observability';
import type { AuthState } from './auth';
import type { ServiceClients } from './service-client';

/** What every procedure receives. Built once per incoming request (or per in-process call from another service). */
export interface RequestContext {
  readonly requestId: string;
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly db: Database;
  readonly events: EventBus;
  readonly auth: AuthState;
  /** Typed clients of the other services, local or remote depending on the topology. */
  readonly services: ServiceClients;
  /** `http` for a request from outside this process, `local` for a call from a service mounted beside this one. */
  readonly transport: 'http' | 'local';
  /** Response headers of the HTTP request (set cookies here); absent for local calls. */
  readonly responseHeaders?: Headers;
}
