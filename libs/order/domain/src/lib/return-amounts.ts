import type { Money } from '@emporium/money';
import { allocateLargestRemainder, type TaxMode } from '@emporium/pricing';
import type { OrderError } from './order-error';
import { type OrderLine, type OrderSnapshot, shippingPaid } from './order-snapshot';
import type { Result } from './result';

/**
 * When shipping is given back on a return:
 * - `when_everything_returned` (default): only by the return that brings every unit of every line back; a
 *   partial return keeps the shipping, because the parcel still travelled.
 * - `never`: shipping is a service rendered and is never refunded by a return.
 */
export type ShippingRefundRule = 'when_everything_returned' | 'never';

export const DEFAULT_SHIPPING_REFUND_RULE: ShippingRefundRule = 'when_everything_returned';

/** A quantity of one line. */
export interface LineQuantity {
  readonly lineId: string;
  readonly quantity: number;
}

/** What one unit of a line was paid, in minor units. `paid` = `net` (+ `tax` when tax is added on top). */
export interface UnitAmount {
  /** Unit price less this unit's discount (gross when inclusive, net when exclusive, like the line's total). */
  readonly net: number;
  /** This unit's part of each of the line's discounts, in the line's order. */
  readonly discounts: readonly number[];
  readonly tax: number;
  readonly paid: number;
}

/**
 * A line split into its units. Each discount allocation is spread over the units by the largest remainder of the
 * running total of the line's discounts (so the first units take the odd minor units, and no unit's discount
 * exceeds its price); the line's tax is spread in proportion to the units' nets. Sums per column equal the line's
 * discount and tax exactly, so refunding every unit refunds exactly what the line was paid.
 */
export function unitAmounts(line: OrderLine, taxMode: TaxMode): UnitAmount[] {
  const ones = Array.from({ length: line.quantity }, () => 1);
  let running = 0;
  let previous = ones.map(() => 0);
  const perDiscount = line.discounts.map((discount) => {
    running += discount.amount.amount;
    const cumulative = allocateLargestRemainder(running, ones);
    const shares = cumulative.map((value, unit) => value - (previous[unit] ?? 0));
    previous = cumulative;
    return shares;
  });
  const nets = previous.map((discount) => line.unitPrice.amount - discount);
  const taxes = nets.some((net) => net > 0) ? allocateLargestRemainder(line.tax.amount, nets) : nets.map(() => 0);
  return nets.map((net, unit) => {
    const tax = taxes[unit] ?? 0;
    return { net, discounts: perDiscount.map((shares) => shares[unit] ?? 0), tax, paid: net + (taxMode === 'exclusive' ? tax : 0) };
  });
}

export interface LineRefund {
  readonly lineId: string;
  readonly quantity: number;
  /** Each of the line's discounts given back with these units (code and amount), in the line's order. */
  readonly discounts: readonly { readonly code: string; readonly amount: Money }[];
  readonly net: Money;
  /** Contained in `amount` when inclusive, added to it when exclusive. */
  readonly tax: Money;
  readonly amount: Money;
}

export interface ReturnRefund {
  readonly lines: readonly LineRefund[];
  /** Shipping given back (charge less its discount, with its tax when added on top); zero unless the rule says. */
  readonly shipping: Money;
  /** The tax in `shipping`. */
  readonly shippingTax: Money;
  /** Line and shipping tax given back. */
  readonly tax: Money;
  /** What to refund to the customer. */
  readonly total: Money;
}

/**
 * The refund for `returning` units, after `alreadyRefunded` units of the same lines were refunded by earlier
 * returns. Units go back in order (the earlier returns took the first units), so any sequence of partial returns
 * adds up to exactly the full return and never to more than was paid. Refuses an unknown line, a quantity that
 * is not a whole number ≥ 1, and more units than are left (`ReturnExceedsBought`). A line named twice counts twice.
 */
export function returnRefund(
  snapshot: OrderSnapshot,
  alreadyRefunded: readonly LineQuantity[],
  returning: readonly LineQuantity[],
  rule: ShippingRefundRule = DEFAULT_SHIPPING_REFUND_RULE,
): Result<ReturnRefund, OrderError> {
  const { currency } = snapshot;
  const cash = (amount: number): Money => ({ amount, currency });
  const done = totalsByLine(snapshot, alreadyRefunded.filter((entry) => entry.quantity !== 0));
  if (!done.ok) return done;
  const now = totalsByLine(snapshot, returning);
  if (!now.ok) return now;
  if (now.value.size === 0) return { ok: false, error: { type: 'NothingToDo', action: 'refund' } };

  const lines: LineRefund[] = [];
  for (const line of snapshot.lines) {
    const quantity = now.value.get(line.lineId) ?? 0;
    if (quantity === 0) continue;
    const from = done.value.get(line.lineId) ?? 0;
    const returnable = Math.max(0, line.quantity - from);
    if (quantity > returnable) return { ok: false, error: { type: 'ReturnExceedsBought', lineId: line.lineId, requested: quantity, returnable } };
    const taken = unitAmounts(line, snapshot.taxMode).slice(from, from + quantity);
    const sum = (pick: (unit: UnitAmount) => number): number => taken.reduce((total, unit) => total + pick(unit), 0);
    lines.push({
      lineId: line.lineId,
      quantity,
      discounts: line.discounts.map((discount, index) => ({ code: discount.code, amount: cash(sum((unit) => unit.discounts[index] ?? 0)) })),
      net: cash(sum((unit) => unit.net)),
      tax: cash(sum((unit) => unit.tax)),
      amount: cash(sum((unit) => unit.paid)),
    });
  }

  const everythingBack = snapshot.lines.every(
    (line) => (done.value.get(line.lineId) ?? 0) + (now.value.get(line.lineId) ?? 0) >= line.quantity,
  );
  const refundShipping = rule === 'when_everything_returned' && everythingBack;
  const shipping = refundShipping ? shippingPaid(snapshot) : 0;
  const shippingTax = refundShipping ? snapshot.shipping.tax.amount : 0;
  const lineTax = lines.reduce((total, line) => total + line.tax.amount, 0);
  const lineAmount = lines.reduce((total, line) => total + line.amount.amount, 0);
  return {
    ok: true,
    value: { lines, shipping: cash(shipping), shippingTax: cash(shippingTax), tax: cash(lineTax + shippingTax), total: cash(lineAmount + shipping) },
  };
}

/** Quantities summed per line, refusing unknown lines and quantities that are not whole numbers ≥ 1. */
export function totalsByLine(snapshot: OrderSnapshot, quantities: readonly LineQuantity[]): Result<Map<string, number>, OrderError> {
  const totals = new Map<string, number>();
  for (const { lineId, quantity } of quantities) {
    if (!snapshot.lines.some((line) => line.lineId === lineId)) return { ok: false, error: { type: 'UnknownLine', lineId } };
    if (!Number.isSafeInteger(quantity) || quantity < 1) return { ok: false, error: { type: 'InvalidQuantity', lineId, quantity } };
    totals.set(lineId, (totals.get(lineId) ?? 0) + quantity);
  }
  return { ok: true, value: totals };
}
