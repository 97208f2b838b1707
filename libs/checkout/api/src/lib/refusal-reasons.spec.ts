import { couponError, declineError, outOfStockError } from './refusal-reasons';

const refusal = (reason: string | null, details: Record<string, unknown> = {}) => ({ code: 'CONFLICT', reason, details, message: 'refused' });

describe('what the shopper is told when a service refuses a step', () => {
  it('names every SKU the inventory is short of, with what is left', () => {
    const shortfalls = [{ sku: 'MUG', requested: 3, available: 1, extra: 'dropped' }];
    expect(outOfStockError(refusal('OUT_OF_STOCK', { shortfalls }))).toEqual({ type: 'OutOfStock', lines: [{ sku: 'MUG', requested: 3, available: 1 }] });
  });

  it('treats any other refusal of a reservation as the service failing, not as stock', () => {
    expect(outOfStockError(refusal('IDEMPOTENCY_KEY_REUSED'))).toEqual({ type: 'ServiceUnavailable' });
  });

  it('maps the cart service coupon reasons onto used up, expired, unknown and not applicable', () => {
    expect(couponError('ONCE', refusal('COUPON_USAGE_LIMIT_REACHED'))).toEqual({ type: 'CouponInvalid', code: 'ONCE', reason: 'used_up' });
    expect(couponError('ONCE', refusal('COUPON_CUSTOMER_LIMIT_REACHED'))).toMatchObject({ reason: 'used_up' });
    expect(couponError('OLD', refusal('COUPON_EXPIRED'))).toMatchObject({ reason: 'expired' });
    expect(couponError('GONE', refusal('COUPON_NOT_FOUND'))).toMatchObject({ reason: 'unknown' });
    expect(couponError('X', refusal('COUPON_MINIMUM_NOT_MET'))).toMatchObject({ reason: 'not_applicable' });
  });

  it('turns a gateway decline code into a reason, never the gateway text', () => {
    expect(declineError('insufficient_funds')).toEqual({ type: 'CardDeclined', reason: 'insufficient_funds' });
    expect(declineError('incorrect_cvc')).toEqual({ type: 'CardDeclined', reason: 'incorrect_details' });
    expect(declineError('authentication_failed')).toEqual({ type: 'AuthenticationFailed' });
    expect(declineError('do_not_honor')).toEqual({ type: 'CardDeclined', reason: 'generic' });
  });
});
