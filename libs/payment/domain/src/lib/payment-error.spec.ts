import type { CurrencyCode } from '@emporium/money';
import { describePaymentError, type PaymentError } from './payment-error';

const USD = 'USD' as CurrencyCode;

describe('describePaymentError', () => {
  it.each<[PaymentError, string]>([
    [{ type: 'InvalidAmount', field: 'amount', amount: 12.5 }, 'The amount must be a whole number of minor units above zero (got 12.5)'],
    [
      { type: 'AmountAboveMaximum', field: 'amount', maximum: 9_999_999_999, requested: 10_000_000_000 },
      'The amount of 100000000.00 USD is above the largest payment we take, 99999999.99 USD',
    ],
    [{ type: 'CurrencyMismatch', field: 'currency', expected: USD, given: 'EUR' }, 'This payment is in USD, not "EUR"'],
    [{ type: 'NotAuthorized', field: 'payment' }, 'Nothing has been authorised on this payment yet'],
    [
      { type: 'AuthorizationClosed', field: 'payment', closure: 'expired' },
      'The authorisation on this payment has expired, so nothing more can be captured or cancelled',
    ],
    [
      { type: 'AmountAboveCapturable', field: 'amount', capturable: 6_000, requested: 6_001 },
      'Only 60.00 USD can still be captured on this payment (asked for 60.01 USD)',
    ],
    [{ type: 'AmountAboveCapturable', field: 'amount', capturable: 0, requested: 100 }, 'Nothing is left to capture on this payment (asked for 1.00 USD)'],
    [
      { type: 'AmountAboveRefundable', field: 'amount', refundable: 2_500, requested: 3_000 },
      'Only 25.00 USD can still be refunded on this payment (asked for 30.00 USD)',
    ],
    [{ type: 'AmountAboveRefundable', field: 'amount', refundable: 0, requested: 1 }, 'Nothing is left to refund on this payment (asked for 0.01 USD)'],
    [
      { type: 'VoidAfterCapture', field: 'payment', captured: 1_000 },
      '10.00 USD has already been captured on this payment, so it cannot be cancelled; refund it instead',
    ],
    [{ type: 'TransitionRefused', from: 'partially_captured', event: 'voided' }, 'A payment that is partly captured cannot be cancelled'],
  ])('describes %o in one sentence', (error, sentence) => {
    expect(describePaymentError(error, 'USD')).toBe(sentence);
  });

  it('names the status and the event of a refused transition', () => {
    expect(describePaymentError({ type: 'TransitionRefused', from: 'authorized', event: 'authorized' })).toBe('A payment that is authorised cannot be authorised');
    expect(describePaymentError({ type: 'TransitionRefused', from: 'requires_payment_method', event: 'action_completed' })).toBe(
      'A payment that is waiting for a payment method cannot complete an action',
    );
  });

  it('writes amounts in the currency’s own decimals', () => {
    const error: PaymentError = { type: 'AmountAboveRefundable', field: 'amount', refundable: 500, requested: 600 };
    expect(describePaymentError(error, 'JPY')).toBe('Only 500 JPY can still be refunded on this payment (asked for 600 JPY)');
  });

  it('writes minor units when no currency is given', () => {
    const error: PaymentError = { type: 'AmountAboveCapturable', field: 'amount', capturable: 6_000, requested: 6_001 };
    expect(describePaymentError(error)).toBe('Only 6000 minor units can still be captured on this payment (asked for 6001 minor units)');
  });
});
