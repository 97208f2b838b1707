/** The dates a delivery option promises, as `ShopRateOption.delivery` carries them (`YYYY-MM-DD`, the shop's calendar). */
export interface DeliveryDates {
  readonly shipsOn: string;
  readonly earliest: string;
  readonly latest: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date on its own (no time, no zone), so "Tue 1 Dec" is the same day wherever the shopper is. */
function calendarDate(value: string): Date | null {
  const match = DATE.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "Tue 1 Dec"; an unreadable value as it came. */
export function formatDay(value: string): string {
  const date = calendarDate(value);
  return date ? dayFormat.format(date).replace(',', '') : value;
}

/** "Arrives Tue 1 Dec" or "Arrives Tue 1 Dec – Thu 3 Dec": when the parcel is expected if ordered now. */
export function deliveryText(dates: DeliveryDates): string {
  if (dates.earliest === dates.latest) return `Arrives ${formatDay(dates.earliest)}`;
  return `Arrives ${formatDay(dates.earliest)} – ${formatDay(dates.latest)}`;
}

/** "1 working day", "3–5 working days". */
export function transitText(days: { readonly min: number; readonly max: number }): string {
  if (days.min === days.max) return `${days.min} working ${days.min === 1 ? 'day' : 'days'}`;
  return `${days.min}–${days.max} working days`;
}
