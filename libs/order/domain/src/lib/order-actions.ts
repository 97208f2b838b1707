import type { Money } from '@emporium/money';
import type { OrderError } from './order-error';
import type { OrderSnapshot } from './order-snapshot';
import { assertConsistent, capturable, type LineFacts, type OrderFacts, refundable } from './order-status';
import type { Result } from './result';
import { type LineQuantity, returnRefund, type ReturnRefund, type ShippingRefundRule } from './return-amounts';

export type ReturnReason = 'damaged' | 'wrong_item' | 'not_as_described' | 'changed_mind' | 'other';

export interface ReturnRequestLine extends LineQuantity {
  readonly reason: ReturnReason;
  readonly note?: string;
}

/** What the payment service must do for the decision; amounts in the order's currency. */
export type PaymentInstruction = { readonly kind: 'void'; readonly amount: Money } | { readonly kind: 'refund'; readonly amount: Money };

export interface OrderDecision {
  /** The facts once the decision is carried out (payment facts unchanged: the payment service reports those). */
  readonly facts: OrderFacts;
  /** Units to put back into available stock. */
  readonly restock: readonly LineQuantity[];
  readonly payment: readonly PaymentInstruction[];
  /** The computed refund, for returns. */
  readonly refund?: ReturnRefund;
}

/** An order as the rules see it: what was bought and what has happened since. */
export interface OrderState {
  readonly snapshot: OrderSnapshot;
  readonly facts: OrderFacts;
}

/**
 * Cancels an order nothing of which has shipped: every unit goes back to stock, the open authorisation is voided
 * and whatever was captured is refunded. Refused once any unit shipped (a return is the way then) or twice.
 */
export function cancel(order: OrderState): Result<OrderDecision, OrderError> {
  const { facts, snapshot } = order;
  assertConsistent(facts);
  if (facts.cancelled) return { ok: false, error: { type: 'OrderCancelled' } };
  const shippedQuantity = facts.lines.reduce((total, line) => total + line.shipped, 0);
  if (shippedQuantity > 0) return { ok: false, error: { type: 'CancelAfterShipment', shippedQuantity } };
  const cash = (amount: number): Money => ({ amount, currency: snapshot.currency });
  const payment: PaymentInstruction[] = [];
  const open = capturable(facts.payment);
  if (open > 0) payment.push({ kind: 'void', amount: cash(open) });
  const captured = refundable(facts.payment);
  if (captured > 0) payment.push({ kind: 'refund', amount: cash(captured) });
  return {
    ok: true,
    value: {
      facts: { ...facts, cancelled: true },
      restock: facts.lines.filter((line) => line.ordered > 0).map((line) => ({ lineId: line.lineId, quantity: line.ordered })),
      payment,
    },
  };
}

/** The customer asks to send back delivered units, each line with a reason. Nothing moves until staff receive them. */
export function requestReturn(order: OrderState, lines: readonly ReturnRequestLine[]): Result<OrderDecision, OrderError> {
  const checked = checkQuantities(order, lines, 'return', (line) => line.delivered - line.returnRequested, (line, requested, returnable) => ({
    type: 'ReturnExceedsDelivered',
    lineId: line.lineId,
    requested,
    returnable,
  }));
  if (!checked.ok) return checked;
  const facts = withLines(order.facts, checked.value, (line, quantity) => ({ ...line, returnRequested: line.returnRequested + quantity }));
  return { ok: true, value: { facts, restock: [], payment: [] } };
}

export interface ReceiveOptions {
  /** Refund the received units in the same action (default true). */
  readonly refund?: boolean;
  readonly shippingRule?: ShippingRefundRule;
}

/**
 * Staff receive returned units: they go back to stock and, unless `refund: false`, are refunded at once with the
 * amounts `returnRefund` computes. Refused for more than was requested and not yet received, or a refund above
 * what is captured and not yet refunded.
 */
export function receiveReturn(order: OrderState, lines: readonly LineQuantity[], options: ReceiveOptions = {}): Result<OrderDecision, OrderError> {
  const checked = checkQuantities(order, lines, 'receive', (line) => line.returnRequested - line.returnReceived, (line, received, awaiting) => ({
    type: 'ReceiveExceedsRequested',
    lineId: line.lineId,
    received,
    awaiting,
  }));
  if (!checked.ok) return checked;
  const received = withLines(order.facts, checked.value, (line, quantity) => ({ ...line, returnReceived: line.returnReceived + quantity }));
  const restock = [...checked.value].map(([lineId, quantity]) => ({ lineId, quantity }));
  if (options.refund === false) return { ok: true, value: { facts: received, restock, payment: [] } };
  const refunded = refundUnits({ snapshot: order.snapshot, facts: received }, checked.value, options.shippingRule);
  if (!refunded.ok) return refunded;
  return { ok: true, value: { ...refunded.value, restock } };
}

