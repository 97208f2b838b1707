import { describe, expect, it } from 'vitest';
import { brandName, isPaidStatus, paymentReceivedText, paymentStage } from './payment-stage';

// An address that would run script if followed (built so the linter does not take it for one in this file).
const SCRIPT_URL = ['javascript', 'alert(1)'].join(':');

const view = (overrides: Partial<Parameters<typeof paymentStage>[0]> = {}) => ({
  status: 'requires_payment_method',
  processing: false,
  decline: null,
  nextAction: null,
  ...overrides,
});

describe('paymentStage', () => {
  it('asks for a card while the payment needs one, with the last decline', () => {
    expect(paymentStage(view())).toEqual({ kind: 'enter-card', decline: null });
    const decline = { code: 'card_declined', message: 'Your card was declined. Try another card, or ask your bank why.' };
    expect(paymentStage(view({ decline }))).toEqual({ kind: 'enter-card', decline });
  });

  it('sends the shopper to the bank’s check when the payment requires action', () => {
    expect(paymentStage(view({ status: 'requires_action', nextAction: { type: 'redirect', url: 'http://127.0.0.1:4020/challenge/pi_1' } }))).toEqual({
      kind: 'challenge',
      url: 'http://127.0.0.1:4020/challenge/pi_1',
    });
  });

  it('never follows a challenge address that is not http(s), and waits instead', () => {
    expect(paymentStage(view({ status: 'requires_action', nextAction: { type: 'redirect', url: SCRIPT_URL } }))).toEqual({ kind: 'processing' });
    expect(paymentStage(view({ status: 'requires_action', nextAction: null }))).toEqual({ kind: 'processing' });
  });

  it('shows processing while an outcome is being settled, even over a card form', () => {
    expect(paymentStage(view({ processing: true }))).toEqual({ kind: 'processing' });
  });

  it('counts money held or taken as paid, even while something else settles', () => {
    for (const status of ['authorized', 'partially_captured', 'captured', 'partially_refunded']) {
      expect(paymentStage(view({ status }))).toEqual({ kind: 'paid' });
      expect(paymentStage(view({ status, processing: true }))).toEqual({ kind: 'paid' });
      expect(isPaidStatus(status)).toBe(true);
    }
    expect(isPaidStatus('requires_action')).toBe(false);
  });

  it('says why a payment that can no longer be paid cannot', () => {
    expect(paymentStage(view({ status: 'cancelled' }))).toEqual({ kind: 'closed', message: 'This payment was cancelled. Contact the shop if you still want to pay.' });
    expect(paymentStage(view({ status: 'expired' }))).toMatchObject({ kind: 'closed', message: expect.stringContaining('expired') });
    expect(paymentStage(view({ status: 'failed' }))).toMatchObject({ kind: 'closed' });
    expect(paymentStage(view({ status: 'refunded' }))).toEqual({ kind: 'closed', message: 'This payment was refunded.' });
    expect(paymentStage(view({ status: 'something_new' }))).toMatchObject({ kind: 'closed' });
  });
});

describe('paymentReceivedText', () => {
  it('names the amount, the brand and the last digits of the card', () => {
    expect(paymentReceivedText({ amount: { amount: 12_50, currency: 'USD' }, card: { brand: 'visa', last4: '4242' } })).toBe('Payment received — $12.50, Visa ·· 4242');
  });

  it('leaves the card out when there is none to name', () => {
    expect(paymentReceivedText({ amount: { amount: 500, currency: 'JPY' }, card: null })).toBe('Payment received — ¥500');
  });
});

describe('brandName', () => {
  it('writes brands as printed on cards and an unknown one as “Card”', () => {
    expect(brandName('visa')).toBe('Visa');
    expect(brandName('MasterCard')).toBe('Mastercard');
    expect(brandName('amex')).toBe('American Express');
    expect(brandName('unknown')).toBe('Card');
  });
});

