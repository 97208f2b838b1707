import { describe, expect, it } from 'vitest';
import { availableActions, cardLabel, paymentActionProblem, paymentStatusLabel, paymentStatusTone, readStatusFilter, STATUS_FILTERS } from './payment-labels';

const refusal = (code: string, reason: string, message: string) => ({ message, data: { code, reason } });
const payment = (status: string, amounts: { captured: number; capturable: number; refundable: number }, needsReview: string | null = null) => ({ status, amounts, needsReview });

describe('payment status words', () => {
  it('names each status for staff and colours what needs attention', () => {
    expect(paymentStatusLabel('authorized')).toBe('Authorised');
    expect(paymentStatusLabel('partially_refunded')).toBe('Partly refunded');
    expect(paymentStatusLabel('requires_payment_method')).toBe('Awaiting payment');
    expect(paymentStatusLabel('disputed')).toBe('disputed');
    expect(paymentStatusTone('captured')).toBe('success');
    expect(paymentStatusTone('failed')).toBe('danger');
    expect(paymentStatusTone('authorized')).toBe('accent');
    expect(paymentStatusTone('disputed')).toBe('neutral');
  });

  it('offers every status as a filter after “All statuses” and reads only known ones from the URL', () => {
    expect(STATUS_FILTERS[0]).toEqual({ value: 'all', label: 'All statuses' });
    expect(STATUS_FILTERS).toHaveLength(11);
    expect(readStatusFilter('captured')).toBe('captured');
    expect(readStatusFilter('paid')).toBeUndefined();
    expect(readStatusFilter(null)).toBeUndefined();
  });
});

describe('cardLabel', () => {
  it('writes the brand and the last four digits, and nothing before a card is known', () => {
    expect(cardLabel({ brand: 'visa', last4: '4242' })).toBe('Visa ·· 4242');
    expect(cardLabel({ brand: 'unknown', last4: '0005' })).toBe('Card ·· 0005');
    expect(cardLabel(null)).toBeNull();
  });
});

describe('availableActions', () => {
  it('offers capture and void on a fresh authorisation, not refund', () => {
    expect(availableActions(payment('authorized', { captured: 0, capturable: 5000, refundable: 0 }))).toEqual({ capture: true, void: true, refund: false });
  });

  it('offers only refund once the authorisation was closed by a capture, and nothing once all is refunded', () => {
    expect(availableActions(payment('captured', { captured: 2000, capturable: 0, refundable: 2000 }))).toEqual({ capture: false, void: false, refund: true });
    expect(availableActions(payment('partially_captured', { captured: 2000, capturable: 3000, refundable: 2000 }))).toEqual({ capture: true, void: false, refund: true });
    expect(availableActions(payment('refunded', { captured: 2000, capturable: 0, refundable: 0 }))).toEqual({ capture: false, void: false, refund: false });
  });

  it('offers nothing while the payment is held for review', () => {
    expect(availableActions(payment('authorized', { captured: 0, capturable: 5000, refundable: 0 }, 'The gateway captured more than we asked'))).toEqual({ capture: false, void: false, refund: false });
  });
});

describe('paymentActionProblem', () => {
  it('says what a refusal means before the server’s words', () => {
    expect(paymentActionProblem(refusal('CONFLICT', 'VOID_AFTER_CAPTURE', 'The payment has $20.00 captured; refund it instead of voiding'))).toBe(
      'Not voided: money was already captured, so it goes back by refund. The payment has $20.00 captured; refund it instead of voiding',
    );
    expect(paymentActionProblem(refusal('CONFLICT', 'PAYMENT_BUSY', 'Another operation on this payment is in progress; try again in a moment'))).toBe(
      'Busy. Another operation on this payment is in progress; try again in a moment',
    );
  });
});
