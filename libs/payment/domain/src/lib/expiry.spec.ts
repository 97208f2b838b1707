import { at, authorization, capture, voidEntry } from '../testing/payment-fixtures';
import { authorizationExpiresAt, expiryAction, isNearExpiry } from './expiry';

const day = 24;

describe('authorizationExpiresAt', () => {
  it('is 7 days of elapsed time after the authorisation, or the given days', () => {
    expect(authorizationExpiresAt(at())).toEqual(at(7 * day));
    expect(authorizationExpiresAt(at(), 30)).toEqual(at(30 * day));
  });

  it('throws for days that are not positive', () => {
    expect(() => authorizationExpiresAt(at(), 0)).toThrow(RangeError);
  });
});

describe('isNearExpiry', () => {
  it('is true from the margin before the lapse onwards', () => {
    expect(isNearExpiry(at(), at(6 * day - 1))).toBe(false);
    expect(isNearExpiry(at(), at(6 * day))).toBe(true);
    expect(isNearExpiry(at(), at(8 * day))).toBe(true);
  });

  it('takes the gateway’s days and the shop’s margin', () => {
    expect(isNearExpiry(at(), at(28 * day), { days: 30, marginHours: 48 })).toBe(true);
    expect(isNearExpiry(at(), at(28 * day - 1), { days: 30, marginHours: 48 })).toBe(false);
  });
});

describe('expiryAction', () => {
  const ledger = [authorization(10_000)];
  const nearly = at(6 * day + 1);

  it('does nothing while the authorisation is young', () => {
    expect(expiryAction('capture', ledger, at(day))).toEqual({ type: 'none' });
  });

  it('captures what is left near expiry under the capture policy', () => {
    expect(expiryAction('capture', [...ledger, capture(3_000)], nearly)).toEqual({ type: 'capture', amount: 7_000 });
  });

  it('voids near expiry under the cancel policy, but lets a partly captured rest lapse', () => {
    expect(expiryAction('cancel', ledger, nearly)).toEqual({ type: 'void', amount: 10_000 });
    expect(expiryAction('cancel', [...ledger, capture(3_000)], nearly)).toEqual({ type: 'none' });
  });

  it('records the expiry once the authorisation has lapsed', () => {
    expect(expiryAction('capture', ledger, at(7 * day))).toEqual({ type: 'record_expiry', amount: 10_000 });
  });

  it('does nothing without an open authorisation or with nothing left to capture', () => {
    expect(expiryAction('capture', [], nearly)).toEqual({ type: 'none' });
    expect(expiryAction('capture', [...ledger, voidEntry(10_000)], nearly)).toEqual({ type: 'none' });
    expect(expiryAction('cancel', [...ledger, capture(10_000)], nearly)).toEqual({ type: 'none' });
  });
});
