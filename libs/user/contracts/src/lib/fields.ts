import { z } from 'zod';
import { checkPassword, EMAIL_MAX_LENGTH, isPlausibleEmail, normalizeEmail, type PasswordProblem } from '@emporium/user-domain';

const INVALID_EMAIL = 'Enter a valid e-mail address';

/** An e-mail address, parsed to its stored form (trimmed, NFC, lower-case). */
export const emailSchema = z
  .string()
  .trim()
  .min(1, { message: 'Enter your e-mail address', abort: true })
  .max(EMAIL_MAX_LENGTH, { message: INVALID_EMAIL, abort: true })
  .overwrite(normalizeEmail)
  .refine(isPlausibleEmail, INVALID_EMAIL);

/**
 * A new password's length: 8–128 code points. The rest of `checkPassword` (not the e-mail, not a common
 * password) runs in the object schemas through `refinePassword`, where the e-mail is known.
 */
export const newPasswordSchema = z.string().superRefine((password, ctx) => {
  const problem = checkPassword(password, {});
  if (problem && isLengthProblem(problem)) ctx.addIssue({ code: 'custom', message: problem.message, params: { reason: problem.code } });
});

/** A password being checked against the stored hash, not judged: any length a person could have chosen. */
export const currentPasswordSchema = z.string().min(1, 'Enter your password').max(1024, 'Enter your password');

/** A token from a link in an e-mail. */
export const tokenSchema = z.string().min(1).max(200);

/**
 * The object-level half of `checkPassword`: adds `same_as_email` or `too_common` at `field`, with the problem's
 * code in the issue's `params.reason`. Length problems are left to `newPasswordSchema` so each is reported once.
 */
export function refinePassword<T extends object>(field: keyof T & string, email?: (value: T) => string) {
  return (value: T, ctx: z.RefinementCtx<T>): void => {
    const password = value[field];
    if (typeof password !== 'string') return;
    const problem = checkPassword(password, email ? { email: email(value) } : {});
    if (problem && !isLengthProblem(problem)) {
      ctx.addIssue({ code: 'custom', path: [field], message: problem.message, params: { reason: problem.code } });
    }
  };
}

function isLengthProblem(problem: PasswordProblem): boolean {
  return problem.code === 'too_short' || problem.code === 'too_long';
}
