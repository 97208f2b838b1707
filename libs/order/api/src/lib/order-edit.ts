import type { CurrencyCode, Money } from '@emporium/money';
import { type OrderLine, type OrderSnapshot, settleEdit, unitAmounts } from '@emporium/order-domain';
import { appendTimeline, applyEdit, nextPaymentSeq, orderFacts } from '@emporium/order-data-access';
import { inTransaction } from '@emporium/platform-db';
import { domainError, type RequestContext } from '@emporium/platform-trpc';
import { lockExisting } from './order-access';
import { orderRuleError, unwrap } from './order-errors';
import { identity, ORDER_EVENTS, type OrderEdited, publishOrderEvent } from './order-events';
import { paymentFacts, paymentOf, refundPayment, requestKey } from './order-services';
import { putBack } from './order-stock';

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** A line cut to its first `to` units, each unit keeping exactly the discount and tax share it was bought with. */
function keepUnits(line: OrderLine, to: number, snapshot: OrderSnapshot): OrderLine {
  const cash = (amount: number): Money => ({ amount, currency: snapshot.currency as CurrencyCode });
  const units = unitAmounts(line, snapshot.taxMode).slice(0, to);
  const discounts = line.discounts.map((discount, index) => ({ ...discount, amount: cash(sum(units.map((unit) => unit.discounts[index] ?? 0))) }));
  const discount = sum(discounts.map((entry) => entry.amount.amount));
  const subtotal = line.unitPrice.amount * to;
  const tax = sum(units.map((unit) => unit.tax));
  const total = subtotal - discount;
  return {
    ...line,
    quantity: to,
    subtotal: cash(subtotal),
    discounts: discounts.filter((entry) => entry.amount.amount > 0),
    discount: cash(discount),
    total: cash(total),
    taxes: line.taxes.slice(0, 1).map((entry) => ({ basisPoints: entry.basisPoints, taxableBase: cash(snapshot.taxMode === 'exclusive' ? total : total - tax), tax: cash(tax) })),
    tax: cash(tax),
  };
}

/**
 * The order after lowering quantities (0 removes a line), at the prices it was bought at: a kept unit costs what it
 * cost, with its share of each discount and of the tax, so the difference is exactly what the removed units were paid
 * (the amount a return of them would refund). Shipping is kept. Coupons are not re-evaluated: the shop honours the
 * discount it granted on the units that stay.
 */
export function editedSnapshot(snapshot: OrderSnapshot, quantities: ReadonlyMap<string, number>): OrderSnapshot {
  const cash = (amount: number): Money => ({ amount, currency: snapshot.currency as CurrencyCode });
  const lines = snapshot.lines.flatMap((line) => {
    const to = quantities.get(line.lineId) ?? line.quantity;
    return to === 0 ? [] : [to === line.quantity ? line : keepUnits(line, to, snapshot)];
  });
  const before = new Map(snapshot.lines.map((line) => [line.lineId, line]));
  const removed = (pick: (line: OrderLine) => number, byCode?: string) =>
    sum(
      snapshot.lines.map((line) => {
        const after = lines.find((candidate) => candidate.lineId === line.lineId);
        if (byCode === undefined) return pick(line) - (after ? pick(after) : 0);
        const amount = (entry: OrderLine | undefined) => sum((entry?.discounts ?? []).filter((discount) => discount.code === byCode).map((discount) => discount.amount.amount));
        return amount(before.get(line.lineId)) - amount(after);
      }),
    );
  const paid = (line: OrderLine) => line.total.amount + (snapshot.taxMode === 'exclusive' ? line.tax.amount : 0);
  const taxByRate = (basisPoints: number) =>
    sum(snapshot.lines.map((line) => sum(line.taxes.filter((tax) => tax.basisPoints === basisPoints).map((tax) => tax.tax.amount)))) -
    sum(lines.map((line) => sum(line.taxes.filter((tax) => tax.basisPoints === basisPoints).map((tax) => tax.tax.amount))));
  const baseByRate = (basisPoints: number) =>
    sum(snapshot.lines.map((line) => sum(line.taxes.filter((tax) => tax.basisPoints === basisPoints).map((tax) => tax.taxableBase.amount)))) -
    sum(lines.map((line) => sum(line.taxes.filter((tax) => tax.basisPoints === basisPoints).map((tax) => tax.taxableBase.amount))));
  const { totals } = snapshot;
  return {
    ...snapshot,
    lines,
    discounts: snapshot.discounts.map((discount) => ({ ...discount, amount: cash(discount.amount.amount - removed(() => 0, discount.code)) })),
    taxes: snapshot.taxes.map((tax) => ({ ...tax, taxableBase: cash(tax.taxableBase.amount - baseByRate(tax.basisPoints)), tax: cash(tax.tax.amount - taxByRate(tax.basisPoints)) })),
    totals: {
      subtotal: cash(sum(lines.map((line) => line.subtotal.amount))),
      discountTotal: cash(totals.discountTotal.amount - removed((line) => line.discount.amount)),
      shipping: totals.shipping,
      taxTotal: cash(totals.taxTotal.amount - removed((line) => line.tax.amount)),
      total: cash(totals.total.amount - removed(paid)),
    },
  };
}

