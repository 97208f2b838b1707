import fc from 'fast-check';
import { COMMON_PASSWORDS } from './common-passwords';
import { checkPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password';
import { codePointLength } from './text';

describe('checkPassword', () => {
  it('accepts a long, uncommon password', () => {
    expect(checkPassword('correct horse battery staple', { email: 'ada@example.com' })).toBeNull();
  });

  it('refuses fewer than 8 characters with a message a shopper understands', () => {
    expect(checkPassword('Ab3$xyz', {})).toEqual({ code: 'too_short', message: 'Use at least 8 characters' });
    expect(checkPassword('', {})?.code).toBe('too_short');
  });

  it('counts code points, so eight emoji are eight characters', () => {
    const emoji = '🐈🐕🐇🐓🦊🦉🐢🐬';
    expect(emoji.length).toBe(16);
    expect(checkPassword(emoji, {})).toBeNull();
    expect(checkPassword(emoji.slice(0, 14), {})?.code).toBe('too_short');
  });

  it('refuses more than 128 characters', () => {
    expect(checkPassword('x'.repeat(128) + 'é', {})).toEqual({ code: 'too_long', message: 'Use at most 128 characters' });
    expect(checkPassword('x'.repeat(127) + 'é', {})).toBeNull();
  });

  it('refuses the e-mail address and its local part, whatever the case', () => {
    const context = { email: ' Ada.Lovelace@Example.com ' };
    expect(checkPassword('ada.lovelace@example.com', context)?.code).toBe('same_as_email');
    expect(checkPassword('ADA.LOVELACE@EXAMPLE.COM', context)?.code).toBe('same_as_email');
    expect(checkPassword('Ada.Lovelace', context)).toEqual({
      code: 'same_as_email',
      message: "Don't use your e-mail address as your password",
    });
    expect(checkPassword('ada.lovelace1', context)).toBeNull();
    expect(checkPassword('ada.lovelace', {})).toBeNull();
  });

  it('refuses common passwords in any case', () => {
    for (const common of ['password', 'Password1', '12345678', 'QWERTYUIOP', 'iloveyou', 'Sunshine1'])
      expect(checkPassword(common, {})?.code, common).toBe('too_common');
    expect(checkPassword('password', {})?.message).toMatch(/too easy to guess/);
  });

  it('reports the length before anything else', () => {
    expect(checkPassword('a@b.co', { email: 'a@b.co' })?.code).toBe('too_short');
  });

  it('never accepts a password outside 8–128 code points', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (password) => {
        const length = codePointLength(password);
        const problem = checkPassword(password, {});
        if (length < PASSWORD_MIN_LENGTH) expect(problem?.code).toBe('too_short');
        else if (length > PASSWORD_MAX_LENGTH) expect(problem?.code).toBe('too_long');
        else expect(['too_common', undefined]).toContain(problem?.code);
      }),
    );
  });
});

describe('COMMON_PASSWORDS', () => {
  it('holds several hundred distinct lower-case entries, none shorter than the minimum', () => {
    expect(COMMON_PASSWORDS.length).toBeGreaterThanOrEqual(300);
    expect(new Set(COMMON_PASSWORDS).size).toBe(COMMON_PASSWORDS.length);
    for (const password of COMMON_PASSWORDS) {
      expect(password).toBe(password.toLowerCase().normalize('NFC'));
      expect(codePointLength(password)).toBeGreaterThanOrEqual(PASSWORD_MIN_LENGTH);
    }
  });
});
