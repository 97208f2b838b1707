import { actorLabel, staffIdOf, staffIds, fulfilmentStatusWord, humanize, isOrderStatus, orderStatusWord, paymentStatusWord, statusOptions, timelineDetails, timelineKindLabel } from './order-labels';

describe('order wording', () => {
  it('words each status and gives it a tone', () => {
    expect(orderStatusWord('return_requested')).toEqual({ label: 'Return requested', tone: 'danger' });
    expect(paymentStatusWord('authorized').label).toBe('Authorised');
    expect(fulfilmentStatusWord('unfulfilled').tone).toBe('danger');
  });

  it('shows a status it has no words for readably rather than hiding it', () => {
    expect(orderStatusWord('on_hold')).toEqual({ label: 'On hold', tone: 'neutral' });
    expect(humanize('shipment.out_for_delivery')).toBe('Shipment out for delivery');
  });

  it('offers every known status after "All statuses" and knows which codes are statuses', () => {
    expect(statusOptions(['placed', 'cancelled'])).toEqual([
      { value: 'all', label: 'All statuses' },
      { value: 'placed', label: 'Placed' },
      { value: 'cancelled', label: 'Cancelled' },
    ]);
    expect(isOrderStatus('shipped')).toBe(true);
    expect(isOrderStatus('toString')).toBe(false);
  });

  it('says who acted', () => {
    expect(actorLabel('staff:7d0c', 'Ann')).toBe('Staff · Ann');
    expect(actorLabel('staff:7d0c')).toBe('Staff');
    expect(actorLabel('customer:1')).toBe('Customer');
    expect(actorLabel('job:checkout_recovery')).toBe('Scheduled job · Checkout recovery');
    expect(actorLabel('service:shipping')).toBe('System · shipping');
  });

  it('finds the staff among actors, each once', () => {
    expect(staffIdOf('staff:7d0c')).toBe('7d0c');
    expect(staffIdOf('customer:7d0c')).toBeNull();
    expect(staffIds(['staff:a', 'shopper', 'staff:b', 'staff:a'])).toEqual(['a', 'b']);
  });

  it('words timeline entries and keeps only the short details', () => {
    expect(timelineKindLabel('order.fulfilled')).toBe('Fulfilled');
    expect(timelineKindLabel('payment.capture_failed')).toBe('Capture failed');
    expect(timelineKindLabel('line.restocked')).toBe('Line restocked');
    const money = (minor: number) => `$${(minor / 100).toFixed(2)}`;
    expect(timelineDetails({ reason: 'Customer asked', shipmentId: 'abc', restock: true, trackingNumber: 'SBX123', meta: { a: 1 } }, money)).toEqual([
      'reason: Customer asked',
      'restock: true',
      'tracking number: SBX123',
    ]);
    expect(timelineDetails({ amount: 1250, lines: [{ lineId: 'a', quantity: 2 }, { lineId: 'b', quantity: 1 }] }, money)).toEqual(['amount: $12.50', '3 units']);
    expect(timelineDetails({ reason: 'Phoned', voided: 0, refunded: 0, total: 0 }, money)).toEqual(['reason: Phoned', 'total: $0.00']);
    expect(timelineDetails(null, money)).toEqual([]);
  });
});
