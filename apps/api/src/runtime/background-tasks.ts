import { randomUUID } from 'node:crypto';
import type { ServiceDefinition } from '@emporium/app-services';
import type { RunningTask } from '@emporium/platform-trpc';
import { type ApiRuntime, createRequestContext } from './api-runtime';

/**
 * Starts the mounted services' own background work. Each run gets a fresh context like a request's — the same typed
 * clients, in-process or over HTTP with the service token — but no shopper: it acts as a service.
 */
export function startBackgroundTasks(runtime: ApiRuntime, mounted: readonly ServiceDefinition[]): RunningTask[] {
  return mounted.flatMap((definition) =>
    (definition.background ?? []).map((task) =>
      task.start({
        logger: runtime.logger.child({ task: task.name }),
        newContext: () => createRequestContext(runtime, { headers: new Headers(), requestId: `${task.name}:${randomUUID()}`, client: { ip: null, userAgent: null } }),
      }),
    ),
  );
}
