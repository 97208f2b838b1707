import type { CurrencyCode } from '@emporium/money';
import { authorization, capture, lapse, refund, voidEntry } from '../testing/payment-fixtures';
import { checkAmount, checkCapture, checkCurrency, checkRefund, checkVoid, MAX_PAYMENT_AMOUNT } from './amount-rules';

const USD = 'USD' as CurrencyCode;
const authorised = [authorization(10_000)];

describe('checkAmount', () => {
  it('accepts a positive whole number of minor units up to the maximum', () => {
    expect(checkAmount(1)).toEqual({ ok: true, value: 1 });
    expect(checkAmount(MAX_PAYMENT_AMOUNT)).toEqual({ ok: true, value: MAX_PAYMENT_AMOUNT });
  });

  it.each([0, -100, 12.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s as an amount', (amount) => {
    expect(checkAmount(amount)).toEqual({ ok: false, error: { type: 'InvalidAmount', field: 'amount', amount } });
  });

  it('refuses an amount above the maximum, naming both', () => {
    expect(checkAmount(MAX_PAYMENT_AMOUNT + 1)).toEqual({
      ok: false,
      error: { type: 'AmountAboveMaximum', field: 'amount', maximum: MAX_PAYMENT_AMOUNT, requested: MAX_PAYMENT_AMOUNT + 1 },
    });
  });

  it('takes a shop’s own maximum and field name', () => {
    expect(checkAmount(5_001, { max: 5_000, field: 'total' })).toMatchObject({ ok: false, error: { type: 'AmountAboveMaximum', field: 'total' } });
  });
});

describe('checkCurrency', () => {
  it('accepts the payment’s currency, forgiving case and spaces', () => {
    expect(checkCurrency(USD, 'USD')).toEqual({ ok: true, value: USD });
    expect(checkCurrency(USD, ' usd ')).toEqual({ ok: true, value: USD });
  });

  it('refuses another currency or something that is not a code', () => {
    expect(checkCurrency(USD, 'EUR')).toEqual({ ok: false, error: { type: 'CurrencyMismatch', field: 'currency', expected: USD, given: 'EUR' } });
    expect(checkCurrency(USD, 'dollars').ok).toBe(false);
  });
});

describe('checkCapture', () => {
  it('accepts a partial and then the remaining capture', () => {
    expect(checkCapture(authorised, 4_000)).toEqual({ ok: true, value: 4_000 });
    expect(checkCapture([...authorised, capture(4_000)], 6_000)).toEqual({ ok: true, value: 6_000 });
  });

  it('refuses more than is left to capture, saying how much is', () => {
    expect(checkCapture([...authorised, capture(4_000)], 6_001)).toEqual({
      ok: false,
      error: { type: 'AmountAboveCapturable', field: 'amount', capturable: 6_000, requested: 6_001 },
    });
  });

  it('refuses a capture without an authorisation', () => {
    expect(checkCapture([], 100)).toEqual({ ok: false, error: { type: 'NotAuthorized', field: 'payment' } });
  });

  it('refuses a capture after a void, an expiry or a final capture', () => {
    expect(checkCapture([...authorised, voidEntry(10_000)], 100)).toMatchObject({ error: { type: 'AuthorizationClosed', closure: 'voided' } });
    expect(checkCapture([...authorised, lapse(10_000)], 100)).toMatchObject({ error: { type: 'AuthorizationClosed', closure: 'expired' } });
    expect(checkCapture([...authorised, capture(100, 'c', { final: true })], 100)).toMatchObject({
      error: { type: 'AuthorizationClosed', closure: 'final_capture' },
    });
  });

  it('refuses a malformed amount before looking at the payment', () => {
    expect(checkCapture([], 0)).toMatchObject({ error: { type: 'InvalidAmount', amount: 0 } });
    expect(checkCapture(authorised, 1.5)).toMatchObject({ error: { type: 'InvalidAmount', amount: 1.5 } });
  });
});

describe('checkRefund', () => {
  const captured = [...authorised, capture(6_000)];

  it('accepts refunds up to what was captured and not yet refunded', () => {
    expect(checkRefund(captured, 6_000)).toEqual({ ok: true, value: 6_000 });
    expect(checkRefund([...captured, refund(2_000)], 4_000)).toEqual({ ok: true, value: 4_000 });
  });

  it('refuses more than is refundable, and any refund before a capture', () => {
    expect(checkRefund([...captured, refund(2_000)], 4_001)).toEqual({
      ok: false,
      error: { type: 'AmountAboveRefundable', field: 'amount', refundable: 4_000, requested: 4_001 },
    });
    expect(checkRefund(authorised, 1)).toMatchObject({ error: { type: 'AmountAboveRefundable', refundable: 0 } });
  });

  it('still refunds captured money after the rest of the authorisation lapsed', () => {
    expect(checkRefund([...captured, lapse(4_000)], 6_000).ok).toBe(true);
  });

  it('refuses a malformed amount', () => {
    expect(checkRefund(captured, -5)).toMatchObject({ error: { type: 'InvalidAmount', field: 'amount' } });
  });
});

describe('checkVoid', () => {
  it('releases the whole authorisation while nothing is captured', () => {
    expect(checkVoid(authorised)).toEqual({ ok: true, value: 10_000 });
  });

  it('refuses once anything was captured: that money goes back by refund', () => {
    expect(checkVoid([...authorised, capture(1)])).toEqual({ ok: false, error: { type: 'VoidAfterCapture', field: 'payment', captured: 1 } });
  });

  it('refuses without an authorisation, or when it already ended', () => {
    expect(checkVoid([])).toMatchObject({ error: { type: 'NotAuthorized' } });
    expect(checkVoid([...authorised, voidEntry(10_000)])).toMatchObject({ error: { type: 'AuthorizationClosed', closure: 'voided' } });
    expect(checkVoid([...authorised, lapse(10_000)])).toMatchObject({ error: { type: 'AuthorizationClosed', closure: 'expired' } });
  });
});
