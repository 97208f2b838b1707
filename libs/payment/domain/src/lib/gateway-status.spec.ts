import fc from 'fast-check';
import { mayApplyGatewayStatus } from './gateway-status';
import { isTerminal, PAYMENT_EVENTS, PAYMENT_STATUSES, transition } from './payment-status';

const statusArb = fc.constantFrom(...PAYMENT_STATUSES);

describe('mayApplyGatewayStatus', () => {
  it('moves a payment forward through authorisation, capture and refund', () => {
    expect(mayApplyGatewayStatus('requires_payment_method', 'requires_action')).toBe(true);
    expect(mayApplyGatewayStatus('requires_action', 'authorized')).toBe(true);
    expect(mayApplyGatewayStatus('authorized', 'captured')).toBe(true);
    expect(mayApplyGatewayStatus('partially_captured', 'partially_refunded')).toBe(true);
    expect(mayApplyGatewayStatus('partially_refunded', 'refunded')).toBe(true);
  });

  it('ignores a late webhook that would move the payment backwards, and a repeat', () => {
    expect(mayApplyGatewayStatus('captured', 'authorized')).toBe(false);
    expect(mayApplyGatewayStatus('authorized', 'requires_action')).toBe(false);
    expect(mayApplyGatewayStatus('captured', 'captured')).toBe(false);
  });

  it('accepts failed only before authorisation', () => {
    expect(mayApplyGatewayStatus('requires_action', 'failed')).toBe(true);
    expect(mayApplyGatewayStatus('authorized', 'failed')).toBe(false);
    expect(mayApplyGatewayStatus('partially_refunded', 'failed')).toBe(false);
  });

  it('accepts cancelled and expired only before any capture', () => {
    expect(mayApplyGatewayStatus('authorized', 'cancelled')).toBe(true);
    expect(mayApplyGatewayStatus('authorized', 'expired')).toBe(true);
    expect(mayApplyGatewayStatus('partially_captured', 'cancelled')).toBe(false);
    expect(mayApplyGatewayStatus('captured', 'expired')).toBe(false);
  });

  it('never leaves a terminal status', () => {
    fc.assert(
      fc.property(statusArb.filter(isTerminal), statusArb, (current, incoming) => {
        expect(mayApplyGatewayStatus(current, incoming)).toBe(false);
      }),
    );
  });

  it('never accepts both directions between two statuses', () => {
    fc.assert(
      fc.property(statusArb, statusArb, (a, b) => {
        expect(mayApplyGatewayStatus(a, b) && mayApplyGatewayStatus(b, a)).toBe(false);
      }),
    );
  });

  it('accepts every move the status machine makes', () => {
    for (const from of PAYMENT_STATUSES) {
      for (const event of PAYMENT_EVENTS) {
        const moved = transition(from, event);
        if (moved.ok) expect(mayApplyGatewayStatus(from, moved.value)).toBe(true);
      }
    }
  });
});
