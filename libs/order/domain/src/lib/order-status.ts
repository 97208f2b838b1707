/**
 * What has happened to one line, as counts of units. Each count includes the later stages: every shipped unit was
 * fulfilled, every delivered unit shipped; every received return was requested, every refunded one received.
 */
export interface LineFacts {
  readonly lineId: string;
  readonly ordered: number;
  /** Picked and packed (or handed to a carrier). */
  readonly fulfilled: number;
  readonly shipped: number;
  readonly delivered: number;
  readonly returnRequested: number;
  readonly returnReceived: number;
  readonly returnRefunded: number;
}

/** The payment's amounts in the order's minor units, as the payment service reports them (never kept here). */
export interface PaymentFacts {
  readonly authorized: number;
  readonly captured: number;
  readonly refunded: number;
  /** The authorisation was released (voided or expired): nothing more can be captured. */
  readonly authorizationClosed: boolean;
}

export interface OrderFacts {
  readonly lines: readonly LineFacts[];
  readonly payment: PaymentFacts;
  /** The order's grand total now (after any edit). */
  readonly total: number;
  readonly cancelled: boolean;
}

export const FULFILMENT_STATUSES = ['unfulfilled', 'partially_fulfilled', 'fulfilled', 'partially_shipped', 'shipped', 'delivered'] as const;
export type FulfilmentStatus = (typeof FULFILMENT_STATUSES)[number];

export const PAYMENT_STATUSES = ['pending', 'authorized', 'partially_paid', 'paid', 'partially_refunded', 'refunded', 'voided'] as const;
export type OrderPaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const ORDER_STATUSES = [
  'placed',
  'partially_fulfilled',
  'fulfilled',
  'partially_shipped',
  'shipped',
  'delivered',
  'cancelled',
  'return_requested',
  'return_received',
  'refunded',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Throws on facts that contradict each other (a broken store, not an expected failure). */
export function assertConsistent(facts: OrderFacts): void {
  for (const line of facts.lines) {
    const chain = [line.ordered, line.fulfilled, line.shipped, line.delivered, line.returnRequested, line.returnReceived, line.returnRefunded];
    if (chain.some((count) => !Number.isSafeInteger(count) || count < 0)) throw new RangeError(`Line ${line.lineId}: counts must be whole numbers ≥ 0`);
    const stagesInOrder = line.fulfilled <= line.ordered && line.shipped <= line.fulfilled && line.delivered <= line.shipped;
    const returnsInOrder = line.returnRequested <= line.delivered && line.returnReceived <= line.returnRequested && line.returnRefunded <= line.returnReceived;
    if (!stagesInOrder || !returnsInOrder) throw new RangeError(`Line ${line.lineId}: counts out of order`);
  }
}

const sum = (facts: OrderFacts, pick: (line: LineFacts) => number): number => facts.lines.reduce((total, line) => total + pick(line), 0);

/** How far the goods have got: the least advanced stage every unit has reached, with `partially_` when some went further. */
export function fulfilmentStatus(facts: OrderFacts): FulfilmentStatus {
  assertConsistent(facts);
  const ordered = sum(facts, (line) => line.ordered);
  const fulfilled = sum(facts, (line) => line.fulfilled);
  const shipped = sum(facts, (line) => line.shipped);
  const delivered = sum(facts, (line) => line.delivered);
  if (ordered > 0 && delivered === ordered) return 'delivered';
  if (ordered > 0 && shipped === ordered) return 'shipped';
  if (shipped > 0) return 'partially_shipped';
  if (ordered > 0 && fulfilled === ordered) return 'fulfilled';
  if (fulfilled > 0) return 'partially_fulfilled';
  return 'unfulfilled';
}

/** Where the money is, from the payment's amounts against the order's total. */
export function paymentStatus(facts: OrderFacts): OrderPaymentStatus {
  const { authorized, captured, refunded, authorizationClosed } = facts.payment;
  if (refunded > 0) return refunded >= captured ? 'refunded' : 'partially_refunded';
  if (captured > 0) return captured >= facts.total ? 'paid' : 'partially_paid';
  if (authorizationClosed && authorized > 0) return 'voided';
  if (authorized > 0) return 'authorized';
  return 'pending';
}

/**
 * The one status to show. Cancellation wins; then a full refund; then the furthest open step of a return
 * (a request not yet received, a receipt not yet refunded, a refunded return); otherwise the fulfilment stage.
 */
export function orderStatus(facts: OrderFacts): OrderStatus {
  const fulfilment = fulfilmentStatus(facts);
  if (facts.cancelled) return 'cancelled';
  if (paymentStatus(facts) === 'refunded') return 'refunded';
  if (facts.lines.some((line) => line.returnRequested > line.returnReceived)) return 'return_requested';
  if (facts.lines.some((line) => line.returnReceived > line.returnRefunded)) return 'return_received';
  if (facts.lines.some((line) => line.returnRefunded > 0)) return 'refunded';
  return fulfilment === 'unfulfilled' ? 'placed' : fulfilment;
}

/** Captured and not yet refunded: the most a refund may take. */
export function refundable(payment: PaymentFacts): number {
  return Math.max(0, payment.captured - payment.refunded);
}

/** Authorised and not yet captured, while the authorisation is open. */
export function capturable(payment: PaymentFacts): number {
  return payment.authorizationClosed ? 0 : Math.max(0, payment.authorized - payment.captured);
}
