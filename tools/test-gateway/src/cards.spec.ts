import { behaviourOf, brandOf, checkCard, passesLuhn, TEST_CARDS } from './cards';

const now = new Date('2026-11-26T12:00:00Z');
const valid = { number: '4242 4242 4242 4242', expMonth: 12, expYear: 2030, cvc: '123' };

describe('checkCard', () => {
  it('keeps brand, last4 and expiry of a valid card, and nothing of its number or code', () => {
    const check = checkCard(valid, now);
    expect(check).toEqual({ ok: true, card: { brand: 'visa', last4: '4242', expMonth: 12, expYear: 2030 }, behaviour: 'success' });
    expect(JSON.stringify(check)).not.toContain('424242424242');
    expect(JSON.stringify(check)).not.toContain('123');
  });

  it('refuses a number that fails the Luhn check or has too few digits', () => {
    expect(checkCard({ ...valid, number: '4242424242424241' }, now)).toMatchObject({ ok: false, error: { code: 'invalid_number', param: 'card.number' } });
    expect(checkCard({ ...valid, number: '4242' }, now)).toMatchObject({ ok: false, error: { code: 'invalid_number' } });
    expect(checkCard({ ...valid, number: '4242abcd42424242' }, now)).toMatchObject({ ok: false, error: { code: 'invalid_number' } });
  });

  it('accepts this month and refuses last month, a month 13 and two-digit years in the past', () => {
    expect(checkCard({ ...valid, expMonth: 11, expYear: 2026 }, now).ok).toBe(true);
    expect(checkCard({ ...valid, expMonth: 10, expYear: 2026 }, now)).toMatchObject({ ok: false, error: { code: 'invalid_expiry', param: 'card.expYear' } });
    expect(checkCard({ ...valid, expMonth: 13 }, now)).toMatchObject({ ok: false, error: { code: 'invalid_expiry', param: 'card.expMonth' } });
    expect(checkCard({ ...valid, expYear: 25 }, now)).toMatchObject({ ok: false, error: { code: 'invalid_expiry' } });
    expect(checkCard({ ...valid, expYear: 30 }, now)).toMatchObject({ ok: true, card: { expYear: 2030 } });
  });

  it('wants a security code of 3 or 4 digits', () => {
    expect(checkCard({ ...valid, cvc: '12' }, now)).toMatchObject({ ok: false, error: { code: 'invalid_cvc', param: 'card.cvc' } });
    expect(checkCard({ ...valid, cvc: '12345' }, now)).toMatchObject({ ok: false, error: { code: 'invalid_cvc' } });
    expect(checkCard({ ...valid, cvc: '1234' }, now).ok).toBe(true);
  });
});

describe('test cards', () => {
  it('are all valid card numbers, each with its own behaviour', () => {
    for (const [behaviour, number] of Object.entries(TEST_CARDS)) {
      expect(passesLuhn(number)).toBe(true);
      expect(behaviourOf(number)).toBe(behaviour);
    }
  });

  it('treats any other valid number as a successful card and names its brand', () => {
    expect(behaviourOf('5555555555554444')).toBe('success');
    expect(brandOf('5555555555554444')).toBe('mastercard');
    expect(brandOf('378282246310005')).toBe('amex');
    expect(brandOf('6011111111111117')).toBe('discover');
    expect(brandOf('9999999999999995')).toBe('unknown');
  });
});