/** Refunds units received earlier without a refund. */
export function refundReturn(order: OrderState, lines: readonly LineQuantity[], shippingRule?: ShippingRefundRule): Result<OrderDecision, OrderError> {
  const checked = checkQuantities(order, lines, 'refund', (line) => line.returnReceived - line.returnRefunded, (line, requested, refundableUnits) => ({
    type: 'RefundExceedsReceived',
    lineId: line.lineId,
    requested,
    refundable: refundableUnits,
  }));
  if (!checked.ok) return checked;
  return refundUnits(order, checked.value, shippingRule);
}

export type OrderAction =
  | { readonly type: 'cancel' }
  | { readonly type: 'requestReturn'; readonly lines: readonly ReturnRequestLine[] }
  | { readonly type: 'receiveReturn'; readonly lines: readonly LineQuantity[]; readonly options?: ReceiveOptions }
  | { readonly type: 'refundReturn'; readonly lines: readonly LineQuantity[]; readonly shippingRule?: ShippingRefundRule };

/** One entry point for the service: the decision for an action, or why it is refused (and then nothing changes). */
export function decide(order: OrderState, action: OrderAction): Result<OrderDecision, OrderError> {
  switch (action.type) {
    case 'cancel':
      return cancel(order);
    case 'requestReturn':
      return requestReturn(order, action.lines);
    case 'receiveReturn':
      return receiveReturn(order, action.lines, action.options);
    case 'refundReturn':
      return refundReturn(order, action.lines, action.shippingRule);
  }
}

function refundUnits(order: OrderState, quantities: ReadonlyMap<string, number>, rule?: ShippingRefundRule): Result<OrderDecision, OrderError> {
  const { snapshot, facts } = order;
  const already = facts.lines.map((line) => ({ lineId: line.lineId, quantity: line.returnRefunded }));
  const refund = returnRefund(snapshot, already, [...quantities].map(([lineId, quantity]) => ({ lineId, quantity })), rule);
  if (!refund.ok) return refund;
  const left = refundable(facts.payment);
  if (refund.value.total.amount > left) {
    return { ok: false, error: { type: 'RefundAboveCaptured', requested: refund.value.total, refundable: { amount: left, currency: snapshot.currency } } };
  }
  const refunded = withLines(facts, quantities, (line, quantity) => ({ ...line, returnRefunded: line.returnRefunded + quantity }));
  const payment: PaymentInstruction[] = refund.value.total.amount > 0 ? [{ kind: 'refund', amount: refund.value.total }] : [];
  return { ok: true, value: { facts: refunded, restock: [], payment, refund: refund.value } };
}

function checkQuantities(
  order: OrderState,
  lines: readonly LineQuantity[],
  action: 'return' | 'receive' | 'refund',
  available: (line: LineFacts) => number,
  exceeded: (line: LineFacts, requested: number, available: number) => OrderError,
): Result<Map<string, number>, OrderError> {
  const { facts } = order;
  assertConsistent(facts);
  if (facts.cancelled) return { ok: false, error: { type: 'OrderCancelled' } };
  if (lines.length === 0) return { ok: false, error: { type: 'NothingToDo', action } };
  const totals = new Map<string, number>();
  for (const { lineId, quantity } of lines) {
    if (!facts.lines.some((line) => line.lineId === lineId)) return { ok: false, error: { type: 'UnknownLine', lineId } };
    if (!Number.isSafeInteger(quantity) || quantity < 1) return { ok: false, error: { type: 'InvalidQuantity', lineId, quantity } };
    totals.set(lineId, (totals.get(lineId) ?? 0) + quantity);
  }
  for (const line of facts.lines) {
    const requested = totals.get(line.lineId) ?? 0;
    if (requested > available(line)) return { ok: false, error: exceeded(line, requested, available(line)) };
  }
  return { ok: true, value: totals };
}

function withLines(facts: OrderFacts, quantities: ReadonlyMap<string, number>, change: (line: LineFacts, quantity: number) => LineFacts): OrderFacts {
  return { ...facts, lines: facts.lines.map((line) => (quantities.has(line.lineId) ? change(line, quantities.get(line.lineId) ?? 0) : line)) };
}
