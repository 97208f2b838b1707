import type { ServiceDefinition } from '@emporium/app-services';
import type { AuthResolver } from '@emporium/platform-trpc';
import { localSessionResolver, remoteSessionResolver } from '@emporium/user-api';

/**
 * A process that mounts the user service checks session cookies against its tables; any other process asks the
 * user service (over HTTP at USER_URL), and only for requests that carry a session cookie and reach a procedure
 * that needs to know the caller.
 */
export function defaultAuthResolver(mounted: readonly ServiceDefinition[]): AuthResolver {
  return mounted.some((definition) => definition.name === 'user') ? localSessionResolver : remoteSessionResolver;
}
