import { EMAIL_VERIFICATION_TTL_MS, PASSWORD_RESET_TTL_MS, tokenExpiry } from './token';

describe('tokenExpiry', () => {
  const now = new Date('2025-06-01T12:00:00Z');

  it('gives a verification link 48 hours', () => {
    expect(EMAIL_VERIFICATION_TTL_MS).toBe(48 * 3_600_000);
    expect(tokenExpiry('email_verification', now)).toEqual(new Date('2025-06-03T12:00:00Z'));
  });

  it('gives a password-reset link one hour', () => {
    expect(PASSWORD_RESET_TTL_MS).toBe(3_600_000);
    expect(tokenExpiry('password_reset', now)).toEqual(new Date('2025-06-01T13:00:00Z'));
  });
});
