import { GatewayIdempotencyConflict, GatewayRejected, GatewayUnavailable } from '@emporium/payment-gateways';
import { PAYMENT_FAILURE_REASONS } from '@emporium/platform-observability';
import { callFailureReason, declineReason } from './payment-failure-reasons';

describe('payment failure reasons', () => {
  it('labels a decline with its decline code', () => {
    expect(declineReason({ failure: { code: 'insufficient_funds', message: 'Insufficient funds' } })).toBe('insufficient_funds');
  });

  it('keeps the label set closed: an unknown or missing code is declined_other', () => {
    expect(declineReason({ failure: { code: 'some_new_code' as never, message: '?' } })).toBe('declined_other');
    expect(declineReason({ failure: null })).toBe('declined_other');
  });

  it('labels calls without a decision by what went wrong', () => {
    expect(callFailureReason(new GatewayRejected('test-gateway', 'amount_too_large', 'too large', { status: 400 }))).toBe('gateway_refused');
    expect(callFailureReason(new GatewayIdempotencyConflict('test-gateway', 'key'))).toBe('gateway_refused');
    expect(callFailureReason(new GatewayUnavailable('test-gateway', 'timeout', 'no answer'))).toBe('gateway_unavailable');
    expect(callFailureReason(new TypeError('bug'))).toBe('error');
  });

  it('only ever answers reasons the metric declares', () => {
    const answers = [declineReason({ failure: null }), callFailureReason(undefined)];
    for (const answer of answers) expect(PAYMENT_FAILURE_REASONS).toContain(answer);
  });
});
