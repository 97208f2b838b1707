import { describe, expect, it } from 'vitest';
import { paymentMethodOutcome } from './stripe-loader';

describe('paymentMethodOutcome', () => {
  it('passes on the PaymentMethod id Stripe made of the card', () => {
    expect(paymentMethodOutcome({ paymentMethod: { id: 'pm_1Q2w3E4r5T' } })).toEqual({ ok: true, paymentMethodId: 'pm_1Q2w3E4r5T' });
  });

  it('tells the shopper Stripe’s card error', () => {
    expect(paymentMethodOutcome({ error: { message: 'Your card number is incomplete.' } })).toEqual({ ok: false, message: 'Your card number is incomplete.' });
  });

  it('falls back to a message of ours when Stripe gives none, or something that is not a PaymentMethod id', () => {
    const fallback = { ok: false, message: 'The card could not be used. Check it and try again.' };
    expect(paymentMethodOutcome({ error: {} })).toEqual(fallback);
    expect(paymentMethodOutcome({ paymentMethod: { id: 'tok_visa' } })).toEqual(fallback);
    expect(paymentMethodOutcome({})).toEqual(fallback);
  });
});
