import fc from 'fast-check';
import { at } from '../testing/payment-fixtures';
import { checkCapture, checkRefund, checkVoid } from './amount-rules';
import { mayApplyGatewayStatus } from './gateway-status';
import { amounts, appendEntry, authorizationClosure, type Ledger, type MoneyStatus, type PaymentAmounts, statusFromLedger } from './ledger';
import type { Result } from './result';

/** An operation staff or the gateway try; `share` is a percentage of what is left, so some fit and some do not. */
const operationArb = fc.record({
  kind: fc.constantFrom('capture', 'final_capture', 'refund', 'void', 'expire', 'authorize_more'),
  share: fc.oneof(fc.integer({ min: 0, max: 130 }), fc.constant(100)),
  fraction: fc.constantFrom(0, 0, 0, 0.5),
});
type Operation = typeof operationArb extends fc.Arbitrary<infer T> ? T : never;
const scenarioArb = fc.record({ authorized: fc.integer({ min: 1, max: 5_000_000 }), operations: fc.array(operationArb, { maxLength: 25 }) });

/** One step: the check decides; only an accepted operation appends. Returns the check's result and the new ledger. */
function step(ledger: Ledger, op: Operation, index: number): { result: Result<number, unknown>; ledger: Ledger } {
  const { capturable, refundable } = amounts(ledger);
  const share = (left: number) => Math.floor((left * op.share) / 100) + op.fraction;
  const entry = (kind: 'capture' | 'refund' | 'void' | 'authorization_expired' | 'authorization', amount: number, final?: boolean) =>
    appendEntry(ledger, { kind, amount, at: at(index), reference: `ref-${index}`, ...(final ? { final } : {}) });
  switch (op.kind) {
    case 'capture':
    case 'final_capture': {
      const result = checkCapture(ledger, share(capturable));
      return { result, ledger: result.ok ? entry('capture', result.value, op.kind === 'final_capture') : ledger };
    }
    case 'refund': {
      const result = checkRefund(ledger, share(refundable));
      return { result, ledger: result.ok ? entry('refund', result.value) : ledger };
    }
    case 'void': {
      const result = checkVoid(ledger);
      return { result, ledger: result.ok ? entry('void', result.value) : ledger };
    }
    case 'expire': {
      // The gateway lets an open authorisation lapse; there is no check, only the fact.
      const open = authorizationClosure(ledger) === null;
      return { result: open ? { ok: true, value: capturable } : { ok: false, error: 'closed' }, ledger: open ? entry('authorization_expired', capturable) : ledger };
    }
    case 'authorize_more': {
      // Gateways raise an authorisation only before anything is captured.
      const open = authorizationClosure(ledger) === null && amounts(ledger).captured === 0 && op.share > 0;
      return { result: open ? { ok: true, value: op.share } : { ok: false, error: 'closed' }, ledger: open ? entry('authorization', op.share) : ledger };
    }
  }
}

function replay(authorized: number, operations: readonly Operation[], onStep: (before: Ledger, after: Ledger, result: Result<number, unknown>) => void) {
  let ledger: Ledger = [{ kind: 'authorization', amount: authorized, at: at(), reference: 'auth' }];
  operations.forEach((op, index) => {
    const before = ledger;
    const snapshot = structuredClone(before);
    const next = step(Object.freeze(before), op, index + 1);
    expect(before).toEqual(snapshot);
    onStep(before, next.ledger, next.result);
    ledger = next.ledger;
  });
  return ledger;
}

function consistent(status: MoneyStatus | null, a: PaymentAmounts): boolean {
  switch (status) {
    case null:
      return false;
    case 'authorized':
      return a.captured === 0 && a.refunded === 0 && a.capturable === a.authorized;
    case 'partially_captured':
      return a.captured > 0 && a.capturable > 0 && a.refunded === 0;
    case 'captured':
      return a.captured > 0 && a.capturable === 0 && a.refunded === 0;
    case 'partially_refunded':
      return a.refunded > 0 && (a.refundable > 0 || a.capturable > 0);
    case 'refunded':
      return a.refunded > 0 && a.refundable === 0 && a.capturable === 0;
    case 'cancelled':
    case 'expired':
      return a.captured === 0 && a.capturable === 0;
  }
}

describe('ledger properties', () => {
  it('keeps refunded ≤ captured ≤ authorized through any sequence of checked operations', () => {
    fc.assert(
      fc.property(scenarioArb, ({ authorized, operations }) => {
        replay(authorized, operations, (_before, after) => {
          const a = amounts(after);
          expect(a.refunded).toBeLessThanOrEqual(a.captured);
          expect(a.captured).toBeLessThanOrEqual(a.authorized);
          expect(a.capturable).toBeGreaterThanOrEqual(0);
          expect(a.refundable).toBe(a.captured - a.refunded);
        });
      }),
    );
  });

  it('counts as captured exactly the sum of the accepted partial captures', () => {
    fc.assert(
      fc.property(scenarioArb, ({ authorized, operations }) => {
        let accepted = 0;
        const ledger = replay(authorized, operations, (before, after) => {
          if (after.length > before.length && after.at(-1)!.kind === 'capture') accepted += after.at(-1)!.amount;
        });
        expect(amounts(ledger).captured).toBe(accepted);
      }),
    );
  });

  it('derives a status consistent with the amounts, which never moves backwards', () => {
    fc.assert(
      fc.property(scenarioArb, ({ authorized, operations }) => {
        replay(authorized, operations, (before, after) => {
          const previous = statusFromLedger(before);
          const status = statusFromLedger(after);
          expect(consistent(status, amounts(after))).toBe(true);
          if (status !== previous) expect(mayApplyGatewayStatus(previous!, status!)).toBe(true);
        });
      }),
    );
  });

  it('leaves the ledger unchanged when an operation is refused', () => {
    fc.assert(
      fc.property(scenarioArb, ({ authorized, operations }) => {
        replay(authorized, operations, (before, after, result) => {
          if (!result.ok) expect(after).toBe(before);
          else expect(after).toHaveLength(before.length + 1);
        });
      }),
    );
  });

  it('accepts any whole amount up to what is capturable and refuses any above it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 1, max: 2_000_000 }), (auth, taken, asked) => {
        const captured = Math.min(taken, auth);
        const ledger: Ledger = [
          { kind: 'authorization', amount: auth, at: at(), reference: 'a' },
          ...(captured > 0 ? [{ kind: 'capture' as const, amount: captured, at: at(1), reference: 'c' }] : []),
        ];
        expect(checkCapture(ledger, asked).ok).toBe(asked <= auth - captured);
        expect(checkRefund(ledger, asked).ok).toBe(asked <= captured);
      }),
    );
  });
});
