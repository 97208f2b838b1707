import type { Money } from '@emporium/money';
import type { OrderError } from './order-error';
import type { OrderSnapshot } from './order-snapshot';
import { capturable, type OrderFacts, refundable } from './order-status';
import type { Result } from './result';

export interface LineChange {
  readonly lineId: string;
  /** 0 for a line the edit adds. */
  readonly from: number;
  /** 0 for a line the edit removes. */
  readonly to: number;
}

/**
 * The money side of an edit. `difference` is new total − old total (signed). After the edit the order owes the new
 * total; what was paid (captured − refunded) beyond it is `refund`; what is still owed is first taken from the open
 * authorisation (captured later, as usual) and the rest needs `additionalAuthorization` from the customer.
 */
export interface EditSettlement {
  readonly difference: Money;
  readonly refund: Money;
  readonly additionalAuthorization: Money;
  /** Lines whose quantity changed, in the new order then the removed ones: stock to reserve (up) or release (down). */
  readonly changes: readonly LineChange[];
}

/**
 * Staff edit an order (change a quantity, remove or add a line) before anything is fulfilled. The caller re-prices
 * the edited cart with the pricing lib and snapshots it; this compares the two. Refused once any unit is fulfilled,
 * on a cancelled order, or when the currencies differ.
 */
export function settleEdit(previous: OrderSnapshot, next: OrderSnapshot, facts: OrderFacts): Result<EditSettlement, OrderError> {
  if (facts.cancelled) return { ok: false, error: { type: 'OrderCancelled' } };
  const fulfilledQuantity = facts.lines.reduce((total, line) => total + line.fulfilled, 0);
  if (fulfilledQuantity > 0) return { ok: false, error: { type: 'EditAfterFulfilment', fulfilledQuantity } };
  if (next.currency !== previous.currency) return { ok: false, error: { type: 'CurrencyMismatch', expected: previous.currency, actual: next.currency } };
  const cash = (amount: number): Money => ({ amount, currency: previous.currency });

  const newTotal = next.totals.total.amount;
  const paid = refundable(facts.payment);
  const owed = Math.max(0, newTotal - paid);
  const quantityOf = (snapshot: OrderSnapshot, lineId: string): number => snapshot.lines.find((line) => line.lineId === lineId)?.quantity ?? 0;
  const ids = [...next.lines.map((line) => line.lineId), ...previous.lines.map((line) => line.lineId)];
  const changes = [...new Set(ids)]
    .map((lineId) => ({ lineId, from: quantityOf(previous, lineId), to: quantityOf(next, lineId) }))
    .filter((change) => change.from !== change.to);
  return {
    ok: true,
    value: {
      difference: cash(newTotal - previous.totals.total.amount),
      refund: cash(Math.max(0, paid - newTotal)),
      additionalAuthorization: cash(Math.max(0, owed - capturable(facts.payment))),
      changes,
    },
  };
}
