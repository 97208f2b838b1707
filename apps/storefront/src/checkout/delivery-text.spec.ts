import { deliveryText, formatDay, transitText } from './delivery-text';

describe('deliveryText', () => {
  it('names the day, or the first and last day of the window', () => {
    expect(deliveryText({ shipsOn: '2026-11-27', earliest: '2026-12-01', latest: '2026-12-01' })).toBe('Arrives Tue 1 Dec');
    expect(deliveryText({ shipsOn: '2026-11-27', earliest: '2026-12-01', latest: '2026-12-03' })).toBe('Arrives Tue 1 Dec – Thu 3 Dec');
  });

  it('keeps the calendar day whatever the time zone', () => {
    expect(formatDay('2027-01-01')).toBe('Fri 1 Jan');
  });

  it('shows an unreadable date as it came', () => {
    expect(formatDay('soon')).toBe('soon');
  });
});

describe('transitText', () => {
  it('says one day or a range', () => {
    expect(transitText({ min: 1, max: 1 })).toBe('1 working day');
    expect(transitText({ min: 2, max: 2 })).toBe('2 working days');
    expect(transitText({ min: 3, max: 5 })).toBe('3–5 working days');
  });
});
