import fc from 'fast-check';
import { acceptsReturns, applyTrackingEvent, SHIPMENT_STATUSES, type ShipmentStatus, type TrackingEvent, type TrackingState, transition } from './shipment-status';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 26, 9, minute));
const event = (id: string, status: ShipmentStatus, minute: number): TrackingEvent => ({ id, status, occurredAt: at(minute) });
const labelled: TrackingState = { status: 'label_purchased', decidedBy: null };
const replay = (events: readonly TrackingEvent[], from: TrackingState = labelled) => events.reduce((state, next) => applyTrackingEvent(state, next), from);

describe('shipment status from tracking events', () => {
  it('follows the journey when events arrive in order', () => {
    const final = replay([event('e1', 'in_transit', 1), event('e2', 'out_for_delivery', 2), event('e3', 'delivered', 3)]);
    expect(final.status).toBe('delivered');
  });

  it('never moves backwards for an older event arriving late, and ignores a repeated event', () => {
    const state = replay([event('e2', 'out_for_delivery', 2), event('e1', 'in_transit', 1), event('e2', 'out_for_delivery', 2)]);
    expect(state).toMatchObject({ status: 'out_for_delivery', changed: false });
  });

  it('keeps a delivered shipment delivered, even when a later scan says in transit', () => {
    expect(replay([event('e3', 'delivered', 3), event('e4', 'in_transit', 4)]).status).toBe('delivered');
    expect(replay([event('e4', 'in_transit', 4), event('e3', 'delivered', 3)]).status).toBe('delivered');
  });

  it('lets an exception be cleared by a later event', () => {
    expect(replay([event('e1', 'exception', 1), event('e2', 'in_transit', 2)]).status).toBe('in_transit');
  });

  it('ignores the carrier for a cancelled shipment and one without a label', () => {
    expect(applyTrackingEvent({ status: 'cancelled', decidedBy: null }, event('e1', 'in_transit', 1)).status).toBe('cancelled');
    expect(applyTrackingEvent({ status: 'pending', decidedBy: null }, event('e1', 'in_transit', 1)).status).toBe('pending');
  });

  it('ends in the same status whatever order (and however often) the same events arrive', () => {
    const arbitraryEvent = fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      status: fc.constantFrom(...SHIPMENT_STATUSES.filter((status) => status !== 'pending' && status !== 'cancelled')),
      minute: fc.integer({ min: 0, max: 30 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(arbitraryEvent, { minLength: 1, maxLength: 12, selector: (entry) => entry.id }), fc.infiniteStream(fc.nat()), (raw, seeds) => {
        const events = raw.map((entry) => event(entry.id, entry.status, entry.minute));
        const shuffled = [...events, ...events.slice(0, 3)].map((entry) => ({ entry, key: seeds.next().value })).sort((a, b) => a.key - b.key).map((pair) => pair.entry);
        expect(replay(shuffled).status).toBe(replay(events).status);
      }),
    );
  });
});

describe('staff actions', () => {
  it('buys a label for a pending shipment, ships it, and cancels only before it moves', () => {
    expect(transition('pending', 'purchase_label')).toEqual({ ok: true, value: 'label_purchased' });
    expect(transition('label_purchased', 'mark_shipped')).toEqual({ ok: true, value: 'in_transit' });
    expect(transition('label_purchased', 'cancel')).toEqual({ ok: true, value: 'cancelled' });
    expect(transition('in_transit', 'cancel')).toEqual({ ok: false, error: { type: 'TransitionRefused', from: 'in_transit', action: 'cancel' } });
    expect(transition('label_purchased', 'purchase_label').ok).toBe(false);
  });
});

describe('returns', () => {
  it('are accepted once the goods left, and not before, after a bounce or a cancellation', () => {
    const accepted = SHIPMENT_STATUSES.filter(acceptsReturns);
    expect(accepted).toEqual(['in_transit', 'out_for_delivery', 'delivered', 'exception']);
  });
});