/** Staff lower quantities before anything is fulfilled; the removed units go back to stock and money paid beyond the new total is refunded. */
export async function editByStaff(ctx: RequestContext, actor: string, input: { orderId: string; changes: readonly { lineId: string; quantity: number }[] }) {
  return inTransaction(ctx.db, async (trx) => {
    const order = await lockExisting(trx, input.orderId);
    input.changes.forEach((change, index) => {
      const line = order.lines.find((candidate) => candidate.lineId === change.lineId);
      if (!line) throw orderRuleError({ type: 'UnknownLine', lineId: change.lineId }, `changes.${index}.lineId`);
      if (change.quantity > line.ordered) {
        throw domainError('BAD_REQUEST', 'EDIT_RAISES_QUANTITY', `An edit can lower a quantity or remove a line; to sell more, place a new order.`, { field: `changes.${index}.quantity`, lineId: line.lineId });
      }
    });
    const quantities = new Map(input.changes.map((change) => [change.lineId, change.quantity]));
    const next = editedSnapshot(order.snapshot, quantities);
    if (next.lines.length === 0) throw domainError('BAD_REQUEST', 'EDIT_REMOVES_EVERYTHING', 'An edit cannot remove every line; cancel the order instead.', { field: 'changes' });
    const payment = await paymentOf(ctx, order);
    const settlement = unwrap(settleEdit(order.snapshot, next, orderFacts(order, paymentFacts(payment))));
    const released = settlement.changes.filter((change) => change.to < change.from).map((change) => ({ lineId: change.lineId, quantity: change.from - change.to }));
    const seq = await nextPaymentSeq(trx, order.id);
    await putBack(ctx, order, released, { key: requestKey(order.id, 'edit', seq, released), reason: 'cancellation', whole: false });
    if (settlement.refund.amount > 0 && order.paymentId) {
      await refundPayment(ctx, order.paymentId, settlement.refund.amount, `Order ${order.number} edited`, requestKey(order.id, 'refund', seq, settlement.refund.amount));
    }
    await applyEdit(trx, order.id, next);
    const changes = settlement.changes.map(({ lineId, from, to }) => ({ lineId, from, to }));
    await appendTimeline(trx, order.id, { actor, kind: 'order.edited', details: { changes, total: next.totals.total.amount, refunded: settlement.refund.amount } });
    const payload: OrderEdited = { ...identity(order), changes, total: next.totals.total.amount, refunded: settlement.refund.amount };
    await publishOrderEvent(ctx.events, trx, ORDER_EVENTS.edited, payload);
    return { total: next.totals.total.amount, difference: settlement.difference.amount, refunded: settlement.refund.amount, changes };
  });
}
