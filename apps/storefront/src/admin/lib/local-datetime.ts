/**
 * `<input type="datetime-local">` holds a wall-clock time without a zone ("2026-03-01T09:30"); the API wants an
 * instant (ISO 8601 with an offset). Staff mean their own clock, so the browser's offset at that moment (summer time
 * included) is attached, and an instant from the API is shown back on the same clock.
 */

/** Minutes east of UTC at a wall-clock time; the browser's zone unless a test gives another. */
export type OffsetAt = (wallClock: Date) => number;

/** The browser's offset at the local time whose fields `wallClock` holds in UTC. */
const browserOffset: OffsetAt = (wallClock) =>
  -new Date(
    wallClock.getUTCFullYear(),
    wallClock.getUTCMonth(),
    wallClock.getUTCDate(),
    wallClock.getUTCHours(),
    wallClock.getUTCMinutes(),
  ).getTimezoneOffset();

/** The browser's offset at an instant. */
const browserOffsetAtInstant = (instant: Date) => -instant.getTimezoneOffset();

export type LocalDateTimeParse = { readonly ok: true; readonly iso: string | null } | { readonly ok: false; readonly message: string };

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const size = Math.abs(minutes);
  return `${sign}${pad(Math.trunc(size / 60))}:${pad(size % 60)}`;
}

/**
 * "2026-03-01T09:30" (seconds optional) → "2026-03-01T09:30:00+01:00" on a clock at UTC+1; blank is null (no date).
 * A date that does not exist (31 April) is refused.
 */
export function localInputToIso(text: string, offsetAt: OffsetAt = browserOffset): LocalDateTimeParse {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, iso: null };
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(trimmed);
  if (!match) return { ok: false, message: 'Enter a date and time' };
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? '0')) as [number, number, number, number, number, number];
  const wallClock = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  wallClock.setUTCFullYear(year);
  const exists =
    wallClock.getUTCFullYear() === year &&
    wallClock.getUTCMonth() === month - 1 &&
    wallClock.getUTCDate() === day &&
    wallClock.getUTCHours() === hour &&
    wallClock.getUTCMinutes() === minute &&
    wallClock.getUTCSeconds() === second;
  if (!exists) return { ok: false, message: 'That date does not exist' };
  return { ok: true, iso: `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${pad(second)}${offsetText(offsetAt(wallClock))}` };
}

/** An instant from the API as the field's text on the browser's clock ("2026-03-01T09:30"); '' for none. */
export function isoToLocalInput(value: string | Date | null | undefined, offsetAt: (instant: Date) => number = browserOffsetAtInstant): string {
  if (value === null || value === undefined || value === '') return '';
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return '';
  const local = new Date(instant.getTime() + offsetAt(instant) * 60_000);
  return `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}
