import { isTerminal, PAYMENT_EVENTS, PAYMENT_STATUSES, type PaymentEvent, type PaymentStatus, transition } from './payment-status';

describe('payment status machine', () => {
  it.each<[PaymentStatus, PaymentEvent, PaymentStatus]>([
    ['requires_payment_method', 'action_required', 'requires_action'],
    ['requires_action', 'action_completed', 'authorized'],
    ['requires_payment_method', 'authorized', 'authorized'],
    ['requires_action', 'authorized', 'authorized'],
    ['requires_payment_method', 'failed', 'failed'],
    ['requires_action', 'failed', 'failed'],
    ['requires_payment_method', 'voided', 'cancelled'],
    ['authorized', 'voided', 'cancelled'],
    ['requires_action', 'expired', 'expired'],
    ['authorized', 'expired', 'expired'],
  ])('moves %s on %s to %s', (from, event, to) => {
    expect(transition(from, event)).toEqual({ ok: true, value: to });
  });

  it('refuses to fail a payment once money is held, naming the status and the event', () => {
    expect(transition('authorized', 'failed')).toEqual({ ok: false, error: { type: 'TransitionRefused', from: 'authorized', event: 'failed' } });
  });

  it('refuses to void or expire a payment after a capture', () => {
    for (const from of ['partially_captured', 'captured', 'partially_refunded'] as const) {
      expect(transition(from, 'voided').ok).toBe(false);
      expect(transition(from, 'expired').ok).toBe(false);
    }
  });

  it('refuses a repeated authorisation and completing an action nobody asked for', () => {
    expect(transition('authorized', 'authorized').ok).toBe(false);
    expect(transition('requires_payment_method', 'action_completed').ok).toBe(false);
  });

  it('lets no event move a payment out of a terminal status', () => {
    for (const from of PAYMENT_STATUSES.filter(isTerminal)) {
      for (const event of PAYMENT_EVENTS) expect(transition(from, event).ok).toBe(false);
    }
  });

  it('counts refunded, cancelled, failed and expired as terminal, and nothing else', () => {
    expect(PAYMENT_STATUSES.filter(isTerminal)).toEqual(['refunded', 'cancelled', 'failed', 'expired']);
  });
});
