import { deliveryWindow, localDateTime } from './shop-calendar';

const berlin = { SHIPPING_TIMEZONE: 'Europe/Berlin', SHIPPING_CUTOFF: '14:00', SHIPPING_HOLIDAYS: ['2026-12-25', '2026-12-28'] };

describe("the warehouse's calendar", () => {
  it("reads an instant as the warehouse's wall clock, across the date line of its time zone", () => {
    // 23:30 UTC on Wednesday is 00:30 Thursday in Berlin (UTC+1 in winter) and 18:30 Wednesday in New York.
    const at = new Date('2026-11-25T23:30:00Z');
    expect(localDateTime(at, 'Europe/Berlin')).toEqual({ date: '2026-11-26', minutes: 30 });
    expect(localDateTime(at, 'America/New_York')).toEqual({ date: '2026-11-25', minutes: 18 * 60 + 30 });
    expect(localDateTime(at, 'UTC')).toEqual({ date: '2026-11-25', minutes: 23 * 60 + 30 });
  });

  it('ships before the local cut-off the same day, after it the next working day, skipping weekends and holidays', () => {
    // Thursday 26 Nov 2026, 13:59 in Berlin (12:59 UTC): ships today; 2–3 working days → Mon 30 Nov – Tue 1 Dec.
    expect(deliveryWindow(berlin, new Date('2026-11-26T12:59:00Z'), { min: 2, max: 3 })).toEqual({ shipsOn: '2026-11-26', earliest: '2026-11-30', latest: '2026-12-01' });
    // 14:00 in Berlin: the cut-off passed; ships Friday 27 Nov; 2–3 working days → Tue 1 – Wed 2 Dec.
    expect(deliveryWindow(berlin, new Date('2026-11-26T13:00:00Z'), { min: 2, max: 3 })).toEqual({ shipsOn: '2026-11-27', earliest: '2026-12-01', latest: '2026-12-02' });
    // Thursday 24 Dec after the cut-off: the 25th is a holiday, then a weekend, then the 28th: ships Tue 29 Dec.
    expect(deliveryWindow(berlin, new Date('2026-12-24T15:00:00Z'), { min: 1, max: 1 })).toEqual({ shipsOn: '2026-12-29', earliest: '2026-12-30', latest: '2026-12-30' });
  });
});
