import { inTransaction } from '@emporium/platform-db';
import type { JobDefinition } from '@emporium/platform-events';
import { queueMail } from '@emporium/platform-mail';
import { findCredentialsByEmail, issueAuthToken } from '@emporium/user-data-access';
import { passwordResetMail, verificationMail } from './mail-templates';

/**
 * "Send me a reset link" and "send the verification link again" are decided here, in the background, not in the
 * request: the request only queues this job, so it does exactly the same work — and takes the same time — whether
 * or not the address has an account.
 */
export interface AccountMailRequest {
  readonly email: string;
  readonly publicUrl: string;
}

export const sendPasswordResetJob: JobDefinition<AccountMailRequest> = {
  name: 'user.send-password-reset',
  retryLimit: 5,
  async handle({ email, publicUrl }, { db, events }) {
    await inTransaction(db, async (trx) => {
      const account = await findCredentialsByEmail(trx, email);
      if (!account) return;
      const token = await issueAuthToken(trx, 'password_reset', account, new Date());
      await queueMail(trx, events, passwordResetMail(account.email, publicUrl, token));
    });
  },
};

export const resendVerificationJob: JobDefinition<AccountMailRequest> = {
  name: 'user.resend-verification',
  retryLimit: 5,
  async handle({ email, publicUrl }, { db, events }) {
    await inTransaction(db, async (trx) => {
      const account = await findCredentialsByEmail(trx, email);
      if (!account || account.emailVerified) return;
      const token = await issueAuthToken(trx, 'email_verification', account, new Date());
      await queueMail(trx, events, verificationMail(account.email, publicUrl, token));
    });
  },
};
