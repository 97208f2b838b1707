import { handSnapshot, factsFor, lineFacts } from '../testing/order-fixtures';
import { assertConsistent, fulfilmentStatus, type OrderFacts, orderStatus, paymentStatus } from './order-status';

const snapshot = handSnapshot([
  { lineId: 'a', unitPrice: 1000, quantity: 2 },
  { lineId: 'b', unitPrice: 500, quantity: 1 },
]);
const withLines = (a: Parameters<typeof lineFacts>[2], b: Parameters<typeof lineFacts>[2] = {}, extra: Partial<OrderFacts> = {}): OrderFacts => ({
  ...factsFor(snapshot),
  lines: [lineFacts('a', 2, a), lineFacts('b', 1, b)],
  ...extra,
});

describe('fulfilmentStatus', () => {
  it.each<[string, OrderFacts, string]>([
    ['nothing picked yet', withLines({}), 'unfulfilled'],
    ['one unit packed', withLines({ fulfilled: 1 }), 'partially_fulfilled'],
    ['every unit packed', withLines({ fulfilled: 2 }, { fulfilled: 1 }), 'fulfilled'],
    ['one parcel shipped, the rest packed', withLines({ fulfilled: 2, shipped: 2 }, { fulfilled: 1 }), 'partially_shipped'],
    ['everything shipped', withLines({ fulfilled: 2, shipped: 2 }, { fulfilled: 1, shipped: 1 }), 'shipped'],
    ['everything shipped, one parcel delivered', withLines({ fulfilled: 2, shipped: 2, delivered: 2 }, { fulfilled: 1, shipped: 1 }), 'shipped'],
    ['everything delivered', withLines({ fulfilled: 2, shipped: 2, delivered: 2 }, { fulfilled: 1, shipped: 1, delivered: 1 }), 'delivered'],
  ])('%s → %s', (_name, facts, expected) => {
    expect(fulfilmentStatus(facts)).toBe(expected);
  });

  it('throws on facts that contradict each other', () => {
    expect(() => assertConsistent(withLines({ shipped: 1 }))).toThrow(RangeError);
    expect(() => assertConsistent(withLines({ fulfilled: 3 }))).toThrow(RangeError);
    expect(() => assertConsistent(withLines({ fulfilled: 1, shipped: 1, delivered: 1, returnRequested: 1, returnReceived: 2 }))).toThrow(RangeError);
    expect(() => assertConsistent(withLines({ fulfilled: -1 }))).toThrow(RangeError);
  });
});

describe('paymentStatus', () => {
  const total = snapshot.totals.total.amount; // 2500
  it.each<[string, Partial<OrderFacts['payment']>, string]>([
    ['nothing authorised', { authorized: 0 }, 'pending'],
    ['authorised', { authorized: total }, 'authorized'],
    ['part captured', { authorized: total, captured: 1000 }, 'partially_paid'],
    ['all captured', { authorized: total, captured: total }, 'paid'],
    ['part refunded', { authorized: total, captured: total, refunded: 1000 }, 'partially_refunded'],
    ['all refunded', { authorized: total, captured: total, refunded: total }, 'refunded'],
    ['authorisation released before any capture', { authorized: total, authorizationClosed: true }, 'voided'],
  ])('%s → %s', (_name, payment, expected) => {
    expect(paymentStatus(factsFor(snapshot, 'placed', payment))).toBe(expected);
  });
});

describe('orderStatus', () => {
  const delivered = { fulfilled: 2, shipped: 2, delivered: 2 };
  const deliveredB = { fulfilled: 1, shipped: 1, delivered: 1 };
  it.each<[string, OrderFacts, string]>([
    ['just placed', withLines({}), 'placed'],
    ['partly packed', withLines({ fulfilled: 1 }), 'partially_fulfilled'],
    ['all delivered', withLines(delivered, deliveredB), 'delivered'],
    ['cancelled wins over everything', withLines({}, {}, { cancelled: true }), 'cancelled'],
    ['a return asked for', withLines({ ...delivered, returnRequested: 1 }, deliveredB), 'return_requested'],
    ['a return received, not yet refunded', withLines({ ...delivered, returnRequested: 1, returnReceived: 1 }, deliveredB), 'return_received'],
    ['a return refunded', withLines({ ...delivered, returnRequested: 1, returnReceived: 1, returnRefunded: 1 }, deliveredB), 'refunded'],
    [
      'a new request after a refunded return',
      withLines({ ...delivered, returnRequested: 2, returnReceived: 1, returnRefunded: 1 }, deliveredB),
      'return_requested',
    ],
  ])('%s → %s', (_name, facts, expected) => {
    expect(orderStatus(facts)).toBe(expected);
  });

  it('shows refunded once all the captured money went back', () => {
    expect(orderStatus(factsFor(snapshot, 'delivered', { captured: 2500, refunded: 2500 }))).toBe('refunded');
  });
});
