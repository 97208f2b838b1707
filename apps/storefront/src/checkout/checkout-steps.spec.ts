import { checkoutSteps, nextStep } from './checkout-steps';

describe('checkoutSteps', () => {
  it('asks for a billing address only when it differs from the shipping one', () => {
    expect(checkoutSteps(true).map((step) => step.id)).toEqual(['shipping', 'delivery', 'review']);
    expect(checkoutSteps(false).map((step) => step.id)).toEqual(['shipping', 'billing', 'delivery', 'review']);
  });

  it('goes to the next step, and nowhere after the last', () => {
    expect(nextStep(checkoutSteps(true), 'shipping')).toBe('delivery');
    expect(nextStep(checkoutSteps(false), 'shipping')).toBe('billing');
    expect(nextStep(checkoutSteps(true), 'review')).toBeNull();
  });
});
