import { fromTestGatewayIntent, testGatewayStatus } from './test-gateway-status';
import type { TestGatewayIntent } from './test-gateway-schemas';

const intent = (overrides: Partial<TestGatewayIntent> = {}): TestGatewayIntent => ({
  id: 'pi_1',
  object: 'payment_intent',
  status: 'requires_capture',
  amount: 5000,
  amountCapturable: 5000,
  amountReceived: 0,
  amountRefunded: 0,
  currency: 'usd',
  card: { brand: 'visa', last4: '4242', expMonth: 12, expYear: 2030 },
  nextAction: null,
  lastError: null,
  ...overrides,
});

describe('testGatewayStatus', () => {
  it.each([
    ['requires_payment_method', 0, 0, 'requires_payment_method'],
    ['requires_action', 0, 0, 'requires_action'],
    ['requires_capture', 0, 0, 'authorized'],
    ['succeeded', 3000, 0, 'captured'],
    ['succeeded', 3000, 1000, 'partially_refunded'],
    ['succeeded', 3000, 3000, 'refunded'],
    ['canceled', 0, 0, 'cancelled'],
    ['failed', 0, 0, 'failed'],
  ] as const)('maps %s (received %i, refunded %i) to %s', (status, amountReceived, amountRefunded, expected) => {
    expect(testGatewayStatus({ status, amountReceived, amountRefunded })).toBe(expected);
  });
});

describe('fromTestGatewayIntent', () => {
  it('counts the amount as authorised only once the card was authorised', () => {
    expect(fromTestGatewayIntent(intent({ status: 'requires_payment_method', card: null, amountCapturable: 0 })).amountAuthorized).toBe(0);
    expect(fromTestGatewayIntent(intent()).amountAuthorized).toBe(5000);
    expect(fromTestGatewayIntent(intent({ status: 'canceled', amountCapturable: 0 })).amountAuthorized).toBe(5000);
    expect(fromTestGatewayIntent(intent({ status: 'failed', lastError: { code: 'card_declined', message: 'No.' } })).amountAuthorized).toBe(0);
  });

  it('maps decline codes, an unknown one as a plain decline, and upper-cases the currency', () => {
    const failed = (code: string) => fromTestGatewayIntent(intent({ status: 'failed', lastError: { code, message: 'No.' } })).failure;
    expect(failed('insufficient_funds')).toEqual({ code: 'insufficient_funds', message: 'No.' });
    expect(failed('authentication_failed')?.code).toBe('authentication_failed');
    expect(failed('do_not_honor')?.code).toBe('card_declined');
    expect(fromTestGatewayIntent(intent()).currency).toBe('USD');
  });

  it('passes the challenge URL on as a redirect', () => {
    const challenged = intent({ status: 'requires_action', amountCapturable: 0, nextAction: { type: 'redirect', url: 'http://gw.test/challenge/pi_1' } });
    expect(fromTestGatewayIntent(challenged)).toMatchObject({ status: 'requires_action', nextAction: { type: 'redirect', url: 'http://gw.test/challenge/pi_1' } });
  });
});
