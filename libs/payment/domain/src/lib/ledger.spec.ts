import { authorization, capture, lapse, refund, voidEntry } from '../testing/payment-fixtures';
import { amounts, appendEntry, authorizationClosure, type Ledger, paymentStatus, statusFromLedger } from './ledger';

describe('amounts', () => {
  it('is all zero for an empty ledger', () => {
    expect(amounts([])).toEqual({ authorized: 0, captured: 0, refunded: 0, capturable: 0, refundable: 0 });
  });

  it('sums authorisations, captures and refunds, and derives what is left', () => {
    const ledger = [authorization(10_000), capture(3_000, 'c1'), capture(2_000, 'c2'), refund(1_500, 'r1')];
    expect(amounts(ledger)).toEqual({ authorized: 10_000, captured: 5_000, refunded: 1_500, capturable: 5_000, refundable: 3_500 });
  });

  it('adds an incremental authorisation to what can be captured', () => {
    expect(amounts([authorization(5_000, 'a1'), authorization(1_000, 'a2')]).capturable).toBe(6_000);
  });

  it('leaves nothing capturable after a void, an expiry or a final capture', () => {
    expect(amounts([authorization(5_000), voidEntry(5_000)]).capturable).toBe(0);
    expect(amounts([authorization(5_000), capture(1_000), lapse(4_000)]).capturable).toBe(0);
    expect(amounts([authorization(5_000), capture(1_000, 'c1', { final: true })]).capturable).toBe(0);
  });

  it('keeps captured money refundable after the rest of the authorisation lapsed', () => {
    expect(amounts([authorization(5_000), capture(1_000), lapse(4_000)]).refundable).toBe(1_000);
  });

  it('throws for an amount that is not whole minor units, 0 or more', () => {
    expect(() => amounts([authorization(10.5)])).toThrow(RangeError);
    expect(() => amounts([authorization(1_000), capture(-1)])).toThrow(RangeError);
  });
});

describe('authorizationClosure', () => {
  it('names the first way the authorisation ended, or null while open', () => {
    expect(authorizationClosure([authorization(100)])).toBeNull();
    expect(authorizationClosure([authorization(100), voidEntry(100)])).toBe('voided');
    expect(authorizationClosure([authorization(100), lapse(100)])).toBe('expired');
    expect(authorizationClosure([authorization(100), capture(50, 'c', { final: true }), lapse(50)])).toBe('final_capture');
  });
});

describe('statusFromLedger', () => {
  it.each<[string, Ledger, ReturnType<typeof statusFromLedger>]>([
    ['nothing authorised', [], null],
    ['an open authorisation', [authorization(10_000)], 'authorized'],
    ['part captured', [authorization(10_000), capture(4_000)], 'partially_captured'],
    ['all captured in parts', [authorization(10_000), capture(4_000, 'c1'), capture(6_000, 'c2')], 'captured'],
    ['a final partial capture', [authorization(10_000), capture(4_000, 'c1', { final: true })], 'captured'],
    ['part captured, the rest lapsed', [authorization(10_000), capture(4_000), lapse(6_000)], 'captured'],
    ['part refunded', [authorization(10_000), capture(10_000), refund(2_500)], 'partially_refunded'],
    ['all refunded', [authorization(10_000), capture(10_000), refund(2_500, 'r1'), refund(7_500, 'r2')], 'refunded'],
    ['a capture refunded while more could be captured', [authorization(10_000), capture(4_000), refund(4_000)], 'partially_refunded'],
    ['voided', [authorization(10_000), voidEntry(10_000)], 'cancelled'],
    ['lapsed uncaptured', [authorization(10_000), lapse(10_000)], 'expired'],
  ])('is derived for %s', (_name, ledger, status) => {
    expect(statusFromLedger(ledger)).toBe(status);
  });
});

describe('appendEntry', () => {
  it('returns a longer ledger and leaves the given one as it was', () => {
    const ledger = Object.freeze([authorization(1_000)]);
    const next = appendEntry(ledger, capture(400));
    expect(next).toHaveLength(2);
    expect(ledger).toHaveLength(1);
  });

  it('refuses an entry with a fractional amount', () => {
    expect(() => appendEntry([], authorization(0.5))).toThrow(RangeError);
  });
});

describe('paymentStatus', () => {
  it('is the recorded status before authorisation and the ledger’s after it', () => {
    expect(paymentStatus('requires_action', [])).toBe('requires_action');
    expect(paymentStatus('failed', [])).toBe('failed');
    expect(paymentStatus('authorized', [authorization(1_000), capture(1_000)])).toBe('captured');
  });
});
