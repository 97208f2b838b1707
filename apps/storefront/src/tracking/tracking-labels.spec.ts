import { describe, expect, it } from 'vitest';
import { checkTrackForm, extraDescription, formatEventTime, formatLocation, newestFirst, readTrackQuery, trackingStatusLabel, trackingStatusTone, trackPath } from './tracking-labels';

describe('trackingStatusLabel', () => {
  it('names each status in a shopper’s words', () => {
    expect(trackingStatusLabel('delivered')).toBe('Delivered');
    expect(trackingStatusLabel('out_for_delivery')).toBe('Out for delivery');
    expect(trackingStatusLabel('in_transit')).toBe('In transit');
    expect(trackingStatusLabel('label_purchased')).toBe('Ready to ship');
    expect(trackingStatusLabel('returned_to_sender')).toBe('Returned to sender');
  });

  it('turns a status it does not know into words rather than showing a code', () => {
    expect(trackingStatusLabel('held_at_customs')).toBe('Held at customs');
    expect(trackingStatusLabel('')).toBe('Unknown');
  });
});

describe('trackingStatusTone', () => {
  it('marks delivered as success, problems as danger and anything unknown as neutral', () => {
    expect(trackingStatusTone('delivered')).toBe('success');
    expect(trackingStatusTone('exception')).toBe('danger');
    expect(trackingStatusTone('toString')).toBe('neutral');
  });
});

describe('newestFirst', () => {
  const event = (status: string, occurredAt: string) => ({ status, description: null, location: null, occurredAt });

  it('puts the latest event first whatever order the carrier sent them in', () => {
    const events = [event('in_transit', '2026-11-24T09:00:00Z'), event('delivered', '2026-11-26T12:00:00Z'), event('label_purchased', '2026-11-23T08:00:00Z')];
    expect(newestFirst(events).map((item) => item.status)).toEqual(['delivered', 'in_transit', 'label_purchased']);
  });

  it('leads with the later-sent of two events at the same instant and leaves the input alone', () => {
    const events = [event('in_transit', '2026-11-24T09:00:00Z'), event('out_for_delivery', '2026-11-24T09:00:00Z')];
    expect(newestFirst(events).map((item) => item.status)).toEqual(['out_for_delivery', 'in_transit']);
    expect(events[0]?.status).toBe('in_transit');
  });
});

describe('formatLocation', () => {
  it('joins city, region and country and leaves out what is missing', () => {
    expect(formatLocation({ city: 'Leeds', region: 'West Yorkshire', country: 'GB' })).toBe('Leeds, West Yorkshire, GB');
    expect(formatLocation({ city: 'Paris', country: 'FR' })).toBe('Paris, FR');
    expect(formatLocation(null)).toBe('');
  });
});

describe('formatEventTime', () => {
  it('shows the instant in the given time zone with its ISO form for <time>', () => {
    expect(formatEventTime('2026-11-26T14:05:00Z', { timeZone: 'Europe/Paris' })).toEqual({ text: '26 Nov 2026, 15:05', iso: '2026-11-26T14:05:00.000Z' });
  });

  it('shows an unreadable value as it came', () => {
    expect(formatEventTime('soon')).toEqual({ text: 'soon', iso: '' });
  });
});

describe('readTrackQuery', () => {
  it('reads a lookup from an e-mail link only when both the number and the postcode are there', () => {
    expect(readTrackQuery(new URLSearchParams('number=SBX123&postcode=LS1%204AP'))).toEqual({ number: 'SBX123', postcode: 'LS1 4AP' });
    expect(readTrackQuery(new URLSearchParams('number=SBX123'))).toBeNull();
    expect(readTrackQuery(new URLSearchParams('number=%20&postcode=LS1'))).toBeNull();
  });
});

describe('checkTrackForm', () => {
  it('names each missing field', () => {
    expect(checkTrackForm({ number: ' ', postcode: '' })).toEqual({
      number: 'Enter the tracking number from your shipping e-mail',
      postcode: 'Enter the postcode the parcel is going to',
    });
    expect(checkTrackForm({ number: 'SBX1', postcode: '10001' })).toEqual({});
  });
});

describe('trackPath', () => {
  it('puts a trimmed lookup in the query string', () => {
    expect(trackPath({ number: ' SBX1 ', postcode: 'LS1 4AP' })).toBe('/track?number=SBX1&postcode=LS1+4AP');
  });
});

describe('extraDescription', () => {
  it('keeps what the carrier says beyond the status and drops a repeat of it', () => {
    expect(extraDescription({ status: 'in_transit', description: 'In transit: departed the sorting hub' })).toBe('In transit: departed the sorting hub');
    expect(extraDescription({ status: 'delivered', description: 'Delivered' })).toBeNull();
    expect(extraDescription({ status: 'delivered', description: null })).toBeNull();
  });
});
