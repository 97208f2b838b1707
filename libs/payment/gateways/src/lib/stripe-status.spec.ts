import { fromStripeIntent, intentFromRefundedCharge, stripeDeclineCode, stripeStatus, type StripeChargeView, type StripeIntentView } from './stripe-status';

const charge = (overrides: Partial<StripeChargeView> = {}): StripeChargeView => ({
  id: 'ch_1',
  object: 'charge',
  amount: 5000,
  amount_captured: 0,
  amount_refunded: 0,
  currency: 'usd',
  payment_intent: 'pi_1',
  status: 'succeeded',
  payment_method_details: { card: { brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2030 } },
  ...overrides,
});
const intent = (overrides: Partial<StripeIntentView> = {}): StripeIntentView => ({
  id: 'pi_1',
  object: 'payment_intent',
  status: 'requires_capture',
  amount: 5000,
  amount_received: 0,
  currency: 'usd',
  latest_charge: charge(),
  last_payment_error: null,
  next_action: null,
  ...overrides,
});

describe('stripeStatus', () => {
  it.each([
    ['requires_payment_method', false, 0, 'requires_payment_method'],
    ['requires_payment_method', true, 0, 'failed'],
    ['requires_confirmation', false, 0, 'requires_payment_method'],
    ['requires_action', false, 0, 'requires_action'],
    ['processing', false, 0, 'requires_action'],
    ['requires_capture', false, 0, 'authorized'],
    ['succeeded', false, 0, 'captured'],
    ['succeeded', false, 1000, 'partially_refunded'],
    ['succeeded', false, 3000, 'refunded'],
    ['canceled', false, 0, 'cancelled'],
  ] as const)('maps %s (declined before: %s, refunded %i) to %s', (status, declined, refunded, expected) => {
    const lastError = declined ? { code: 'card_declined', decline_code: 'generic_decline', message: 'No.' } : null;
    expect(stripeStatus({ status, amount_received: 3000, last_payment_error: lastError }, refunded)).toBe(expected);
  });
});

describe('stripeDeclineCode', () => {
  it.each([
    [{ code: 'card_declined', decline_code: 'generic_decline' }, 'card_declined'],
    [{ code: 'card_declined', decline_code: 'insufficient_funds' }, 'insufficient_funds'],
    [{ code: 'expired_card' }, 'expired_card'],
    [{ code: 'incorrect_cvc' }, 'incorrect_cvc'],
    [{ code: 'payment_intent_authentication_failure' }, 'authentication_failed'],
    [{ code: 'card_declined', decline_code: 'do_not_honor' }, 'card_declined'],
  ])('reads %o as %s', (error, expected) => {
    expect(stripeDeclineCode(error)).toBe(expected);
  });
});

describe('fromStripeIntent', () => {
  it('takes the card, the authorised and refunded totals from the expanded charge', () => {
    const captured = intent({ status: 'succeeded', amount_received: 3000, latest_charge: charge({ amount_captured: 3000, amount_refunded: 1000 }) });
    expect(fromStripeIntent(captured)).toEqual({
      id: 'pi_1',
      status: 'partially_refunded',
      currency: 'USD',
      amount: 5000,
      amountAuthorized: 5000,
      amountCaptured: 3000,
      amountRefunded: 1000,
      nextAction: null,
      failure: null,
      card: { brand: 'visa', last4: '4242', expMonth: 12, expYear: 2030 },
    });
  });

  it('a declined attempt is failed with its reason and nothing authorised', () => {
    const declined = intent({
      status: 'requires_payment_method',
      latest_charge: charge({ status: 'failed' }),
      last_payment_error: { code: 'card_declined', decline_code: 'insufficient_funds', message: 'Your card has insufficient funds.' },
    });
    expect(fromStripeIntent(declined)).toMatchObject({ status: 'failed', amountAuthorized: 0, failure: { code: 'insufficient_funds', message: 'Your card has insufficient funds.' } });
  });

  it('passes the redirect on, and reads a webhook intent (charge as an id) by its status', () => {
    const challenged = intent({ status: 'requires_action', latest_charge: null, next_action: { type: 'redirect_to_url', redirect_to_url: { url: 'https://hooks.example/3ds' } } });
    expect(fromStripeIntent(challenged)).toMatchObject({ status: 'requires_action', amountAuthorized: 0, nextAction: { type: 'redirect', url: 'https://hooks.example/3ds' } });
    expect(fromStripeIntent(intent({ latest_charge: 'ch_1' }))).toMatchObject({ status: 'authorized', amountAuthorized: 5000, amountRefunded: 0, card: null });
  });

  it('reads a refunded charge as its intent totals', () => {
    expect(intentFromRefundedCharge({ ...charge({ amount_captured: 3000, amount_refunded: 3000 }), payment_intent: 'pi_1' })).toMatchObject({
      id: 'pi_1',
      status: 'refunded',
      amountCaptured: 3000,
      amountRefunded: 3000,
    });
  });
});
