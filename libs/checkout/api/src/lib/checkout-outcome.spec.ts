import { abandon, type SagaState, start, stepFailed } from '@emporium/checkout-domain';
import { checkoutOutcome } from './checkout-outcome';

const begun = (): SagaState => {
  const started = start('attempt-1', { cartId: 'cart-1' }, 0);
  if (!started.ok) throw new Error('cannot start');
  return started.value;
};

describe('checkoutOutcome', () => {
  it('is placed when a transition completes the saga', () => {
    expect(checkoutOutcome('running', { ...begun(), status: 'completed' })).toBe('placed');
  });

  it('is refused when a typed refusal ends it', () => {
    const refused = stepFailed(begun(), 'validate', { kind: 'refused', reason: { type: 'CartEmpty' } }, 1);
    expect(refused.ok && refused.value.status).toBe('failed');
    expect(refused.ok && checkoutOutcome('running', refused.value)).toBe('refused');
  });

  it('is failed when a crash or a shopper who never paid ends it', () => {
    const given = abandon(begun(), 'crashed', 1);
    expect(given.ok && given.value.status).toBe('failed');
    expect(given.ok && checkoutOutcome('running', given.value)).toBe('failed');
  });

  it('is nothing for a transition that does not end the saga, or a repeat of the end', () => {
    expect(checkoutOutcome('running', begun())).toBeUndefined();
    expect(checkoutOutcome('running', { ...begun(), status: 'compensating' })).toBeUndefined();
    expect(checkoutOutcome('completed', { ...begun(), status: 'completed' })).toBeUndefined();
  });
});
