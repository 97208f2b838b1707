import { PASSWORD_MIN_LENGTH } from '@emporium/user-domain';

/** The password policy in a sentence, under every "new password" field. */
export const NEW_PASSWORD_HINT = `At least ${PASSWORD_MIN_LENGTH} characters. A few words you will remember make a strong one.`;
