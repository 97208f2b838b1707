import { at, attempt, authorization, capture, refund } from '../testing/payment-fixtures';
import type { Ledger } from './ledger';
import { reconcileDecision, type RetrievedIntent } from './reconcile';

const now = at(2);
const intent = (status: RetrievedIntent['status'], amountAuthorized = 0, amountCaptured = 0, amountRefunded = 0): RetrievedIntent => ({
  status,
  amountAuthorized,
  amountCaptured,
  amountRefunded,
});
const authorised: Ledger = [authorization(10_000)];

describe('reconcileDecision for an authorisation', () => {
  const unknown = attempt('authorize', 1, 'unknown', 10_000);

  it('records the authorisation the gateway holds', () => {
    expect(reconcileDecision(unknown, intent('authorized', 10_000), [], now)).toEqual({
      type: 'succeeded',
      entries: [{ kind: 'authorization', amount: 10_000, at: now, reference: 'pay_1:authorize:1' }],
    });
  });

  it('records the capture too when the gateway captured automatically', () => {
    const decision = reconcileDecision(unknown, intent('captured', 10_000, 10_000), [], now);
    expect(decision).toMatchObject({ type: 'succeeded', entries: [{ kind: 'authorization' }, { kind: 'capture', amount: 10_000 }] });
  });

  it('waits for the shopper when the gateway asks for action', () => {
    expect(reconcileDecision(unknown, intent('requires_action'), [], now)).toEqual({ type: 'action_required' });
  });

  it('is failed when the gateway holds nothing and the intent went nowhere', () => {
    expect(reconcileDecision(unknown, intent('requires_payment_method'), [], now)).toEqual({ type: 'failed' });
    expect(reconcileDecision(unknown, intent('failed'), [], now)).toEqual({ type: 'failed' });
  });

  it('asks a person when the authorised amount is not the one asked for', () => {
    expect(reconcileDecision(unknown, intent('authorized', 9_000), [], now)).toMatchObject({ type: 'needs_review' });
  });
});

describe('reconcileDecision for a capture', () => {
  const unknown = attempt('capture', 1, 'unknown', 4_000);

  it('records the capture the gateway made', () => {
    expect(reconcileDecision(unknown, intent('partially_captured', 10_000, 4_000), authorised, now)).toEqual({
      type: 'succeeded',
      entries: [{ kind: 'capture', amount: 4_000, at: now, reference: 'pay_1:capture:1' }],
    });
  });

  it('marks a partial capture final when the gateway reports the payment captured', () => {
    const decision = reconcileDecision(unknown, intent('captured', 10_000, 4_000), authorised, now);
    expect(decision).toMatchObject({ type: 'succeeded', entries: [{ kind: 'capture', amount: 4_000, final: true }] });
  });

  it('is failed when the gateway captured nothing beyond the ledger', () => {
    expect(reconcileDecision(unknown, intent('authorized', 10_000), authorised, now)).toEqual({ type: 'failed' });
  });

  it('records nothing twice: an attempt already in the ledger succeeded with no new entries', () => {
    const ledger = [...authorised, capture(4_000, 'pay_1:capture:1')];
    expect(reconcileDecision(unknown, intent('partially_captured', 10_000, 4_000), ledger, now)).toEqual({ type: 'succeeded', entries: [] });
  });

  it('asks a person when the gateway holds less than the ledger, or a capture of another amount', () => {
    const ledger = [...authorised, capture(5_000, 'earlier')];
    expect(reconcileDecision(unknown, intent('partially_captured', 10_000, 3_000), ledger, now)).toMatchObject({
      type: 'needs_review',
      reason: 'the gateway shows less captured (3000) than the ledger (5000)',
    });
    expect(reconcileDecision(unknown, intent('partially_captured', 10_000, 2_500), authorised, now)).toEqual({
      type: 'needs_review',
      reason: 'the attempt asked for 4000 but the gateway moved 2500',
    });
  });

  it('records whatever was captured for an attempt that asked for everything', () => {
    const all = attempt('capture', 2, 'unknown');
    expect(reconcileDecision(all, intent('captured', 10_000, 10_000), authorised, now)).toMatchObject({ entries: [{ amount: 10_000 }] });
  });
});

describe('reconcileDecision for a refund and a void', () => {
  const captured = [...authorised, capture(10_000)];

  it('records the refund the gateway made, or fails when there is none', () => {
    const unknown = attempt('refund', 1, 'unknown', 2_500);
    expect(reconcileDecision(unknown, intent('partially_refunded', 10_000, 10_000, 2_500), captured, now)).toMatchObject({
      type: 'succeeded',
      entries: [{ kind: 'refund', amount: 2_500 }],
    });
    expect(reconcileDecision(unknown, intent('captured', 10_000, 10_000), captured, now)).toEqual({ type: 'failed' });
  });

  it('asks a person about a refund the ledger lacks while settling a capture', () => {
    const ledger = [...captured, refund(1_000)];
    expect(reconcileDecision(attempt('capture', 1, 'unknown'), intent('partially_refunded', 10_000, 10_000, 3_000), ledger, now)).toMatchObject({
      type: 'needs_review',
    });
  });

  it('records a void releasing what was capturable, or fails while the authorisation stands', () => {
    const unknown = attempt('void', 1, 'unknown');
    expect(reconcileDecision(unknown, intent('cancelled', 10_000), authorised, now)).toEqual({
      type: 'succeeded',
      entries: [{ kind: 'void', amount: 10_000, at: now, reference: 'pay_1:void:1' }],
    });
    expect(reconcileDecision(unknown, intent('authorized', 10_000), authorised, now)).toEqual({ type: 'failed' });
    expect(reconcileDecision(unknown, intent('expired', 10_000), authorised, now)).toMatchObject({ type: 'needs_review' });
  });

  it('throws for a retrieved amount that is not whole minor units', () => {
    expect(() => reconcileDecision(attempt('void', 1, 'unknown'), intent('cancelled', 99.5), authorised, now)).toThrow(RangeError);
  });
});
