import { describe, expect, it } from 'vitest';
import { paymentAccess, paymentCallProblem, POLL_MS, pollDelay, retryPaymentLoad } from './use-payment';

const apiError = (code: string, reason?: string) => ({ data: { code, ...(reason ? { reason } : {}) } });

describe('paymentAccess', () => {
  it('sends the client secret when there is one, and no empty field when there is none', () => {
    expect(paymentAccess('p1', 'pay_secret_x')).toEqual({ paymentId: 'p1', clientSecret: 'pay_secret_x' });
    expect(paymentAccess('p1', null)).toEqual({ paymentId: 'p1' });
  });
});

describe('retryPaymentLoad', () => {
  it('does not ask again for a payment this browser may not see', () => {
    expect(retryPaymentLoad(0, apiError('NOT_FOUND', 'PAYMENT_NOT_FOUND'))).toBe(false);
    expect(retryPaymentLoad(0, apiError('BAD_REQUEST'))).toBe(false);
  });

  it('asks again after a network failure or a busy server', () => {
    expect(retryPaymentLoad(0, new Error('Failed to fetch'))).toBe(true);
    expect(retryPaymentLoad(0, apiError('SERVICE_UNAVAILABLE'))).toBe(true);
  });
});

describe('paymentCallProblem', () => {
  it('says nothing of a pending outcome, which the step shows as processing', () => {
    expect(paymentCallProblem(apiError('SERVICE_UNAVAILABLE', 'PAYMENT_PENDING'))).toBeNull();
    expect(paymentCallProblem(null)).toBeNull();
  });

  it('explains a payment already at work, card data refused and anything else', () => {
    expect(paymentCallProblem(apiError('CONFLICT', 'PAYMENT_BUSY'))).toMatch(/already being processed/);
    expect(paymentCallProblem(apiError('BAD_REQUEST', 'CARD_DATA_REFUSED'))).toMatch(/secure card form/);
    expect(paymentCallProblem(apiError('INTERNAL_SERVER_ERROR'))).toBe('We couldn’t submit your payment. Please try again in a moment.');
  });
});

describe('pollDelay', () => {
  it('asks every second at first, a second slower every five answers, and never less often than every ten seconds', () => {
    expect([0, 4, 5, 9, 10, 44, 45, 1000].map(pollDelay)).toEqual([POLL_MS, 1_000, 2_000, 2_000, 3_000, 9_000, 10_000, 10_000]);
  });
});
