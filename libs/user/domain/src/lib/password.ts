import { COMMON_PASSWORDS } from './common-passwords';
import { normalizeEmail } from './email';
import { codePointLength } from './text';

/** NIST SP 800-63B: at least 8 characters, allow at least 64; 128 keeps a hash input bounded. */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

export interface PasswordProblem {
  readonly code: 'too_short' | 'too_long' | 'same_as_email' | 'too_common';
  readonly message: string;
}

const commonPasswords: ReadonlySet<string> = new Set(COMMON_PASSWORDS);

/**
 * Why a new password will not do, or null when it will. Length is counted in Unicode code points, so an emoji
 * is one character as the shopper sees it. No composition rules (digits, symbols): they make passwords harder to
 * remember without making them harder to guess; a length floor and a list of the usual suspects do.
 * `context.email`, when given, is refused as the password, and so is its local part (`ada` for `ada@example.com`).
 */
export function checkPassword(password: string, context: { readonly email?: string }): PasswordProblem | null {
  const length = codePointLength(password);
  if (length < PASSWORD_MIN_LENGTH) return { code: 'too_short', message: `Use at least ${PASSWORD_MIN_LENGTH} characters` };
  if (length > PASSWORD_MAX_LENGTH) return { code: 'too_long', message: `Use at most ${PASSWORD_MAX_LENGTH} characters` };
  const folded = password.normalize('NFC').toLowerCase();
  if (context.email !== undefined && isEmailOrItsLocalPart(folded, normalizeEmail(context.email))) {
    return { code: 'same_as_email', message: "Don't use your e-mail address as your password" };
  }
  if (commonPasswords.has(folded)) {
    return { code: 'too_common', message: 'This password is too easy to guess. Try a few words you will remember' };
  }
  return null;
}

/** Surrounding spaces make no better password, so they are ignored here. */
function isEmailOrItsLocalPart(folded: string, email: string): boolean {
  const candidate = folded.trim();
  if (email.length === 0) return false;
  if (candidate === email) return true;
  const at = email.lastIndexOf('@');
  return at > 0 && candidate === email.slice(0, at);
}
