/** One-time tokens sent by e-mail. A reset link is a key to the account, so it lives briefly. */
export type TokenKind = 'email_verification' | 'password_reset';

export const EMAIL_VERIFICATION_TTL_MS = 48 * 60 * 60 * 1000;
export const PASSWORD_RESET_TTL_MS = 60 * 60 * 1000;

const TTL_MS: Readonly<Record<TokenKind, number>> = {
  email_verification: EMAIL_VERIFICATION_TTL_MS,
  password_reset: PASSWORD_RESET_TTL_MS,
};

export function tokenExpiry(kind: TokenKind, now: Date): Date {
  return new Date(now.getTime() + TTL_MS[kind]);
}
