import { describe, expect, it } from 'vitest';
import { addressLines, canDo, formatWeight, readKindFilter, readStatusFilter, shipmentActionProblem, shipmentStatusLabel, shipmentStatusTone, STATUS_FILTERS, trackingNumbers } from './shipment-labels';

const refusal = (reason: string, message: string) => ({ message, data: { code: reason === 'TRANSITION_REFUSED' ? 'CONFLICT' : 'SERVICE_UNAVAILABLE', reason } });

describe('shipment status words', () => {
  it('names each status for staff and colours the ends', () => {
    expect(shipmentStatusLabel('label_purchased')).toBe('Label bought');
    expect(shipmentStatusLabel('delivered')).toBe('Delivered');
    expect(shipmentStatusTone('delivered')).toBe('success');
    expect(shipmentStatusTone('exception')).toBe('danger');
    expect(shipmentStatusLabel('held_at_customs')).toBe('held at customs');
  });

  it('offers every status as a filter after “All statuses” and reads only known ones from the URL', () => {
    expect(STATUS_FILTERS[0]).toEqual({ value: 'all', label: 'All statuses' });
    expect(STATUS_FILTERS).toHaveLength(9);
    expect(readStatusFilter('in_transit')).toBe('in_transit');
    expect(readStatusFilter('lost')).toBeUndefined();
    expect([readKindFilter('return'), readKindFilter('outbound'), readKindFilter('inbound'), readKindFilter(null)]).toEqual(['return', 'outbound', undefined, undefined]);
    expect(readStatusFilter(null)).toBeUndefined();
  });
});

describe('canDo', () => {
  it('allows buying a label only while pending', () => {
    expect(canDo('purchase_label', 'pending')).toBe(true);
    expect(canDo('purchase_label', 'label_purchased')).toBe(false);
  });

  it('allows marking shipped and cancelling only before the parcel moves', () => {
    for (const status of ['pending', 'label_purchased']) {
      expect(canDo('mark_shipped', status)).toBe(true);
      expect(canDo('cancel', status)).toBe(true);
    }
    for (const status of ['in_transit', 'delivered', 'cancelled', 'unknown']) {
      expect(canDo('mark_shipped', status)).toBe(false);
      expect(canDo('cancel', status)).toBe(false);
    }
  });
});

describe('trackingNumbers', () => {
  it('lists the parcels’ numbers in parcel order and skips parcels without one', () => {
    expect(
      trackingNumbers([
        { index: 2, trackingNumber: 'B' },
        { index: 1, trackingNumber: 'A' },
        { index: 3, trackingNumber: null },
      ]),
    ).toEqual(['A', 'B']);
  });
});

describe('formatWeight and addressLines', () => {
  it('shows grams below a kilo and kilos above', () => {
    expect(formatWeight(850)).toBe('850 g');
    expect(formatWeight(2450)).toBe('2.45 kg');
  });

  it('writes an address as lines without blanks', () => {
    expect(addressLines({ name: 'Ada', line1: '1 Main St', line2: ' ', city: 'Leeds', postalCode: 'LS1 4AP', country: 'GB' })).toEqual(['Ada', '1 Main St', 'Leeds LS1 4AP', 'GB']);
  });
});

describe('shipmentActionProblem', () => {
  it('explains a refused transition and an unavailable carrier in the server’s words', () => {
    expect(shipmentActionProblem(refusal('TRANSITION_REFUSED', 'Cannot cancel a shipment that is in transit'))).toBe('Not allowed now. Cannot cancel a shipment that is in transit');
    expect(shipmentActionProblem(refusal('CARRIER_UNAVAILABLE', 'The carrier did not answer; buying the label again is safe'))).toBe(
      'The carrier is unavailable. The carrier did not answer; buying the label again is safe',
    );
  });
});
