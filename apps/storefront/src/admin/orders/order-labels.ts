import type { BadgeTone } from '@emporium/ui';

/** How the order pages word the order service's codes: statuses, actors, timeline entries. */

interface Word {
  readonly label: string;
  readonly tone: BadgeTone;
}

const ORDER: Readonly<Record<string, Word>> = {
  placed: { label: 'Placed', tone: 'accent' },
  partially_fulfilled: { label: 'Partly fulfilled', tone: 'accent' },
  fulfilled: { label: 'Fulfilled', tone: 'accent' },
  partially_shipped: { label: 'Partly shipped', tone: 'accent' },
  shipped: { label: 'Shipped', tone: 'success' },
  delivered: { label: 'Delivered', tone: 'success' },
  cancelled: { label: 'Cancelled', tone: 'neutral' },
  return_requested: { label: 'Return requested', tone: 'danger' },
  return_received: { label: 'Return received', tone: 'accent' },
  refunded: { label: 'Refunded', tone: 'neutral' },
};

const PAYMENT: Readonly<Record<string, Word>> = {
  pending: { label: 'Payment pending', tone: 'neutral' },
  authorized: { label: 'Authorised', tone: 'accent' },
  partially_paid: { label: 'Partly paid', tone: 'accent' },
  paid: { label: 'Paid', tone: 'success' },
  partially_refunded: { label: 'Partly refunded', tone: 'success' },
  refunded: { label: 'Refunded', tone: 'neutral' },
  voided: { label: 'Voided', tone: 'neutral' },
};

const FULFILMENT: Readonly<Record<string, Word>> = {
  unfulfilled: { label: 'Unfulfilled', tone: 'danger' },
  partially_fulfilled: { label: 'Partly fulfilled', tone: 'accent' },
  fulfilled: { label: 'Fulfilled', tone: 'accent' },
  partially_shipped: { label: 'Partly shipped', tone: 'accent' },
  shipped: { label: 'Shipped', tone: 'success' },
  delivered: { label: 'Delivered', tone: 'success' },
};

const RETURN: Readonly<Record<string, Word>> = {
  requested: { label: 'Requested', tone: 'danger' },
  received: { label: 'Received', tone: 'accent' },
  refunded: { label: 'Refunded', tone: 'success' },
};

const SHIPMENT: Readonly<Record<string, Word>> = {
  label_purchased: { label: 'Label bought', tone: 'accent' },
  shipped: { label: 'Shipped', tone: 'accent' },
  delivered: { label: 'Delivered', tone: 'success' },
};

/** A code nobody wrote words for yet, readable: `return_requested` → "Return requested". */
export function humanize(code: string): string {
  const words = code.replace(/[._-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const wordOf = (table: Readonly<Record<string, Word>>, code: string): Word => table[code] ?? { label: humanize(code), tone: 'neutral' };

export const orderStatusWord = (status: string): Word => wordOf(ORDER, status);
export const paymentStatusWord = (status: string): Word => wordOf(PAYMENT, status);
export const fulfilmentStatusWord = (status: string): Word => wordOf(FULFILMENT, status);
export const returnStatusWord = (status: string): Word => wordOf(RETURN, status);
export const shipmentStatusWord = (status: string): Word => wordOf(SHIPMENT, status);

/** The list's status filter: "All statuses", then each order status the API knows, in its order. */
export function statusOptions(statuses: readonly string[]): ReadonlyArray<{ readonly value: string; readonly label: string }> {
  return [{ value: 'all', label: 'All statuses' }, ...statuses.map((status) => ({ value: status, label: orderStatusWord(status).label }))];
}

/** The order statuses the list can be filtered by, in the order the order rules name them. */
export const ORDER_STATUS_CODES: readonly string[] = Object.keys(ORDER);

export function isOrderStatus(value: string): boolean {
  return Object.hasOwn(ORDER, value);
}

/**
 * Who did something, from the timeline's `actor` (`staff:<id>`, `customer:<id>`, `shopper`, `service`,
 * `job:<name>`); `staffName` names the staff member when the API says who it was.
 */
export function actorLabel(actor: string, staffName?: string | null): string {
  const [kind = '', rest = ''] = actor.split(/:(.*)/s);
  switch (kind) {
    case 'staff':
      return staffName ? `Staff · ${staffName}` : 'Staff';
    case 'customer':
      return 'Customer';
    case 'shopper':
      return 'Shopper';
    case 'service':
      return rest ? `System · ${rest}` : 'System';
    case 'job':
      return rest ? `Scheduled job · ${humanize(rest)}` : 'Scheduled job';
    default:
      return humanize(actor);
  }
}

const KINDS: Readonly<Record<string, string>> = {
  placed: 'Order placed',
  confirmation_queued: 'Confirmation e-mail queued',
  'payment.captured': 'Payment captured',
  'payment.voided': 'Payment voided',
  'payment.refunded': 'Refunded',
  captured: 'Payment captured',
  refunded: 'Refunded',
  cancelled: 'Order cancelled',
  fulfilled: 'Fulfilled',
  'fulfilment.created': 'Fulfilled',
  'shipment.shipped': 'Shipment shipped',
  'shipment.delivered': 'Shipment delivered',
  'return.requested': 'Return requested',
  'return.received': 'Return received',
  'return.refunded': 'Return refunded',
  edited: 'Order edited',
  note_added: 'Note added',
  'note.added': 'Note added',
};

/** A timeline entry's `kind` as a sentence's start ("Shipment delivered"). */
export function timelineKindLabel(kind: string): string {
  return KINDS[kind] ?? humanize(kind);
}

/**
 * The details worth a line under a timeline entry: short scalar values as "reason: damaged", ids and long or nested
 * values left out (the rest of the page shows those properly).
 */
export function timelineDetails(details: Readonly<Record<string, unknown>> | null | undefined): string[] {
  if (!details) return [];
  return Object.entries(details).flatMap(([key, value]) => {
    if (/id$/i.test(key) || /Id$/.test(key)) return [];
    if (typeof value === 'string' && value.length > 0 && value.length <= 200) return [`${humanize(key.replace(/([a-z])([A-Z])/g, '$1 $2')).toLowerCase()}: ${value}`];
    if (typeof value === 'number' || typeof value === 'boolean') return [`${humanize(key.replace(/([a-z])([A-Z])/g, '$1 $2')).toLowerCase()}: ${String(value)}`];
    return [];
  });
}
