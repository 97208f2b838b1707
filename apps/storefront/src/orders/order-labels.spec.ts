import { formatOrderDate, lineProgressText, orderStatusLabel, orderStatusTone, paymentStatusLabel, returnReasonLabel, shipmentStatusLabel } from './order-labels';

describe('order labels', () => {
  it('says each status in the shopper’s words, with "Delivered" once it is', () => {
    expect(orderStatusLabel('delivered')).toBe('Delivered');
    expect(orderStatusTone('delivered')).toBe('success');
    expect(orderStatusLabel('partially_shipped')).toBe('Partly shipped');
    expect(shipmentStatusLabel('delivered')).toBe('Delivered');
    expect(shipmentStatusLabel('label_purchased')).toBe('Ready to ship');
    expect(paymentStatusLabel('authorized')).toBe('Payment held on your card');
    expect(returnReasonLabel('changed_mind')).toBe('I changed my mind');
  });

  it('shows an unknown status as words', () => {
    expect(orderStatusLabel('on_hold')).toBe('On hold');
    expect(orderStatusTone('on_hold')).toBe('neutral');
  });

  it('sums up what happened to a line', () => {
    const line = { quantity: 3, shipped: 0, delivered: 0, returnRequested: 0, returnRefunded: 0 };
    expect(lineProgressText(line)).toBeNull();
    expect(lineProgressText({ ...line, shipped: 3 })).toBe('Shipped');
    expect(lineProgressText({ ...line, shipped: 3, delivered: 3 })).toBe('Delivered');
    expect(lineProgressText({ ...line, shipped: 3, delivered: 1 })).toBe('1 delivered · 2 shipped');
    expect(lineProgressText({ ...line, shipped: 3, delivered: 3, returnRequested: 1 })).toBe('Delivered · 1 to be returned');
  });

  it('formats the order date in the given time zone', () => {
    expect(formatOrderDate('2026-11-26T23:30:00Z', { timeZone: 'UTC' })).toEqual({ text: '26 Nov 2026', iso: '2026-11-26T23:30:00.000Z' });
    expect(formatOrderDate('not a date').text).toBe('not a date');
  });
});
