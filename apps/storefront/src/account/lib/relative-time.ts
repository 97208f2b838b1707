const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/**
 * When something happened, as a person says it: "just now", "5 minutes ago", "yesterday", "3 weeks ago"; past
 * about a month, the date itself ("12 Mar 2025"), which is easier to place than "14 weeks ago".
 */
export function relativeTime(then: Date, now: Date, locale = 'en'): string {
  const seconds = (then.getTime() - now.getTime()) / 1000;
  const size = Math.abs(seconds);
  if (size < 45) return 'just now';
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (size < 45 * MINUTE) return format.format(Math.round(seconds / MINUTE), 'minute');
  if (size < 22 * HOUR) return format.format(Math.round(seconds / HOUR), 'hour');
  if (size < 6.5 * DAY) return format.format(Math.round(seconds / DAY), 'day');
  if (size < 4.5 * WEEK) return format.format(Math.round(seconds / WEEK), 'week');
  return formatDate(then, locale);
}

/** "12 Mar 2025": a calendar date for a sentence or a `title`. */
export function formatDate(date: Date, locale = 'en'): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
}

/** "12 Mar 2025, 14:05": the full moment, for a tooltip beside a relative time. */
export function formatDateTime(date: Date, locale = 'en'): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
