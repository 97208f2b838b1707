import fc from 'fast-check';
import { containsCardData, looksLikeCardNumber, passesLuhn, redactCardData } from './card-data';

/** A Luhn-valid number of 13–19 digits, written plain, in fours with spaces, or in fours with dashes. */
const panArb = fc
  .tuple(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 18 }), fc.constantFrom('', ' ', '-'))
  .map(([body, separator]) => {
    const stem = body.join('');
    const check = [...'0123456789'].find((digit) => passesLuhn(stem + digit))!;
    return (stem + check).replace(/(\d{4})(?=\d)/g, `$1${separator}`);
  });

const textArb = fc.oneof(
  fc.string(),
  fc.stringMatching(/^[0-9 -]{0,40}$/),
  fc.tuple(fc.string({ maxLength: 8 }), panArb, fc.string({ maxLength: 8 })).map((parts) => parts.join(' ')),
);

const keyArb = fc.constantFrom('card', 'number', 'cvc', 'note', 'id', 'items', 'track2', 'cardNumber', 'reference');
const leafArb = fc.oneof(textArb, fc.integer(), fc.constant(4242424242424242), fc.boolean(), fc.constant(null));
const valueArb = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leafArb, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(keyArb, tie('value'), { maxKeys: 4 }),
})).value;

/** Every span of whole digit groups (separated by single spaces or dashes) with 13–19 digits, found by brute force. */
function luhnRuns(text: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!/\d/.test(text[i]!) || /\d/.test(text[i - 1] ?? '')) continue;
    for (let j = i; j < text.length; j++) {
      const span = text.slice(i, j + 1);
      if (!/^\d(?:[ -]?\d)*$/.test(span)) break;
      if (/\d/.test(text[j + 1] ?? '')) continue;
      const digits = span.replace(/\D/g, '');
      if (digits.length >= 13 && digits.length <= 19 && passesLuhn(digits)) found.push(span);
    }
  }
  return found;
}

function leaves(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [value];
}

describe('card data properties', () => {
  it('leaves no Luhn-valid 13–19 digit run in a redacted value', () => {
    fc.assert(
      fc.property(valueArb, (value) => {
        for (const leaf of leaves(redactCardData(value))) {
          if (typeof leaf === 'string' || typeof leaf === 'number') expect(luhnRuns(String(leaf))).toEqual([]);
        }
      }),
    );
  });

  it('finds nothing in a redacted value, and redacting twice changes nothing more', () => {
    fc.assert(
      fc.property(valueArb, (value) => {
        const once = redactCardData(value);
        expect(containsCardData(once)).toEqual({ found: false, paths: [] });
        expect(redactCardData(once)).toEqual(once);
      }),
    );
  });

  it('copies a value without findings unchanged, and never changes its input', () => {
    fc.assert(
      fc.property(valueArb, (value) => {
        const before = structuredClone(value);
        const redacted = redactCardData(value);
        expect(value).toEqual(before);
        if (!containsCardData(value).found) expect(redacted).toEqual(value);
      }),
    );
  });

  it('flags every generated card number, however it is written', () => {
    fc.assert(
      fc.property(panArb, (pan) => {
        expect(containsCardData({ note: pan }).paths).toEqual(['$.note']);
      }),
    );
  });
});

describe('identifiers are not card numbers', () => {
  it('never flags a UUID or a base64url secret, whatever digits they hold', () => {
    fc.assert(fc.property(fc.uuid(), (id) => !containsCardData({ paymentId: id }).found));
    fc.assert(fc.property(fc.base64String({ minLength: 16, maxLength: 64 }), (secret) => !looksLikeCardNumber(`pay_secret_${secret.replace(/\+/g, '-').replace(/\//g, '_')}`)));
    // All-digit groups inside an id with letters elsewhere: still an id.
    expect(looksLikeCardNumber('986a5ee4-4242-4242-4242-424242424242')).toBe(false);
    expect(looksLikeCardNumber('ref 4242-4242-4242-4242 paid')).toBe(true);
  });
});
