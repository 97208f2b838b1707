/**
 * Calendar arithmetic on plain dates (`YYYY-MM-DD`). The caller converts "now" to the shop's local date and time
 * once, so nothing here knows about time zones; the Date object is used only as a proleptic Gregorian calendar in UTC.
 */

/** The shop's local date and time of the order: a calendar date and minutes since midnight (0–1439). */
export interface LocalDateTime {
  readonly date: string;
  readonly minutes: number;
}

/** ISO weekday numbers: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const MONDAY_TO_FRIDAY: readonly Weekday[] = [1, 2, 3, 4, 5];

export interface WorkingCalendar {
  /** Days the shop dispatches and carriers deliver; Monday to Friday unless given. */
  readonly workingDays?: readonly Weekday[];
  /** Dates (`YYYY-MM-DD`) that are never working days. */
  readonly holidays?: readonly string[];
}

export interface DeliveryEstimateInput extends WorkingCalendar {
  readonly orderedAt: LocalDateTime;
  /** Orders placed before this many minutes after midnight on a working day ship that day. */
  readonly cutOffMinutes: number;
  /** Transit in working days after dispatch (0 = delivered on the dispatch day). */
  readonly minDays: number;
  readonly maxDays: number;
}

export interface DeliveryWindow {
  readonly shipsOn: string;
  readonly earliest: string;
  readonly latest: string;
}

const DAY_MS = 86_400_000;
const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date; throws `RangeError` for anything that is not a real date. */
export function toDayNumber(date: string): number {
  const match = DATE_SHAPE.exec(date);
  if (match) {
    const [, y, m, d] = match.map(Number) as [number, number, number, number];
    const ms = Date.UTC(y, m - 1, d);
    // Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear puts the year back.
    const day = new Date(ms);
    day.setUTCFullYear(y);
    if (day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d) return day.getTime() / DAY_MS;
  }
  throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
}

/** The `YYYY-MM-DD` date of a day number. */
export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday of a day number (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): Weekday {
  return ((((day + 3) % 7) + 7) % 7) + 1 as Weekday;
}

/** Whether the date is a working day of the calendar. */
export function isWorkingDay(date: string, calendar: WorkingCalendar = {}): boolean {
  const workingDays = calendar.workingDays ?? MONDAY_TO_FRIDAY;
  return workingDays.includes(weekdayOf(toDayNumber(date))) && !(calendar.holidays ?? []).includes(date);
}

/**
 * When an order ships and arrives. An order placed on a working day strictly before the cut-off ships that day;
 * at or after the cut-off, or on a weekend or holiday, it ships the next working day. Delivery is `minDays` to
 * `maxDays` working days after dispatch, so neither date is ever a weekend or a holiday.
 * Broken contracts throw `RangeError`: a malformed date, minutes outside 0–1439, days that are not whole numbers
 * with `0 ≤ minDays ≤ maxDays`, or a calendar without working days.
 */
export function estimateDelivery(input: DeliveryEstimateInput): DeliveryWindow {
  const { orderedAt, cutOffMinutes, minDays, maxDays } = input;
  const workingDays = input.workingDays ?? MONDAY_TO_FRIDAY;
  if (workingDays.length === 0) throw new RangeError('A calendar needs at least one working day');
  for (const [name, value, max] of [['minutes', orderedAt.minutes, 1439], ['cutOffMinutes', cutOffMinutes, 1440]] as const) {
    if (!Number.isSafeInteger(value) || value < 0 || value > max) throw new RangeError(`${name} must be a whole number from 0 to ${max}`);
  }
  if (!Number.isSafeInteger(minDays) || !Number.isSafeInteger(maxDays) || minDays < 0 || minDays > maxDays) {
    throw new RangeError(`Transit days must be whole numbers with 0 ≤ minDays ≤ maxDays (got ${minDays}–${maxDays})`);
  }
  const holidays = new Set((input.holidays ?? []).map((holiday) => fromDayNumber(toDayNumber(holiday))));
  const working = (day: number): boolean => workingDays.includes(weekdayOf(day)) && !holidays.has(fromDayNumber(day));
  const nextWorking = (day: number): number => {
    let next = day + 1;
    while (!working(next)) next += 1;
    return next;
  };
  const addWorkingDays = (day: number, count: number): number => {
    let result = day;
    for (let i = 0; i < count; i += 1) result = nextWorking(result);
    return result;
  };

  const ordered = toDayNumber(orderedAt.date);
  const shipsOn = working(ordered) && orderedAt.minutes < cutOffMinutes ? ordered : nextWorking(ordered);
  const earliest = addWorkingDays(shipsOn, minDays);
  const latest = addWorkingDays(earliest, maxDays - minDays);
  return { shipsOn: fromDayNumber(shipsOn), earliest: fromDayNumber(earliest), latest: fromDayNumber(latest) };
}
