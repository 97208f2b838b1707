import { eur, refusal, unwrap } from '../testing/checkout-fixtures';
import { attemptKey, contentFingerprint, onSubmit, sameAttempt } from './attempt-token';

describe('attemptKey', () => {
  it('is the cart, its version and the attempt sequence, the same on every call', () => {
    expect(unwrap(attemptKey('cart_1', 7))).toBe('checkout:cart_1:7:1');
    expect(unwrap(attemptKey('cart_1', 7, 2))).toBe('checkout:cart_1:7:2');
  });

  it('collapses five submits of one cart into one attempt', () => {
    const tokens = new Set(Array.from({ length: 5 }, () => unwrap(attemptKey('cart_1', 7))));
    expect(tokens.size).toBe(1);
  });

  it('gives an edited cart another attempt', () => {
    expect(sameAttempt(unwrap(attemptKey('cart_1', 7)), unwrap(attemptKey('cart_1', 8)))).toBe(false);
    expect(sameAttempt(unwrap(attemptKey('cart_1', 7)), unwrap(attemptKey('cart_2', 7)))).toBe(false);
    expect(sameAttempt(unwrap(attemptKey('cart_1', 7)), unwrap(attemptKey('cart_1', 7)))).toBe(true);
  });

  it('refuses ids that would make two carts share a token', () => {
    expect(refusal(attemptKey('', 1))).toMatchObject({ type: 'InvalidCartId' });
    expect(refusal(attemptKey('a:b', 1))).toMatchObject({ type: 'InvalidCartId' });
    expect(refusal(attemptKey('cart', 'x:y'))).toMatchObject({ type: 'InvalidFingerprint' });
    expect(refusal(attemptKey('cart', -1))).toMatchObject({ type: 'InvalidFingerprint' });
    expect(refusal(attemptKey('cart', 1, 0))).toEqual({ type: 'InvalidSequence', sequence: 0 });
  });
});

describe('contentFingerprint', () => {
  const mug = { sku: 'MUG', quantity: 2, unitPrice: eur(1_299) };
  const tee = { sku: 'TEE', quantity: 1, unitPrice: eur(2_000) };

  it('does not depend on the order of the lines', () => {
    expect(contentFingerprint([mug, tee])).toBe(contentFingerprint([tee, mug]));
  });

  it('changes with a quantity, a price or the coupon', () => {
    const base = contentFingerprint([mug, tee]);
    expect(contentFingerprint([{ ...mug, quantity: 3 }, tee])).not.toBe(base);
    expect(contentFingerprint([{ ...mug, unitPrice: eur(1_300) }, tee])).not.toBe(base);
    expect(contentFingerprint([mug, tee], 'SAVE10')).not.toBe(base);
  });

  it('is usable in an attempt key even when a SKU holds a colon', () => {
    expect(attemptKey('cart_1', contentFingerprint([{ ...mug, sku: 'A:B' }])).ok).toBe(true);
  });
});

describe('onSubmit', () => {
  it('starts when no attempt is stored under the token', () => {
    expect(onSubmit(undefined)).toEqual({ type: 'start' });
  });

  it('joins the attempt in flight instead of starting another', () => {
    for (const status of ['running', 'waiting_for_shopper', 'compensating'] as const) {
      expect(onSubmit({ status, outputs: {}, sequence: 1 })).toEqual({ type: 'join', status });
    }
  });

  it('answers with the existing order once placed', () => {
    expect(onSubmit({ status: 'completed', outputs: { orderId: 'ord_1' }, sequence: 1 })).toEqual({ type: 'already_placed', orderId: 'ord_1' });
  });

  it('lets a shopper try again after a failed attempt, as the next sequence', () => {
    expect(onSubmit({ status: 'failed', outputs: {}, sequence: 1 })).toEqual({ type: 'retry_as_new_attempt', sequence: 2 });
  });
});
