import type { AppRouter } from '@emporium/app-services';
import type { inferRouterOutputs } from '@trpc/server';

type Outputs = inferRouterOutputs<AppRouter>;

/** Who is signed in, as `user.me` and `user.auth.login` return it. */
export type SignedInUser = NonNullable<Outputs['user']['me']>;
export type Profile = Outputs['user']['account']['profile'];
export type SavedAddress = Outputs['user']['addresses']['list'][number];
export type AccountSession = Outputs['user']['account']['sessions'][number];
