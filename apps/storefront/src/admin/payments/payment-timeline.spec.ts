import { describe, expect, it } from 'vitest';
import { attemptLabel, ledgerLabel, paymentTimeline } from './payment-timeline';

const attempt = (operation: string, sequence: number, outcome: string, createdAt: string, extra: { amount?: number; reason?: string; error?: string } = {}) => ({
  operation,
  sequence,
  idempotencyKey: `p1:${operation}:${sequence}`,
  amount: extra.amount ?? null,
  reason: extra.reason ?? null,
  outcome,
  error: extra.error ?? null,
  actor: 'staff:u1',
  createdAt,
  settledAt: null,
});
const entry = (kind: string, amount: number, at: string, extra: { final?: boolean; reason?: string } = {}) => ({
  kind,
  amount,
  at,
  reference: `ref-${kind}`,
  final: extra.final ?? false,
  reason: extra.reason ?? null,
  gatewayRef: null,
});

describe('timeline labels', () => {
  it('says what moved in the payment’s currency', () => {
    expect(ledgerLabel({ kind: 'capture', amount: 2000, final: false }, 'USD')).toBe('Captured $20.00');
    expect(ledgerLabel({ kind: 'capture', amount: 2000, final: true }, 'USD')).toBe('Captured $20.00, the rest released');
    expect(ledgerLabel({ kind: 'authorization', amount: 1500, final: false }, 'JPY')).toBe('Authorised ¥1,500');
    expect(ledgerLabel({ kind: 'refund', amount: 550, final: false }, 'EUR')).toBe('Refunded €5.50');
    expect(ledgerLabel({ kind: 'void', amount: 5000, final: false }, 'USD')).toBe('Voided (released $50.00)');
  });

  it('numbers attempts per operation and says how they ended and who made them', () => {
    expect(attemptLabel({ operation: 'capture', sequence: 1, outcome: 'succeeded', actor: 'staff:u1' })).toBe('Capture attempt 1 — succeeded (staff:u1)');
    expect(attemptLabel({ operation: 'refund', sequence: 2, outcome: 'unknown', actor: 'job' })).toBe('Refund attempt 2 — outcome unknown (job)');
    expect(attemptLabel({ operation: 'create', sequence: 1, outcome: 'succeeded', actor: 'shopper' })).toBe('Intent creation attempt 1 — succeeded (shopper)');
  });
});

describe('paymentTimeline', () => {
  it('merges the ledger, attempts and gateway events newest first, each result above the attempt that led to it', () => {
    const timeline = paymentTimeline(
      {
        ledger: [entry('authorization', 5000, '2026-03-01T10:00:01Z'), entry('capture', 2000, '2026-03-01T11:00:00Z', { final: true })],
        attempts: [
          attempt('authorize', 1, 'succeeded', '2026-03-01T10:00:00Z'),
          attempt('capture', 1, 'succeeded', '2026-03-01T11:00:00Z', { amount: 2000 }),
          attempt('refund', 1, 'failed', '2026-03-01T12:00:00Z', { amount: 9000, reason: 'Damaged', error: 'amount_too_large' }),
        ],
        events: [{ eventId: 'evt_1', type: 'payment_intent.succeeded', receivedAt: new Date('2026-03-01T11:00:02Z') }],
      },
      'USD',
    );
    expect(timeline.map((item) => item.title)).toEqual([
      'Refund attempt 1 — failed (staff:u1)',
      'Gateway event payment_intent.succeeded',
      'Captured $20.00, the rest released',
      'Capture attempt 1 — succeeded (staff:u1)',
      'Authorised $50.00',
      'Authorisation attempt 1 — succeeded (staff:u1)',
    ]);
    expect(timeline[0]).toMatchObject({ source: 'attempt', idempotencyKey: 'p1:refund:1', outcome: 'failed', details: ['Amount $90.00', 'Reason: Damaged', 'Error: amount_too_large'] });
    expect(timeline[1]?.at).toBe('2026-03-01T11:00:02.000Z');
    expect(new Set(timeline.map((item) => item.key)).size).toBe(timeline.length);
  });

  it('is empty for a payment nothing happened to yet', () => {
    expect(paymentTimeline({ ledger: [], attempts: [], events: [] }, 'USD')).toEqual([]);
  });
});
