import { isoToLocalInput, localInputToIso } from './local-datetime';

const at = (minutes: number) => () => minutes;

describe('localInputToIso', () => {
  it('attaches the offset of the clock staff typed on', () => {
    expect(localInputToIso('2026-03-01T09:30', at(60))).toEqual({ ok: true, iso: '2026-03-01T09:30:00+01:00' });
    expect(localInputToIso('2026-07-04T00:00', at(-240))).toEqual({ ok: true, iso: '2026-07-04T00:00:00-04:00' });
    expect(localInputToIso('2026-01-15T18:45:10', at(330))).toEqual({ ok: true, iso: '2026-01-15T18:45:10+05:30' });
    expect(localInputToIso('2026-01-15T18:45', at(0))).toEqual({ ok: true, iso: '2026-01-15T18:45:00+00:00' });
  });

  it('asks for the offset at that wall-clock time, so summer time is right', () => {
    const berlin = (wallClock: Date) => (wallClock.getUTCMonth() >= 3 && wallClock.getUTCMonth() <= 8 ? 120 : 60);
    expect(localInputToIso('2026-07-01T12:00', berlin)).toEqual({ ok: true, iso: '2026-07-01T12:00:00+02:00' });
    expect(localInputToIso('2026-12-01T12:00', berlin)).toEqual({ ok: true, iso: '2026-12-01T12:00:00+01:00' });
  });

  it('treats a blank field as no date', () => {
    expect(localInputToIso('  ')).toEqual({ ok: true, iso: null });
  });

  it('refuses what is not a date and time, or a day that does not exist', () => {
    expect(localInputToIso('2026-03-01', at(0))).toEqual({ ok: false, message: 'Enter a date and time' });
    expect(localInputToIso('yesterday', at(0))).toMatchObject({ ok: false });
    expect(localInputToIso('2026-04-31T10:00', at(0))).toEqual({ ok: false, message: 'That date does not exist' });
    expect(localInputToIso('2026-02-10T25:00', at(0))).toMatchObject({ ok: false });
  });

  it('names the same instant as the browser’s own reading of the time', () => {
    const result = localInputToIso('2026-05-20T08:15');
    expect(result.ok && result.iso !== null && new Date(result.iso).getTime()).toBe(new Date(2026, 4, 20, 8, 15).getTime());
  });
});

describe('isoToLocalInput', () => {
  it('shows an instant on the given clock', () => {
    expect(isoToLocalInput('2026-03-01T08:30:00.000Z', at(60))).toBe('2026-03-01T09:30');
    expect(isoToLocalInput('2026-03-01T02:00:00Z', at(-300))).toBe('2026-02-28T21:00');
  });

  it('is empty for no date or an unreadable one', () => {
    expect(isoToLocalInput(null)).toBe('');
    expect(isoToLocalInput('')).toBe('');
    expect(isoToLocalInput('soon')).toBe('');
  });

  it('round-trips with localInputToIso on the browser’s clock', () => {
    for (const text of ['2026-01-01T00:00', '2026-06-15T13:37', '2026-10-25T23:59']) {
      const result = localInputToIso(text);
      expect(result.ok && isoToLocalInput(result.iso)).toBe(text);
    }
  });
});
