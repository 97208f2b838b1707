import type { BadgeTone } from '@emporium/ui';
import type { OrderStatus } from './order-types';

/** How the order pages word the order service's codes: statuses, actors, timeline entries. */

interface Word {
  readonly label: string;
  readonly tone: BadgeTone;
}

const ORDER: Readonly<Record<OrderStatus, Word>> = {
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

export const orderStatusWord = (status: string): Word => wordOf(ORDER as Readonly<Record<string, Word>>, status);
export const paymentStatusWord = (status: string): Word => wordOf(PAYMENT, status);
export const fulfilmentStatusWord = (status: string): Word => wordOf(FULFILMENT, status);
export const returnStatusWord = (status: string): Word => wordOf(RETURN, status);
export const shipmentStatusWord = (status: string): Word => wordOf(SHIPMENT, status);

/** The list's status filter: "All statuses", then each order status the API knows, in its order. */
export function statusOptions(statuses: readonly string[]): ReadonlyArray<{ readonly value: string; readonly label: string }> {
  return [{ value: 'all', label: 'All statuses' }, ...statuses.map((status) => ({ value: status, label: orderStatusWord(status).label }))];
}

/** The order statuses the list can be filtered by, in the order the order rules name them. */
export const ORDER_STATUS_CODES = Object.keys(ORDER) as readonly OrderStatus[];

export function isOrderStatus(value: string): value is OrderStatus {
  return Object.hasOwn(ORDER, value);
}

/** The user id of a staff actor (`staff:<id>`), or null for anyone else. */
export function staffIdOf(actor: string): string | null {
  const match = /^staff:(.+)$/.exec(actor);
  return match?.[1] ?? null;
}

/** The staff ids among actors, each once, for looking their names up. */
export function staffIds(actors: readonly string[]): string[] {
  return [...new Set(actors.flatMap((actor) => staffIdOf(actor) ?? []))];
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
  'order.placed': 'Order placed',
  'email.order_placed': 'Confirmation e-mail queued',
  'order.fulfilled': 'Fulfilled',
  'order.edited': 'Order edited',
  'order.cancelled': 'Order cancelled',
  'payment.captured': 'Payment captured',
  'payment.capture_failed': 'Capture failed',
  'payment.refunded': 'Refunded',
  'return.requested': 'Return requested',
  'return.received': 'Return received',
  'shipment.shipped': 'Shipment shipped',
  'shipment.delivered': 'Shipment delivered',
};

/** A timeline entry's `kind` as a sentence's start ("Shipment delivered"). */
export function timelineKindLabel(kind: string): string {
  return KINDS[kind] ?? humanize(kind);
}

const AMOUNT_KEYS: ReadonlySet<string> = new Set(['amount', 'captured', 'refunded', 'voided', 'difference', 'total', 'refundAmount']);

const keyWords = (key: string) => humanize(key.replace(/([a-z])([A-Z])/g, '$1 $2')).toLowerCase();

/**
 * The details worth a line under a timeline entry: short values as "reason: damaged", amounts (minor units) through
 * `money` (a zero refund or void is left out: nothing happened), moved lines as a count of units; ids and nested values
 * are left out (the page shows those properly).
 */
export function timelineDetails(details: Readonly<Record<string, unknown>> | null | undefined, money: (minor: number) => string): string[] {
  if (!details) return [];
  return Object.entries(details).flatMap(([key, value]) => {
    if (/id$/i.test(key)) return [];
    if (AMOUNT_KEYS.has(key) && typeof value === 'number') return value === 0 && key !== 'total' ? [] : [`${keyWords(key)}: ${money(value)}`];
    if ((key === 'lines' || key === 'changes') && Array.isArray(value)) {
      const units = value.reduce((sum: number, line: unknown) => sum + (typeof line === 'object' && line !== null && typeof (line as { quantity?: unknown }).quantity === 'number' ? (line as { quantity: number }).quantity : 0), 0);
      return key === 'lines' ? [`${units} ${units === 1 ? 'unit' : 'units'}`] : [`${value.length} ${value.length === 1 ? 'line' : 'lines'} changed`];
    }
    if (typeof value === 'string' && value.length > 0 && value.length <= 200) return [`${keyWords(key)}: ${value}`];
    if (typeof value === 'number' || typeof value === 'boolean') return [`${keyWords(key)}: ${String(value)}`];
    return [];
  });
}
