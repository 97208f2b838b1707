import type { Logger } from '@emporium/platform-observability';
import type { RequestContext } from './context';

/**
 * Work a service does on its own, in every process that mounts it (the checkout's recovery sweep): unlike a queued
 * job it calls other services, so it gets contexts with the same typed clients a request has — as a service, with
 * no shopper behind it.
 */
export interface BackgroundTask {
  readonly name: string;
  start(deps: { readonly newContext: () => Promise<RequestContext>; readonly logger: Logger }): RunningTask;
}

export interface RunningTask {
  /** Stops scheduling and waits for the run in progress. */
  stop(): Promise<void>;
}
