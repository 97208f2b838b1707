import { publicProcedure, router } from '@emporium/platform-trpc';
import { findAccount } from '@emporium/user-data-access';
import { accountRouter } from './account.router';
import { addressRouter } from './address.router';
import { authRouter } from './auth.router';
import { customersRouter } from './customers.router';
import { mailboxRouter } from './mailbox.router';
import { toSignedInUser } from './user-views';

export const userRouter = router({
  auth: authRouter,
  /** The signed-in user for the SPA's header and route guards, or null. */
  me: publicProcedure.query(async ({ ctx }) => {
    const { user } = await ctx.identify();
    if (!user) return null;
    const account = await findAccount(ctx.db, user.id);
    return account ? toSignedInUser(account) : null;
  }),
  /** For other services' processes: who the forwarded session cookie belongs to. */
  session: router({
    current: publicProcedure.query(async ({ ctx }) => ctx.identify()),
  }),
  account: accountRouter,
  addresses: addressRouter,
  admin: router({
    customers: customersRouter,
    mailbox: mailboxRouter,
  }),
});

export type UserRouter = typeof userRouter;
