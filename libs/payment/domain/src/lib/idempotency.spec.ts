import { attempt } from '../testing/payment-fixtures';
import { idempotencyKey, nextSequence, planAttempt, unsettledAttempt } from './idempotency';

describe('idempotencyKey', () => {
  it('is the payment, the operation and the sequence, the same on every call', () => {
    expect(idempotencyKey('pay_1', 'capture', 2)).toBe('pay_1:capture:2');
    expect(idempotencyKey('pay_1', 'capture', 2)).toBe(idempotencyKey('pay_1', 'capture', 2));
  });

  it('differs between operations and sequences of one payment', () => {
    const keys = new Set([idempotencyKey('p', 'capture', 1), idempotencyKey('p', 'capture', 2), idempotencyKey('p', 'refund', 1)]);
    expect(keys.size).toBe(3);
  });

  it('throws for an empty payment id or a sequence below 1', () => {
    expect(() => idempotencyKey(' ', 'authorize', 1)).toThrow(RangeError);
    expect(() => idempotencyKey('p', 'authorize', 0)).toThrow(RangeError);
    expect(() => idempotencyKey('p', 'authorize', 1.5)).toThrow(RangeError);
  });
});

describe('nextSequence', () => {
  it('starts at 1 and counts each operation on its own', () => {
    const attempts = [attempt('capture', 1, 'succeeded'), attempt('capture', 2, 'failed'), attempt('refund', 1, 'succeeded')];
    expect(nextSequence([], 'capture')).toBe(1);
    expect(nextSequence(attempts, 'capture')).toBe(3);
    expect(nextSequence(attempts, 'refund')).toBe(2);
    expect(nextSequence(attempts, 'void')).toBe(1);
  });

  it('follows the highest sequence, not the number of attempts', () => {
    expect(nextSequence([attempt('refund', 4, 'failed')], 'refund')).toBe(5);
  });
});

describe('planAttempt', () => {
  it('retries an attempt whose outcome is unknown with its own key', () => {
    const unknown = attempt('capture', 2, 'unknown', 500);
    expect(planAttempt('pay_1', [attempt('capture', 1, 'succeeded'), unknown], 'capture')).toEqual({ type: 'retry', attempt: unknown });
  });

  it('gives a new operation the next sequence once every attempt of it is settled', () => {
    expect(planAttempt('pay_1', [attempt('capture', 1, 'succeeded'), attempt('capture', 2, 'failed')], 'capture')).toEqual({
      type: 'new',
      operation: 'capture',
      sequence: 3,
      idempotencyKey: 'pay_1:capture:3',
    });
  });

  it('is not held up by an unsettled attempt of another operation', () => {
    expect(planAttempt('pay_1', [attempt('refund', 1, 'pending')], 'capture')).toMatchObject({ type: 'new', sequence: 1 });
    expect(unsettledAttempt([attempt('refund', 1, 'pending')])).toMatchObject({ operation: 'refund' });
  });
});
