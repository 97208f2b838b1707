import { emailSchema, newPasswordSchema } from './fields';

describe('emailSchema', () => {
  it('parses an address to its stored form', () => {
    expect(emailSchema.parse('  Ada.Lovelace@Example.COM ')).toBe('ada.lovelace@example.com');
  });

  it('refuses an implausible address with a message for the form', () => {
    const result = emailSchema.safeParse('ada@example');
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: [], message: 'Enter a valid e-mail address' })]);
  });

  it('asks for an address when there is none, once', () => {
    expect(emailSchema.safeParse('   ').error?.issues.map((i) => i.message)).toEqual(['Enter your e-mail address']);
  });

  it('refuses more than 254 characters, once', () => {
    const long = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.com`;
    expect(emailSchema.safeParse(long).error?.issues.map((i) => i.message)).toEqual(['Enter a valid e-mail address']);
  });

  it('refuses what is not a string', () => {
    expect(emailSchema.safeParse(42).success).toBe(false);
  });
});

describe('newPasswordSchema', () => {
  it('accepts 8 to 128 code points', () => {
    expect(newPasswordSchema.safeParse('🐈🐕🐇🐓🦊🦉🐢🐬').success).toBe(true);
    expect(newPasswordSchema.safeParse('x'.repeat(128)).success).toBe(true);
  });

  it('refuses too short and too long with the domain messages', () => {
    expect(newPasswordSchema.safeParse('short').error?.issues.map((i) => i.message)).toEqual(['Use at least 8 characters']);
    expect(newPasswordSchema.safeParse('x'.repeat(129)).error?.issues.map((i) => i.message)).toEqual(['Use at most 128 characters']);
  });

  it('leaves the common-password check to the object schemas', () => {
    expect(newPasswordSchema.safeParse('password1').success).toBe(true);
  });
});
