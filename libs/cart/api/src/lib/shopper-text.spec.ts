import type { CurrencyCode } from '@emporium/money';
import { couponRejectionText, formatAmount } from './shopper-text';

const money = (amount: number, currency: string) => ({ amount, currency: currency as CurrencyCode });

describe('sentences for shoppers', () => {
  it('formats amounts in each currency with its own decimals', () => {
    expect(formatAmount(money(1100, 'USD'))).toBe('$11.00');
    expect(formatAmount(money(495, 'EUR'))).toBe('€4.95');
    expect(formatAmount(money(800, 'JPY'))).toBe('¥800');
    expect(formatAmount(money(1250, 'KWD'))).toBe('KWD\u00a01.250');
    expect(formatAmount(money(900719925474099, 'USD'))).toBe('$9,007,199,254,740.99');
  });

  it('says when a coupon ended or starts as a day, and what is missing as an amount', () => {
    expect(couponRejectionText('SUMMER24', { type: 'expired', endsAt: new Date('2024-09-01T00:00:00Z') })).toBe('Coupon SUMMER24 expired on September 1, 2024');
    expect(couponRejectionText('XMAS', { type: 'not_started', startsAt: new Date('2026-12-24T00:00:00Z') })).toBe('Coupon XMAS can be used from December 24, 2026');
    expect(couponRejectionText('FREESHIP', { type: 'minimum_not_met', minimum: money(3000, 'USD'), missing: money(1100, 'USD') })).toBe(
      'Add $11.00 more of eligible items to use coupon FREESHIP (minimum $30.00)',
    );
  });
});
