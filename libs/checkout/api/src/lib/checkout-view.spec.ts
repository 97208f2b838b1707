import { start, stepFailed } from '@emporium/checkout-domain';
import { checkoutRefusal, checkoutView, reasonOf } from './checkout-view';
import type { CheckoutAttempt } from './saga-runner';

const usd = (amount: number) => ({ amount, currency: 'USD' as never });

function attemptWith(state: CheckoutAttempt['state'], extra: Partial<CheckoutAttempt> = {}): CheckoutAttempt {
  return {
    token: state.attemptToken,
    cartId: 'c',
    fingerprint: 'f',
    sequence: 1,
    accessToken: 'a'.repeat(43),
    customerId: null,
    state,
    request: { snapshot: { totals: { total: usd(4_990) } } } as never,
    paymentId: 'pay-1',
    paymentSecret: 'secret',
    version: 1,
    leaseUntil: new Date(),
    createdAt: new Date(),
    updatedAt: new Date(),
    ...extra,
  };
}

describe('the checkout as the storefront sees it', () => {
  it('names a refusal by a stable reason', () => {
    expect(reasonOf({ type: 'OutOfStock', lines: [] })).toBe('OUT_OF_STOCK');
    expect(reasonOf({ type: 'CouponInvalid', code: 'X', reason: 'used_up' })).toBe('COUPON_INVALID');
  });

  it('shows the payer secret only while the shopper has to pay, and the failure in the shopper words', () => {
    const begun = start('checkout:c:f:1', { cartId: 'c' }, 0);
    if (!begun.ok) throw new Error('refused');
    expect(checkoutView(attemptWith(begun.value))).toMatchObject({ status: 'processing', payment: { id: 'pay-1', clientSecret: null }, order: null, error: null, total: usd(4_990) });
    const failed = stepFailed(begun.value, 'validate', { kind: 'refused', reason: { type: 'CartEmpty' } }, 1);
    if (!failed.ok) throw new Error('refused');
    expect(checkoutView(attemptWith(failed.value))).toMatchObject({ status: 'failed', error: { reason: 'CART_EMPTY', message: 'Your cart is empty' } });
  });

  it('refuses with CONFLICT and the sentence, or SERVICE_UNAVAILABLE when the shop could not finish', () => {
    expect(checkoutRefusal({ type: 'OutOfStock', lines: [{ sku: 'MUG', requested: 1, available: 0 }] })).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('MUG is out of stock') });
    expect(checkoutRefusal({ type: 'ServiceUnavailable' }).code).toBe('SERVICE_UNAVAILABLE');
  });
});
