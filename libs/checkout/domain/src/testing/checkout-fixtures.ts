import type { Money } from '@emporium/money';
import type { Result } from '../lib/result';
import type { SagaStep } from '../lib/saga-steps';
import { start, type CheckoutInput, type SagaState, type StepOutputs, stepSucceeded } from '../lib/saga-state';

export const T0 = 1_700_000_000_000;
export const TOKEN = 'checkout:cart_1:7:1';
export const eur = (amount: number): Money => ({ amount, currency: 'EUR' as Money['currency'] });

export function unwrap<T, E>(result: Result<T, E>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

export function refusal<T, E>(result: Result<T, E>): E {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

/** The output each step reports in the tests. */
export const OUTPUTS: { readonly [S in SagaStep]: StepOutputs[S] } = {
  validate: { total: eur(4_990) },
  reserve_stock: { reservationId: 'res_1' },
  authorize_payment: { paymentId: 'pay_1' },
  create_order: { orderId: 'ord_1', orderNumber: '1001-7' },
  commit_stock: {},
  redeem_coupon: { couponRedemptionIds: ['red_1'] },
  complete_cart: {},
  queue_confirmation: {},
};

export function succeed(state: SagaState, step: SagaStep, at = state.updatedAt + 1): SagaState {
  return unwrap(stepSucceeded(state, step, OUTPUTS[step] as never, at));
}

/** A saga started with `input`, with `steps` succeeded in order. */
export function sagaAfter(steps: readonly SagaStep[], input: CheckoutInput = { cartId: 'cart_1' }): SagaState {
  return steps.reduce((state, step, i) => succeed(state, step, T0 + i + 1), unwrap(start(TOKEN, input, T0)));
}
