import { inTransaction } from '@emporium/platform-db';
import { queueMail } from '@emporium/platform-mail';
import { domainError, invalidInput, publicProcedure, type RequestContext, router } from '@emporium/platform-trpc';
import { loginInput, registerInput, requestPasswordResetInput, resetPasswordInput, verifyEmailInput } from '@emporium/user-contracts';
import {
  consumeAuthToken,
  createSession,
  findAccount,
  findCredentialsByEmail,
  hashPassword,
  insertAccount,
  invalidateSession,
  invalidateUserSessions,
  issueAuthToken,
  markEmailVerified,
  needsRehash,
  setPasswordHash,
  verifyDecoyPassword,
  verifyPassword,
} from '@emporium/user-data-access';
import { checkPassword } from '@emporium/user-domain';
import { resendVerificationJob, sendPasswordResetJob } from './account-mail.jobs';
import { alreadyRegisteredMail, passwordChangedMail, verificationMail } from './mail-templates';
import { clientKey, limitsFor, withinLimit } from './rate-limit';
import { clearedSessionCookie, sessionCookie } from './session-cookie';
import { toSignedInUser } from './user-views';

const CHECK_YOUR_INBOX = 'If the address can be used, a message is on its way to it. Follow the link inside to continue.';

/** Starts a session for a user who has just proved who they are, ending the one this browser had before. */
async function signIn(ctx: RequestContext, userId: string): Promise<void> {
  const previous = await ctx.identify();
  if (previous.sessionId) await invalidateSession(ctx.db, previous.sessionId);
  const now = new Date();
  const session = await createSession(ctx.db, userId, ctx.client, now);
  ctx.responseHeaders?.append('set-cookie', sessionCookie(session.token, session.expiresAt, ctx.secureCookies, now));
}

export const authRouter = router({
  /**
   * Creates an account and e-mails a verification link. The answer is the same whether or not the address already
   * has an account (that owner gets a "you already have an account" e-mail instead), and both paths hash a
   * password, so neither the message nor the timing tells who is registered.
   */
  register: publicProcedure.input(registerInput).mutation(async ({ ctx, input }) => {
    await withinLimit(ctx, () => limitsFor(ctx).consumeRegistration(clientKey(ctx)));
    const passwordHash = await hashPassword(input.password);
    await inTransaction(ctx.db, async (trx) => {
      const account = await insertAccount(trx, { email: input.email, passwordHash, name: input.name ?? null, marketingConsent: input.marketingConsent ?? false });
      if (!account) {
        await queueMail(trx, ctx.events, alreadyRegisteredMail(input.email, ctx.publicUrl));
        return;
      }
      const token = await issueAuthToken(trx, 'email_verification', account, new Date());
      await queueMail(trx, ctx.events, verificationMail(account.email, ctx.publicUrl, token));
    });
    return { status: 'check_inbox' as const, message: CHECK_YOUR_INBOX };
  }),

  verifyEmail: publicProcedure.input(verifyEmailInput).mutation(async ({ ctx, input }) => {
    const verified = await inTransaction(ctx.db, async (trx) => {
      const spent = await consumeAuthToken(trx, 'email_verification', input.token, new Date());
      return spent ? markEmailVerified(trx, spent.userId, spent.email, new Date()) : false;
    });
    if (!verified) throw domainError('BAD_REQUEST', 'invalid_token', 'This link is invalid, already used or expired. Ask for a new one.');
    return { verified: true as const };
  }),

  /** Sends a fresh verification link to an unverified account; says the same thing in every case. */
  resendVerification: publicProcedure.input(requestPasswordResetInput).mutation(async ({ ctx, input }) => {
    await withinLimit(ctx, () => limitsFor(ctx).consumeResetRequest(clientKey(ctx), input.email));
    await ctx.events.enqueue(resendVerificationJob, { email: input.email, publicUrl: ctx.publicUrl });
    return { status: 'check_inbox' as const, message: CHECK_YOUR_INBOX };
  }),

  /**
   * One message for a wrong password and an unknown address, and an unknown address still pays for a password
   * check. Failures count against the address and the account; a correct password is re-hashed when our hashing
   * parameters have changed since it was set.
   */
  login: publicProcedure.input(loginInput).mutation(async ({ ctx, input }) => {
    const limits = limitsFor(ctx);
    const ip = clientKey(ctx);
    await withinLimit(ctx, () => limits.assertLoginAllowed(ip, input.email));
    const account = await findCredentialsByEmail(ctx.db, input.email);
    const valid = account?.passwordHash ? await verifyPassword(account.passwordHash, input.password) : await verifyDecoyPassword(input.password);
    if (!account || !valid) {
      await limits.recordLoginFailure(ip, input.email);
      throw domainError('UNAUTHORIZED', 'invalid_credentials', 'The e-mail address or password is not right.');
    }
    await limits.recordLoginSuccess(ip, input.email);
    if (!account.emailVerified) {
      throw domainError('FORBIDDEN', 'email_not_verified', 'Confirm your e-mail address first: follow the link we sent you, or ask for a new one.');
    }
    if (account.passwordHash && needsRehash(account.passwordHash)) await setPasswordHash(ctx.db, account.id, await hashPassword(input.password));
    await signIn(ctx, account.id);
    const profile = await findAccount(ctx.db, account.id);
    return { user: profile ? toSignedInUser(profile) : null };
  }),

  logout: publicProcedure.mutation(async ({ ctx }) => {
    const { sessionId } = await ctx.identify();
    if (sessionId) await invalidateSession(ctx.db, sessionId);
    ctx.responseHeaders?.append('set-cookie', clearedSessionCookie(ctx.secureCookies));
    return { signedOut: true as const };
  }),

  /** Same answer, and the same work in the request (queueing a job), whether or not the address has an account. */
  requestPasswordReset: publicProcedure.input(requestPasswordResetInput).mutation(async ({ ctx, input }) => {
    await withinLimit(ctx, () => limitsFor(ctx).consumeResetRequest(clientKey(ctx), input.email));
    await ctx.events.enqueue(sendPasswordResetJob, { email: input.email, publicUrl: ctx.publicUrl });
    return { status: 'check_inbox' as const, message: CHECK_YOUR_INBOX };
  }),

  /**
   * Spends the token and sets the password in one transaction (a refused password leaves the token usable), ends
   * every session of the account, and tells its owner by e-mail. Following the link also proves the address.
   */
  resetPassword: publicProcedure.input(resetPasswordInput).mutation(async ({ ctx, input }) => {
    const passwordHash = await hashPassword(input.password);
    const done = await inTransaction(ctx.db, async (trx) => {
      const now = new Date();
      const spent = await consumeAuthToken(trx, 'password_reset', input.token, now);
      if (!spent) return false;
      const problem = checkPassword(input.password, { email: spent.email });
      if (problem) throw invalidInput([{ path: 'password', message: problem.message }]);
      await setPasswordHash(trx, spent.userId, passwordHash);
      await markEmailVerified(trx, spent.userId, spent.email, now);
      await invalidateUserSessions(trx, spent.userId);
      await queueMail(trx, ctx.events, passwordChangedMail(spent.email, ctx.publicUrl));
      return true;
    });
    if (!done) throw domainError('BAD_REQUEST', 'invalid_token', 'This link is invalid, already used or expired. Ask for a new one.');
    return { passwordChanged: true as const };
  }),
});
