import fc from 'fast-check';
import { estimateDelivery, fromDayNumber, isWorkingDay, toDayNumber, weekdayOf } from './delivery-estimate';

// June 2026: Mon 1, Fri 5, Sat 6, Sun 7, Mon 8 … Fri 12, Mon 15.
const base = { cutOffMinutes: 14 * 60, minDays: 1, maxDays: 3 };

describe('calendar helpers', () => {
  it('reads and writes dates and knows their weekday', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(toDayNumber('2024-02-29'))).toBe('2024-02-29');
    expect(weekdayOf(toDayNumber('2026-06-01'))).toBe(1);
    expect(weekdayOf(toDayNumber('2026-06-07'))).toBe(7);
    expect(weekdayOf(toDayNumber('1969-12-31'))).toBe(3);
  });

  it('throws on anything that is not a calendar date', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '2026-6-1', '01/06/2026', '']) expect(() => toDayNumber(bad)).toThrow(RangeError);
  });

  it('knows working days, weekends and holidays', () => {
    expect(isWorkingDay('2026-06-05')).toBe(true);
    expect(isWorkingDay('2026-06-06')).toBe(false);
    expect(isWorkingDay('2026-06-05', { holidays: ['2026-06-05'] })).toBe(false);
    expect(isWorkingDay('2026-06-06', { workingDays: [1, 2, 3, 4, 5, 6] })).toBe(true);
  });
});

describe('estimateDelivery', () => {
  it('ships the same day before the cut-off and counts transit in working days', () => {
    expect(estimateDelivery({ ...base, orderedAt: { date: '2026-06-02', minutes: 9 * 60 } })).toEqual({
      shipsOn: '2026-06-02',
      earliest: '2026-06-03',
      latest: '2026-06-05',
    });
  });

  it('ships the next working day at or after the cut-off', () => {
    expect(estimateDelivery({ ...base, orderedAt: { date: '2026-06-02', minutes: 14 * 60 } }).shipsOn).toBe('2026-06-03');
  });

  it('skips the weekend: Friday after the cut-off ships Monday, transit over a weekend', () => {
    expect(estimateDelivery({ ...base, orderedAt: { date: '2026-06-05', minutes: 15 * 60 } })).toEqual({
      shipsOn: '2026-06-08',
      earliest: '2026-06-09',
      latest: '2026-06-11',
    });
    expect(estimateDelivery({ ...base, orderedAt: { date: '2026-06-05', minutes: 60 } })).toEqual({
      shipsOn: '2026-06-05',
      earliest: '2026-06-08',
      latest: '2026-06-10',
    });
  });

  it('ships on the next working day after a weekend order, whatever the time', () => {
    expect(estimateDelivery({ ...base, orderedAt: { date: '2026-06-06', minutes: 0 } }).shipsOn).toBe('2026-06-08');
  });

  it('skips holidays for dispatch and transit', () => {
    const holidays = ['2026-06-08', '2026-06-10'];
    expect(estimateDelivery({ ...base, holidays, orderedAt: { date: '2026-06-06', minutes: 0 } })).toEqual({
      shipsOn: '2026-06-09',
      earliest: '2026-06-11',
      latest: '2026-06-15',
    });
  });

  it('delivers on the dispatch day for zero transit days, and honours a six-day week', () => {
    expect(estimateDelivery({ ...base, minDays: 0, maxDays: 0, orderedAt: { date: '2026-06-03', minutes: 0 } })).toEqual({
      shipsOn: '2026-06-03',
      earliest: '2026-06-03',
      latest: '2026-06-03',
    });
    expect(estimateDelivery({ ...base, workingDays: [1, 2, 3, 4, 5, 6], orderedAt: { date: '2026-06-05', minutes: 0 } })).toEqual({
      shipsOn: '2026-06-05',
      earliest: '2026-06-06',
      latest: '2026-06-09',
    });
  });

  it('throws on broken contracts', () => {
    const ok = { ...base, orderedAt: { date: '2026-06-02', minutes: 0 } };
    expect(() => estimateDelivery({ ...ok, orderedAt: { date: '2026-06-02', minutes: 1440 } })).toThrow(RangeError);
    expect(() => estimateDelivery({ ...ok, minDays: 3, maxDays: 1 })).toThrow(RangeError);
    expect(() => estimateDelivery({ ...ok, workingDays: [] })).toThrow(RangeError);
    expect(() => estimateDelivery({ ...ok, holidays: ['2026-02-30'] })).toThrow(RangeError);
  });

  it('never lands on a weekend or holiday, earliest ≤ latest, and dispatch no earlier than the order (property)', () => {
    const dateArb = fc.integer({ min: toDayNumber('2020-01-01'), max: toDayNumber('2030-12-31') }).map(fromDayNumber);
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 0, max: 1440 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 10 }),
        fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 8 }),
        fc.subarray([1, 2, 3, 4, 5, 6, 7] as const, { minLength: 1 }),
        (date, minutes, cutOffMinutes, a, b, offsets, workingDays) => {
          const holidays = offsets.map((offset) => fromDayNumber(toDayNumber(date) + offset));
          const [minDays, maxDays] = a <= b ? [a, b] : [b, a];
          const window = estimateDelivery({ orderedAt: { date, minutes }, cutOffMinutes, minDays, maxDays, holidays, workingDays });
          const calendar = { holidays, workingDays };
          for (const day of [window.shipsOn, window.earliest, window.latest]) expect(isWorkingDay(day, calendar)).toBe(true);
          expect(window.shipsOn >= date).toBe(true);
          expect(window.earliest >= window.shipsOn).toBe(true);
          expect(window.earliest <= window.latest).toBe(true);
        },
      ),
    );
  });
});
