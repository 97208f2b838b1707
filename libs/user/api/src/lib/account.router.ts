import { inTransaction } from '@emporium/platform-db';
import { queueMail } from '@emporium/platform-mail';
import { customerProcedure, domainError, invalidInput, router, type SignedInContext } from '@emporium/platform-trpc';
import { changePasswordInput, deleteAccountInput, sessionIdInput, updateProfileInput } from '@emporium/user-contracts';
import {
  anonymiseAccount,
  findAccount,
  findCredentialsById,
  hashPassword,
  invalidateUserSessions,
  listUserSessions,
  revokeOwnSession,
  setPasswordHash,
  updateProfile,
  verifyPassword,
} from '@emporium/user-data-access';
import { checkPassword } from '@emporium/user-domain';
import { describeDevice } from './device';
import { passwordChangedMail } from './mail-templates';
import { clientKey, limitsFor, withinLimit } from './rate-limit';
import { clearedSessionCookie } from './session-cookie';
import { toProfile } from './user-views';

/** Re-checks the caller's password for sensitive changes; wrong guesses count like failed sign-ins. */
async function confirmPassword(ctx: SignedInContext, password: string, field: string) {
  const limits = limitsFor(ctx);
  await withinLimit(ctx, () => limits.assertLoginAllowed(clientKey(ctx), ctx.user.email));
  const credentials = await findCredentialsById(ctx.db, ctx.user.id);
  if (!credentials) throw domainError('UNAUTHORIZED', 'signed_out', 'Sign in to continue');
  if (!credentials.passwordHash || !(await verifyPassword(credentials.passwordHash, password))) {
    await limits.recordLoginFailure(clientKey(ctx), ctx.user.email);
    throw invalidInput([{ path: field, message: 'This is not your current password' }]);
  }
  return credentials;
}

export const accountRouter = router({
  profile: customerProcedure.query(async ({ ctx }) => {
    const account = await findAccount(ctx.db, ctx.user.id);
    if (!account) throw domainError('UNAUTHORIZED', 'signed_out', 'Sign in to continue');
    return toProfile(account);
  }),

  /** Name, phone and marketing consent only: the input schema is strict, so `role` or `email` cannot ride along. */
  updateProfile: customerProcedure.input(updateProfileInput).mutation(async ({ ctx, input }) => {
    const account = await updateProfile(ctx.db, ctx.user.id, input);
    if (!account) throw domainError('UNAUTHORIZED', 'signed_out', 'Sign in to continue');
    return toProfile(account);
  }),

  /** Sets a new password and signs out every other session; this one stays. */
  changePassword: customerProcedure.input(changePasswordInput).mutation(async ({ ctx, input }) => {
    const credentials = await confirmPassword(ctx, input.currentPassword, 'currentPassword');
    const problem = checkPassword(input.newPassword, { email: credentials.email });
    if (problem) throw invalidInput([{ path: 'newPassword', message: problem.message }]);
    const passwordHash = await hashPassword(input.newPassword);
    const ended = await inTransaction(ctx.db, async (trx) => {
      await setPasswordHash(trx, ctx.user.id, passwordHash);
      const count = await invalidateUserSessions(trx, ctx.user.id, { keep: ctx.sessionId });
      await queueMail(trx, ctx.events, passwordChangedMail(credentials.email, ctx.publicUrl));
      return count;
    });
    return { passwordChanged: true as const, otherSessionsEnded: ended };
  }),

  sessions: customerProcedure.query(async ({ ctx }) => {
    const sessions = await listUserSessions(ctx.db, ctx.user.id, new Date());
    return sessions.map((session) => ({
      id: session.id,
      current: session.id === ctx.sessionId,
      device: describeDevice(session.userAgent),
      ip: session.ip,
      createdAt: session.createdAt.toISOString(),
      lastSeenAt: session.lastSeenAt.toISOString(),
      expiresAt: session.expiresAt.toISOString(),
    }));
  }),

  /** Ends one of the caller's sessions; someone else's session id is NOT_FOUND, like one that never existed. */
  revokeSession: customerProcedure.input(sessionIdInput).mutation(async ({ ctx, input }) => {
    if (!(await revokeOwnSession(ctx.db, ctx.user.id, input.sessionId))) throw domainError('NOT_FOUND', 'session_not_found', 'No such session');
    if (input.sessionId === ctx.sessionId) ctx.responseHeaders?.append('set-cookie', clearedSessionCookie(ctx.secureCookies));
    return { revoked: true as const };
  }),

  revokeOtherSessions: customerProcedure.mutation(async ({ ctx }) => ({ ended: await invalidateUserSessions(ctx.db, ctx.user.id, { keep: ctx.sessionId }) })),

  /**
   * Erases the person (name, phone, e-mail, addresses, sessions, password) and keeps an anonymous row, so orders
   * that point at the account stay whole for the merchant. Other services hear of it through `user.account-deleted`.
   */
  delete: customerProcedure.input(deleteAccountInput).mutation(async ({ ctx, input }) => {
    await confirmPassword(ctx, input.password, 'password');
    await inTransaction(ctx.db, async (trx) => {
      await anonymiseAccount(trx, ctx.user.id, new Date());
      await ctx.events.publish(trx, 'user.account-deleted', { userId: ctx.user.id });
    });
    ctx.responseHeaders?.append('set-cookie', clearedSessionCookie(ctx.secureCookies));
    return { deleted: true as const };
  }),
});
