import { isForwardOnly, isSagaStep, plannedSteps, POINT_OF_NO_RETURN, SAGA_STEPS, STEP_UNDO, stepIndex, undoOf } from './saga-steps';

describe('saga steps', () => {
  it('run validate, reserve, redeem, authorise, create order, commit, complete cart, queue e-mail, in that order', () => {
    expect(SAGA_STEPS).toEqual([
      'validate',
      'reserve_stock',
      'redeem_coupon',
      'authorize_payment',
      'create_order',
      'commit_stock',
      'complete_cart',
      'queue_confirmation',
    ]);
  });

  it('undo stock by release, payment by void, order by cancel, coupon by release', () => {
    expect(undoOf('reserve_stock')).toBe('release_stock');
    expect(undoOf('authorize_payment')).toBe('void_payment');
    expect(undoOf('create_order')).toBe('cancel_order');
    expect(undoOf('redeem_coupon')).toBe('release_coupon');
  });

  it('have nothing to undo for validation, the stock commit, the cart and the e-mail', () => {
    expect(['validate', 'commit_stock', 'complete_cart', 'queue_confirmation'].map((s) => STEP_UNDO[s as never])).toEqual([null, null, null, null]);
  });

  it('put the point of no return at the order, after the coupon is redeemed and the payment authorised', () => {
    expect(POINT_OF_NO_RETURN).toBe('create_order');
    expect(stepIndex('authorize_payment')).toBeLessThan(stepIndex(POINT_OF_NO_RETURN));
    expect(stepIndex('redeem_coupon')).toBeLessThan(stepIndex('authorize_payment'));
  });

  it('are forward-only exactly after the order is created', () => {
    expect(SAGA_STEPS.filter(isForwardOnly)).toEqual(['commit_stock', 'complete_cart', 'queue_confirmation']);
  });

  it('skip the coupon redemption when no coupon was applied', () => {
    expect(plannedSteps({})).not.toContain('redeem_coupon');
    expect(plannedSteps({ couponCodes: [] })).not.toContain('redeem_coupon');
    expect(plannedSteps({ couponCodes: ['SAVE10'] })).toEqual(SAGA_STEPS);
  });

  it('recognise step names and nothing else', () => {
    expect(isSagaStep('create_order')).toBe(true);
    expect(isSagaStep('refund')).toBe(false);
    expect(isSagaStep(3)).toBe(false);
  });
});
