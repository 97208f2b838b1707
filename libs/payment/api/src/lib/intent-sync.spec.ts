import type { GatewayIntent } from '@emporium/payment-gateways';
import type { Ledger } from '@emporium/payment-domain';
import type { Payment } from '@emporium/payment-data-access';
import { syncFromIntent } from './intent-sync';

const at = new Date('2026-11-26T12:00:00Z');
const payment = (status: Payment['status'], extra: Partial<Payment> = {}): Payment => ({
  id: 'p1',
  reference: 'CHK-1',
  gateway: 'test-gateway',
  intentId: 'pi_1',
  status,
  amount: 5000,
  currency: 'USD',
  customerId: null,
  returnUrl: 'http://localhost/pay/p1',
  card: null,
  failure: null,
  nextAction: null,
  authorizedAt: null,
  needsReview: null,
  createdAt: at,
  updatedAt: at,
  ...extra,
});
const intent = (overrides: Partial<GatewayIntent>): GatewayIntent => ({
  id: 'pi_1',
  status: 'authorized',
  currency: 'USD' as GatewayIntent['currency'],
  amount: 5000,
  amountAuthorized: 5000,
  amountCaptured: 0,
  amountRefunded: 0,
  nextAction: null,
  failure: null,
  card: { brand: 'visa', last4: '4242', expMonth: 12, expYear: 2030 },
  ...overrides,
});
const authorized: Ledger = [{ kind: 'authorization', amount: 5000, at, reference: 'k1' }];

describe('following a gateway intent', () => {
  it('records what the intent holds beyond the ledger, under the given reference', () => {
    const sync = syncFromIntent(payment('requires_action'), [], intent({}), 'evt_1', at);
    expect(sync.entries).toEqual([{ kind: 'authorization', amount: 5000, at, reference: 'evt_1' }]);
    expect(sync.changes).toMatchObject({ status: 'authorized', card: { last4: '4242' }, authorizedAt: at });
  });

  it('marks a partial capture that closed the authorisation as final, and adds refunds', () => {
    const sync = syncFromIntent(payment('authorized'), authorized, intent({ status: 'partially_refunded', amountCaptured: 3000, amountRefunded: 1000 }), 'evt_2', at);
    expect(sync.entries).toEqual([
      { kind: 'capture', amount: 3000, at, reference: 'evt_2', final: true },
      { kind: 'refund', amount: 1000, at, reference: 'evt_2' },
    ]);
    expect(sync.changes.status).toBe('partially_refunded');
  });

  it('never moves back: an older snapshot adds nothing and changes no status', () => {
    const captured: Ledger = [...authorized, { kind: 'capture', amount: 5000, at, reference: 'k2' }];
    const sync = syncFromIntent(payment('captured'), captured, intent({ status: 'authorized' }), 'evt_old', at);
    expect(sync.entries).toEqual([]);
    expect(sync.changes.status).toBeUndefined();
    expect(syncFromIntent(payment('captured'), captured, intent({ status: 'requires_action', amountAuthorized: 0 }), 'evt_older', at).changes.status).toBeUndefined();
  });

  it('records a void of an authorisation nothing was captured from', () => {
    const sync = syncFromIntent(payment('authorized'), authorized, intent({ status: 'cancelled' }), 'evt_3', at);
    expect(sync.entries).toEqual([{ kind: 'void', amount: 5000, at, reference: 'evt_3' }]);
    expect(sync.changes.status).toBe('cancelled');
  });

  it('keeps a declined payment payable with the decline beside it; a stale challenge webhook does not undo an answer', () => {
    const declined = syncFromIntent(payment('requires_payment_method'), [], intent({ status: 'failed', amountAuthorized: 0, failure: { code: 'card_declined', message: 'Declined' } }), 'k', at, 'answer');
    expect(declined.changes).toMatchObject({ failure: { code: 'card_declined' } });
    expect(declined.changes.status).toBeUndefined();
    // A failed challenge, answered directly: payable again. The same seen in a webhook after we moved on: ignored.
    const afterChallenge = syncFromIntent(payment('requires_action'), [], intent({ status: 'failed', amountAuthorized: 0, failure: { code: 'authentication_failed', message: 'No' } }), 'k', at, 'answer');
    expect(afterChallenge.changes.status).toBe('requires_payment_method');
    expect(syncFromIntent(payment('requires_action'), [], intent({ status: 'requires_payment_method', amountAuthorized: 0 }), 'evt', at, 'webhook').changes.status).toBeUndefined();
  });
});
