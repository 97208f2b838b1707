import { z } from 'zod';
import { currentPasswordSchema, emailSchema, newPasswordSchema, refinePassword, tokenSchema } from './fields';

export const registerInput = z
  .object({
    email: emailSchema,
    password: newPasswordSchema,
    name: z.string().trim().max(100, 'Use at most 100 characters').optional(),
    marketingConsent: z.boolean().optional(),
  })
  .strict()
  .superRefine(refinePassword('password', (value) => value.email));

export const loginInput = z.object({ email: emailSchema, password: currentPasswordSchema }).strict();

export const requestPasswordResetInput = z.object({ email: emailSchema }).strict();

/** The e-mail is not in the request; the server checks the new password against the account's e-mail too. */
export const resetPasswordInput = z
  .object({ token: tokenSchema, password: newPasswordSchema })
  .strict()
  .superRefine(refinePassword('password'));

export const verifyEmailInput = z.object({ token: tokenSchema }).strict();

/** The server re-checks `newPassword` against the account's e-mail, which this schema does not know. */
export const changePasswordInput = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password').max(1024, 'Enter your current password'),
    newPassword: newPasswordSchema,
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.newPassword === value.currentPassword) {
      ctx.addIssue({ code: 'custom', path: ['newPassword'], message: 'Choose a password different from your current one' });
      return;
    }
    refinePassword<typeof value>('newPassword')(value, ctx);
  });

/** Signs out one of the shopper's other sessions. */
export const sessionIdInput = z.object({ sessionId: z.string().min(1).max(100) }).strict();

export const deleteAccountInput = z
  .object({ password: currentPasswordSchema, confirm: z.literal('DELETE', { error: 'Type DELETE to confirm' }) })
  .strict();

export type RegisterInput = z.infer<typeof registerInput>;
export type LoginInput = z.infer<typeof loginInput>;
export type RequestPasswordResetInput = z.infer<typeof requestPasswordResetInput>;
export type ResetPasswordInput = z.infer<typeof resetPasswordInput>;
export type VerifyEmailInput = z.infer<typeof verifyEmailInput>;
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;
export type SessionIdInput = z.infer<typeof sessionIdInput>;
export type DeleteAccountInput = z.infer<typeof deleteAccountInput>;
