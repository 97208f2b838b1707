import type { ServiceRef } from '@emporium/platform-trpc';
import type { UserRouter } from './user.router';

/** How other services name the user service for a typed client: `ctx.services.client<UserService>('user')`. */
export type UserService = ServiceRef<'user', UserRouter>;
