import fc from 'fast-check';
import { EMAIL_MAX_LENGTH, isPlausibleEmail, normalizeEmail } from './email';

describe('normalizeEmail', () => {
  it('trims and lower-cases', () => {
    expect(normalizeEmail('  Ada.Lovelace@Example.COM \n')).toBe('ada.lovelace@example.com');
  });

  it('composes decomposed accents so both spellings are one address', () => {
    const decomposed = 'Jose\u0301@example.com';
    expect(normalizeEmail(decomposed)).toBe('josé@example.com');
    expect(normalizeEmail(decomposed)).toBe(normalizeEmail('JOSÉ@example.com'));
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (raw) => {
        const once = normalizeEmail(raw);
        expect(normalizeEmail(once)).toBe(once);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (raw) => {
        const once = normalizeEmail(raw);
        expect(normalizeEmail(once)).toBe(once);
      }),
    );
  });

  it('keeps plausible addresses plausible', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        fc.pre(isPlausibleEmail(email));
        expect(isPlausibleEmail(normalizeEmail(email))).toBe(true);
      }),
    );
  });
});

describe('isPlausibleEmail', () => {
  it('accepts ordinary and internationalised addresses', () => {
    for (const good of ['ada@example.com', 'first.last+tag@mail.example.co.uk', 'o\'brien@example.ie', 'josé@exämple.de', 'x@a-b.io'])
      expect(isPlausibleEmail(good), good).toBe(true);
  });

  it('refuses addresses that cannot be delivered to', () => {
    const bad = [
      '',
      'ada',
      'ada@',
      '@example.com',
      'ada@@example.com',
      'ada@bob@example.com',
      'ada@example',
      'ada@example.',
      'ada@.example.com',
      'ada@example..com',
      'ada@-example.com',
      'ada@example-.com',
      'ada@exa_mple.com',
      'ada lovelace@example.com',
      'ada@example.com ',
      'ada\t@example.com',
      'ada@192.168.0.1',
      `${'a'.repeat(65)}@example.com`,
      `ada@${'a'.repeat(64)}.com`,
    ];
    for (const email of bad) expect(isPlausibleEmail(email), JSON.stringify(email)).toBe(false);
  });

  it('accepts a 64-character local part and refuses more than 254 characters in all', () => {
    expect(isPlausibleEmail(`${'a'.repeat(64)}@example.com`)).toBe(true);
    const domain = `${['a'.repeat(63), 'b'.repeat(63), 'c'.repeat(63)].join('.')}.com`;
    const local = 'x'.repeat(EMAIL_MAX_LENGTH - domain.length - 1);
    expect(isPlausibleEmail(`${local}@${domain}`)).toBe(true);
    expect(isPlausibleEmail(`${local}x@${domain}`)).toBe(false);
  });

  it('never accepts an address with whitespace or more than one @', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(' ', '\t', '\n', '\u00a0', '@'), fc.string(), (a, sep, b) => {
        expect(isPlausibleEmail(`${a}${sep}${b}@example.com`)).toBe(false);
      }),
    );
  });
});
