/** A shipment's status as the API names it (`shipping.track`'s `status`); unknown values are shown as words. */
export type TrackingStatus =
  | 'pending'
  | 'label_purchased'
  | 'in_transit'
  | 'out_for_delivery'
  | 'delivered'
  | 'exception'
  | 'returned_to_sender'
  | 'cancelled';

export type StatusTone = 'neutral' | 'success' | 'danger' | 'accent';

const LABELS: Readonly<Record<TrackingStatus, string>> = {
  pending: 'Preparing your order',
  label_purchased: 'Ready to ship',
  in_transit: 'In transit',
  out_for_delivery: 'Out for delivery',
  delivered: 'Delivered',
  exception: 'Delivery problem',
  returned_to_sender: 'Returned to sender',
  cancelled: 'Cancelled',
};

const TONES: Readonly<Record<TrackingStatus, StatusTone>> = {
  pending: 'neutral',
  label_purchased: 'neutral',
  in_transit: 'accent',
  out_for_delivery: 'accent',
  delivered: 'success',
  exception: 'danger',
  returned_to_sender: 'danger',
  cancelled: 'neutral',
};

function isKnown(status: string): status is TrackingStatus {
  return Object.hasOwn(LABELS, status);
}

/** "Delivered", "Out for delivery": a status in a shopper's words; an unknown one is its code with spaces. */
export function trackingStatusLabel(status: string): string {
  if (isKnown(status)) return LABELS[status];
  const words = status.replace(/_/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'Unknown';
}

/** The badge colour; the words carry the meaning, the colour only repeats it. */
export function trackingStatusTone(status: string): StatusTone {
  return isKnown(status) ? TONES[status] : 'neutral';
}

export interface TimelineLocation {
  readonly city: string;
  readonly region?: string;
  readonly country: string;
}

export interface TimelineEvent {
  readonly status: string;
  readonly description: string | null;
  readonly location: TimelineLocation | null;
  readonly occurredAt: string | Date;
}

const time = (value: string | Date) => {
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
};

/** Newest first; events of the same instant keep the carrier's order reversed, so the later-sent one leads. */
export function newestFirst<T extends TimelineEvent>(events: readonly T[]): T[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => time(b.event.occurredAt) - time(a.event.occurredAt) || b.index - a.index)
    .map(({ event }) => event);
}

/** "Leeds, West Yorkshire, GB"; empty parts are left out, and no location is an empty string. */
export function formatLocation(location: TimelineLocation | null): string {
  if (!location) return '';
  return [location.city, location.region, location.country].map((part) => part?.trim()).filter(Boolean).join(', ');
}

/**
 * "26 Nov 2026, 14:05" in the reader's own time zone (the browser's, unless one is given), and the ISO instant for
 * a `<time dateTime>`. An unreadable value is shown as it came.
 */
export function formatEventTime(value: string | Date, options: { readonly locale?: string; readonly timeZone?: string } = {}): { readonly text: string; readonly iso: string } {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return { text: String(value), iso: '' };
  const format = new Intl.DateTimeFormat(options.locale ?? 'en-GB', { dateStyle: 'medium', timeStyle: 'short', ...(options.timeZone ? { timeZone: options.timeZone } : {}) });
  return { text: format.format(date), iso: date.toISOString() };
}

export interface TrackQuery {
  readonly number: string;
  readonly postcode: string;
}

/** The lookup a link carries (`?number=…&postcode=…`, from a shipping e-mail), or null unless both are there. */
export function readTrackQuery(params: URLSearchParams): TrackQuery | null {
  const number = (params.get('number') ?? '').trim();
  const postcode = (params.get('postcode') ?? '').trim();
  return number && postcode ? { number, postcode } : null;
}

export interface TrackFieldErrors {
  readonly number?: string;
  readonly postcode?: string;
}

/** What is missing from the form, in words for each field; an empty object when both are filled in. */
export function checkTrackForm(input: { readonly number: string; readonly postcode: string }): TrackFieldErrors {
  return {
    ...(input.number.trim() ? {} : { number: 'Enter the tracking number from your shipping e-mail' }),
    ...(input.postcode.trim() ? {} : { postcode: 'Enter the postcode the parcel is going to' }),
  };
}

/** The page's address for a lookup, so the result can be bookmarked and e-mails can link to it. */
export function trackPath(query: TrackQuery): string {
  return `/track?${new URLSearchParams({ number: query.number.trim(), postcode: query.postcode.trim() }).toString()}`;
}

/** The carrier's description when it says more than the status words ("Delivered" twice reads as a stutter). */
export function extraDescription(event: Pick<TimelineEvent, 'status' | 'description'>): string | null {
  const description = event.description?.trim() ?? '';
  return description && description.toLowerCase() !== trackingStatusLabel(event.status).toLowerCase() ? description : null;
}
