import { promotionStatusLabel, readStatusFilter, scheduleLabel, triggerLabel, usesLabel } from './promotion-labels';

describe('promotion labels', () => {
  it('count uses against the limit when there is one', () => {
    expect(usesLabel(12, 100)).toBe('12 / 100');
    expect(usesLabel(3, null)).toBe('3');
  });

  it('say the schedule from its dates', () => {
    const day = (value: string) => value.slice(0, 10);
    expect(scheduleLabel('2026-03-01T09:00:00Z', '2026-04-01T00:00:00Z', day)).toBe('2026-03-01 – 2026-04-01');
    expect(scheduleLabel('2026-03-01T09:00:00Z', null, day)).toBe('From 2026-03-01');
    expect(scheduleLabel(null, '2026-04-01T00:00:00Z', day)).toBe('Until 2026-04-01');
    expect(scheduleLabel(null, null, day)).toBe('No end date');
  });

  it('read the status filter from the URL, anything unknown as all', () => {
    expect(readStatusFilter('scheduled')).toBe('scheduled');
    expect(readStatusFilter('bogus')).toBe('all');
    expect(readStatusFilter(null)).toBe('all');
  });

  it('name statuses and triggers', () => {
    expect(promotionStatusLabel('expired')).toBe('Expired');
    expect(triggerLabel('code')).toBe('Coupon code');
    expect(triggerLabel('automatic')).toBe('Automatic');
  });
});
