import {
  changePasswordInput,
  deleteAccountInput,
  loginInput,
  registerInput,
  requestPasswordResetInput,
  resetPasswordInput,
  sessionIdInput,
  verifyEmailInput,
} from './account.inputs';

/** The issues of a failed parse as `path: message`, to compare in one go. */
const issues = (result: { error?: { issues: readonly { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('registerInput', () => {
  const good = { email: ' Ada@Example.com ', password: 'correct horse battery staple' };

  it('accepts a new shopper and normalises the e-mail', () => {
    expect(registerInput.parse({ ...good, name: ' Ada ', marketingConsent: true })).toEqual({
      email: 'ada@example.com',
      password: 'correct horse battery staple',
      name: 'Ada',
      marketingConsent: true,
    });
  });

  it('refuses a password equal to the e-mail, on path password', () => {
    expect(issues(registerInput.safeParse({ email: 'ada.lovelace@example.com', password: 'Ada.Lovelace@example.com' }))).toEqual([
      "password: Don't use your e-mail address as your password",
    ]);
    expect(issues(registerInput.safeParse({ email: 'ada.lovelace@example.com', password: 'ADA.LOVELACE' }))).toEqual([
      "password: Don't use your e-mail address as your password",
    ]);
  });

  it('refuses a common password with its reason', () => {
    const result = registerInput.safeParse({ ...good, password: 'Password123' });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['password'], params: { reason: 'too_common' }, message: expect.stringMatching(/too easy to guess/) }),
    ]);
  });

  it('reports a short password once, together with a bad e-mail', () => {
    expect(issues(registerInput.safeParse({ email: 'nope', password: 'short' }))).toEqual([
      'email: Enter a valid e-mail address',
      'password: Use at least 8 characters',
    ]);
  });

  it('refuses a long name, a missing password and unknown keys', () => {
    expect(issues(registerInput.safeParse({ ...good, name: 'x'.repeat(101) }))).toEqual(['name: Use at most 100 characters']);
    expect(registerInput.safeParse({ email: good.email }).error?.issues[0]?.path).toEqual(['password']);
    expect(registerInput.safeParse({ ...good, role: 'admin' }).error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['role'] });
  });
});

describe('loginInput', () => {
  it('accepts any non-empty password up to 1024 characters', () => {
    expect(loginInput.parse({ email: 'ADA@example.com', password: 'x' })).toEqual({ email: 'ada@example.com', password: 'x' });
    expect(issues(loginInput.safeParse({ email: 'ada@example.com', password: '' }))).toEqual(['password: Enter your password']);
    expect(loginInput.safeParse({ email: 'ada@example.com', password: 'x'.repeat(1025) }).error?.issues[0]?.path).toEqual(['password']);
  });
});

describe('requestPasswordResetInput and verifyEmailInput', () => {
  it('take an e-mail and a token', () => {
    expect(requestPasswordResetInput.parse({ email: 'ada@example.com' })).toEqual({ email: 'ada@example.com' });
    expect(issues(requestPasswordResetInput.safeParse({ email: 'ada' }))).toEqual(['email: Enter a valid e-mail address']);
    expect(verifyEmailInput.parse({ token: 'abc' })).toEqual({ token: 'abc' });
    expect(verifyEmailInput.safeParse({ token: '' }).error?.issues[0]?.path).toEqual(['token']);
    expect(verifyEmailInput.safeParse({ token: 'x'.repeat(201) }).error?.issues[0]?.path).toEqual(['token']);
  });
});

describe('resetPasswordInput', () => {
  it('accepts a token and a good password', () => {
    expect(resetPasswordInput.safeParse({ token: 't0k3n', password: 'correct horse battery staple' }).success).toBe(true);
  });

  it('refuses a common or short password on path password', () => {
    expect(resetPasswordInput.safeParse({ token: 't', password: 'iloveyou' }).error?.issues[0]?.path).toEqual(['password']);
    expect(issues(resetPasswordInput.safeParse({ token: 't', password: 'abc' }))).toEqual(['password: Use at least 8 characters']);
  });
});

describe('changePasswordInput', () => {
  it('accepts a different, good new password', () => {
    expect(changePasswordInput.safeParse({ currentPassword: 'old secret', newPassword: 'correct horse battery staple' }).success).toBe(true);
  });

  it('refuses the current password as the new one', () => {
    expect(issues(changePasswordInput.safeParse({ currentPassword: 'same old thing', newPassword: 'same old thing' }))).toEqual([
      'newPassword: Choose a password different from your current one',
    ]);
  });

  it('refuses a common new password', () => {
    expect(changePasswordInput.safeParse({ currentPassword: 'x', newPassword: 'sunshine1' }).error?.issues[0]).toMatchObject({
      path: ['newPassword'],
      params: { reason: 'too_common' },
    });
  });

  it('requires the current password', () => {
    expect(issues(changePasswordInput.safeParse({ currentPassword: '', newPassword: 'correct horse battery staple' }))).toEqual([
      'currentPassword: Enter your current password',
    ]);
  });
});

describe('sessionIdInput', () => {
  it('takes an id of 1–100 characters', () => {
    expect(sessionIdInput.parse({ sessionId: 's1' })).toEqual({ sessionId: 's1' });
    expect(sessionIdInput.safeParse({ sessionId: '' }).error?.issues[0]?.path).toEqual(['sessionId']);
    expect(sessionIdInput.safeParse({ sessionId: 'x'.repeat(101) }).error?.issues[0]?.path).toEqual(['sessionId']);
  });
});

describe('deleteAccountInput', () => {
  it('needs the password and DELETE typed out', () => {
    expect(deleteAccountInput.safeParse({ password: 'secret', confirm: 'DELETE' }).success).toBe(true);
    expect(issues(deleteAccountInput.safeParse({ password: 'secret', confirm: 'delete' }))).toEqual(['confirm: Type DELETE to confirm']);
    expect(deleteAccountInput.safeParse({ password: '', confirm: 'DELETE' }).error?.issues[0]?.path).toEqual(['password']);
  });
});
